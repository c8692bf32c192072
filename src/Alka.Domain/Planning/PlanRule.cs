namespace Alka.Domain.Planning;

/// <summary>
/// A planning rule as data: its stable id (<c>regional-cadence</c>), whether it is hard or soft, the program it belongs
/// to (or every plan) and its numbers. Plans, checks, changes and explanations name rules by <see cref="Id"/>.
/// </summary>
/// <remarks>
/// Immutable; equality compares every member. The rules are listed by <see cref="PlanRules"/>, with the numbers of a
/// <see cref="PlanRuleOptions"/>; <c>docs/planning.md</c> gives each one's source.
/// </remarks>
public sealed class PlanRule : IEquatable<PlanRule>
{
    internal PlanRule(string id, RuleStrength strength, string? programId, string text, IReadOnlyList<RuleParameter> parameters, bool isLibraryRule = false)
    {
        Id = id;
        Strength = strength;
        ProgramId = programId;
        Text = text;
        Parameters = parameters;
        IsLibraryRule = isLibraryRule;
    }

    /// <summary>The rule's id, kebab-case and public API (<c>blocked-day</c>).</summary>
    public string Id { get; }

    /// <summary>Whether the rule is hard (never broken) or soft (kept when possible).</summary>
    public RuleStrength Strength { get; }

    /// <summary>
    /// The program whose rules it is in the contract (<c>district-managers-forum</c>, <c>council-heads-forum</c>,
    /// <c>merhav</c>), or <see langword="null"/> for a rule of every plan. A rule applies as well to any program with a
    /// series of the same shape (a forum planned with <c>--every</c> keeps <c>forum-cadence</c>).
    /// </summary>
    public string? ProgramId { get; }

    /// <summary>The rule, in English.</summary>
    public string Text { get; }

    /// <summary>The rule's numbers, each marked when it is a default.</summary>
    public IReadOnlyList<RuleParameter> Parameters { get; }

    /// <summary>
    /// Whether the library adds the rule where the contract is silent (<c>same-day</c>), rather than it being a rule of
    /// <c>rules.md</c>.
    /// </summary>
    public bool IsLibraryRule { get; }

    /// <summary>The parameter named <paramref name="name"/>, or <see langword="null"/>.</summary>
    public RuleParameter? FindParameter(string name) => Parameters.FirstOrDefault(p => p.Name == name);

    /// <inheritdoc/>
    public bool Equals(PlanRule? other) =>
        other is not null && Id == other.Id && Strength == other.Strength && ProgramId == other.ProgramId && Text == other.Text
        && IsLibraryRule == other.IsLibraryRule && Parameters.SequenceEqual(other.Parameters);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PlanRule);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Strength, ProgramId);

    /// <summary>Returns the id, the strength and the numbers, e.g. <c>national-count (hard): per-year=2, min-gap-days=150 (default), …</c>.</summary>
    public override string ToString() =>
        Parameters.Count == 0 ? $"{Id} ({Strength.ToId()})" : $"{Id} ({Strength.ToId()}): {string.Join(", ", Parameters)}";
}
