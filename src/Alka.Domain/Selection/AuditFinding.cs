namespace Alka.Domain.Selection;

/// <summary>
/// One problem an audit found in a cohort chosen elsewhere: the rule it breaks (an eligibility rule's id,
/// <c>quota:ID</c>, <c>seats</c>, <c>merit</c>, or <see cref="SelectionErrors.UnknownCandidate"/> /
/// <see cref="SelectionErrors.DuplicateCandidate"/> for an id the pool does not have or the cohort lists twice), the
/// candidate it concerns, and a message.
/// </summary>
/// <remarks>Immutable. Equality compares every member.</remarks>
public sealed class AuditFinding : IEquatable<AuditFinding>
{
    internal AuditFinding(string ruleId, string? candidateId, string message)
    {
        RuleId = ruleId;
        CandidateId = candidateId;
        Message = message;
    }

    /// <summary>The rule the cohort breaks, e.g. <c>dg-nomination</c>, <c>quota:community-arab</c>, <c>seats</c>, <c>merit</c>.</summary>
    public string RuleId { get; }

    /// <summary>The candidate it concerns, or <see langword="null"/> for the cohort as a whole.</summary>
    public string? CandidateId { get; }

    /// <summary>What is wrong, in English, with the numbers.</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public bool Equals(AuditFinding? other) =>
        other is not null && RuleId == other.RuleId && CandidateId == other.CandidateId && Message == other.Message;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AuditFinding);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(RuleId, CandidateId, Message);

    /// <summary>Returns <c>RULE-ID: message</c>, one line of <c>alka select --audit</c>.</summary>
    public override string ToString() => $"{RuleId}: {Message}";
}
