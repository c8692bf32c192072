using Ardalis.Result;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;

namespace Alka.Domain.Tests.Support;

/// <summary>Asserts on the validation errors of a <see cref="Result{T}"/> by identifier and code (never by message).</summary>
internal sealed class ResultAssertions<T>(Result<T> subject) : ReferenceTypeAssertions<Result<T>, ResultAssertions<T>>(subject)
{
    protected override string Identifier => "result";

    /// <summary>The result is invalid and lists an error at <paramref name="identifier"/> with <paramref name="code"/>.</summary>
    public AndConstraint<ResultAssertions<T>> HaveError(string identifier, string code)
    {
        Execute.Assertion
            .ForCondition(!Subject.IsSuccess && Subject.ValidationErrors.Any(e => e.Identifier == identifier && e.ErrorCode == code))
            .FailWith(
                "Expected an error {0} at {1}, but found: {2}.",
                code,
                identifier,
                string.Join("; ", Subject.ValidationErrors.Select(e => $"{e.Identifier}: {e.ErrorCode}")));
        return new AndConstraint<ResultAssertions<T>>(this);
    }
}

/// <summary>Entry point of <see cref="ResultAssertions{T}"/>.</summary>
internal static class ResultAssertionExtensions
{
    public static ResultAssertions<T> Should<T>(this Result<T> result) => new(result);
}
