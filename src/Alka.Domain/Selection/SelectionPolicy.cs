using System.Text.Json.Serialization;
using Alka.Domain.Sources;
using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Selection;

/// <summary>
/// Who may take part in a program and how participants are chosen, as data: the eligibility rules, the merit
/// criteria, and the dimensions along which the participants are deliberately mixed. The selection algorithm that
/// applies them is not part of this type.
/// </summary>
/// <remarks>Immutable; equality compares every member in order.</remarks>
public sealed class SelectionPolicy : IEquatable<SelectionPolicy>
{
    [JsonConstructor]
    internal SelectionPolicy(
        SourceDocument source,
        IReadOnlyList<EligibilityRule>? eligibility = null,
        IReadOnlyList<MeritCriterion>? criteria = null,
        IReadOnlyList<MixDimension>? mix = null)
    {
        Source = source;
        Eligibility = ReadOnly.Copy(eligibility);
        Criteria = ReadOnly.Copy(criteria);
        Mix = ReadOnly.Copy(mix);
    }

    /// <summary>The source document that states the policy.</summary>
    public SourceDocument Source { get; }

    /// <summary>The rules every participant meets; at most one of each kind.</summary>
    public IReadOnlyList<EligibilityRule> Eligibility { get; }

    /// <summary>The merit criteria candidates are chosen on, in the source's order.</summary>
    public IReadOnlyList<MeritCriterion> Criteria { get; }

    /// <summary>The dimensions along which participants are deliberately mixed.</summary>
    public IReadOnlyList<MixDimension> Mix { get; }

    /// <summary>Creates a policy; see the members for each argument.</summary>
    /// <returns>The policy, or every problem (invalid rules, a kind of rule twice, repeated criteria or dimensions).</returns>
    public static Result<SelectionPolicy> Create(
        SourceDocument source,
        IEnumerable<EligibilityRule>? eligibility = null,
        IEnumerable<MeritCriterion>? criteria = null,
        IEnumerable<MixDimension>? mix = null)
    {
        var policy = new SelectionPolicy(source, eligibility?.ToList(), criteria?.ToList(), mix?.ToList());
        return Problems.Check(policy, policy.Validate);
    }

    /// <summary>The rule of type <typeparamref name="T"/>, or <see langword="null"/> when the policy has none.</summary>
    public T? Rule<T>()
        where T : EligibilityRule => Eligibility.OfType<T>().FirstOrDefault();

    /// <inheritdoc/>
    public bool Equals(SelectionPolicy? other) =>
        other is not null && Source == other.Source && Equality.Lists(Eligibility, other.Eligibility)
        && Equality.Lists(Criteria, other.Criteria) && Equality.Lists(Mix, other.Mix);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SelectionPolicy);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(Source, Equality.Hash(Eligibility), Equality.Hash(Criteria), Equality.Hash(Mix));

    internal void Validate(Problems problems, string path)
    {
        problems.Defined(Source, At.Member(path, "source"));
        var eligibility = At.Member(path, "eligibility");
        problems.Items(Eligibility, eligibility, (rule, p, at) => rule.Validate(p, at));
        problems.Unique(Eligibility, rule => rule?.RuleId, eligibility, "rule");

        problems.Each(Criteria, At.Member(path, "criteria"), (c, p, at) => p.Defined(c, at));
        problems.Distinct(Criteria, At.Member(path, "criteria"));
        problems.Each(Mix, At.Member(path, "mix"), (m, p, at) => p.Defined(m, at));
        problems.Distinct(Mix, At.Member(path, "mix"));
    }
}
