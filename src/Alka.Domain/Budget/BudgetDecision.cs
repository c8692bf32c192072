using Alka.Domain.Validation;
using Ardalis.Result;
using NodaTime;

namespace Alka.Domain.Budget;

/// <summary>
/// A decision on a cohort's budget recorded by a governing body: who decided (the body's id), when, and why. It
/// approves a budget (<see cref="BudgetRules.ApprovalAuthority"/>) or allows a participant count outside the band
/// (<see cref="BudgetRules.BandRange"/>); either way the body must hold the budget power, which the budget checks
/// against its program.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; equality compares every member. The date is the caller's, or today in Israel by an
/// injected <see cref="IClock"/> (<see cref="Today"/>): never the machine's clock read behind the caller's back.
/// </remarks>
public sealed class BudgetDecision : IEquatable<BudgetDecision>
{
    internal BudgetDecision(string body, LocalDate on, string reason)
    {
        Body = body;
        On = on;
        Reason = reason;
    }

    /// <summary>The id of the program's governing body that decided (e.g. <c>steering-committee</c>).</summary>
    public string Body { get; }

    /// <summary>The date of the decision.</summary>
    public LocalDate On { get; }

    /// <summary>Why, in the body's words (e.g. the meeting's minutes).</summary>
    public string Reason { get; }

    /// <summary>Records a decision of <paramref name="body"/> on <paramref name="on"/> for <paramref name="reason"/>.</summary>
    /// <returns>
    /// The decision, or every problem: a body that is not an id (<see cref="CommonErrors.Required"/>,
    /// <see cref="CommonErrors.InvalidId"/> at <c>body</c>), a blank reason (<see cref="CommonErrors.Required"/> at
    /// <c>reason</c>).
    /// </returns>
    public static Result<BudgetDecision> Create(string body, LocalDate on, string reason)
    {
        var decision = new BudgetDecision(body, on, reason);
        return Problems.Check(decision, decision.Validate);
    }

    /// <summary>Records a decision taken today in Israel (<c>Asia/Jerusalem</c>) by <paramref name="clock"/>.</summary>
    /// <returns>The decision, or every problem (see <see cref="Create"/>).</returns>
    public static Result<BudgetDecision> Today(string body, string reason, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var israel = DateTimeZoneProviders.Tzdb["Asia/Jerusalem"];
        return Create(body, clock.GetCurrentInstant().InZone(israel).Date, reason);
    }

    /// <inheritdoc/>
    public bool Equals(BudgetDecision? other) =>
        other is not null && Body == other.Body && On == other.On && Reason == other.Reason;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as BudgetDecision);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Body, On, Reason);

    /// <summary>Returns e.g. <c>steering-committee on 2026-11-29: approved at its meeting</c>.</summary>
    public override string ToString() => FormattableString.Invariant($"{Body} on {NodaTime.Text.LocalDatePattern.Iso.Format(On)}: {Reason}");

    internal void Validate(Problems problems, string path)
    {
        problems.Id(Body, At.Member(path, "body"));
        problems.Required(Reason, At.Member(path, "reason"));
    }
}
