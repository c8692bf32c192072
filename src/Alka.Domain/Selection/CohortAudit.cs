namespace Alka.Domain.Selection;

/// <summary>
/// A cohort chosen elsewhere, checked against a policy (<see cref="SelectionPolicy.Audit"/>): every problem found, each
/// quota's outcome, and the best total score a cohort of the same size could have had while keeping every rule.
/// </summary>
/// <remarks>Immutable and thread-safe. Equality is reference equality.</remarks>
public sealed class CohortAudit
{
    internal CohortAudit(
        IReadOnlyList<Candidate> members,
        Score totalScore,
        Score? bestTotalScore,
        IReadOnlyList<QuotaOutcome> quotas,
        IReadOnlyList<AuditFinding> findings)
    {
        Members = members;
        TotalScore = totalScore;
        BestTotalScore = bestTotalScore;
        Quotas = quotas;
        Findings = findings;
    }

    /// <summary>The cohort's members the pool knows, each once, in the order listed.</summary>
    public IReadOnlyList<Candidate> Members { get; }

    /// <summary>The cohort's size: how many members the pool knows.</summary>
    public int Size => Members.Count;

    /// <summary>The sum of the members' scores.</summary>
    public Score TotalScore { get; }

    /// <summary>
    /// The highest total score of a cohort of the same size that keeps every rule (eligibility, seats, quotas), or
    /// <see langword="null"/> when no such cohort exists.
    /// </summary>
    public Score? BestTotalScore { get; }

    /// <summary>Each quota of the policy with its targets for the cohort's size and what the cohort reached.</summary>
    public IReadOnlyList<QuotaOutcome> Quotas { get; }

    /// <summary>
    /// Every problem, in this order: unknown and repeated ids, ineligible members (one finding per rule failed, policy
    /// order), the seat range, each quota missed, and <c>merit</c> when a cohort of the same size that keeps every rule
    /// scores higher.
    /// </summary>
    public IReadOnlyList<AuditFinding> Findings { get; }

    /// <summary>Whether the audit found nothing: the cohort keeps every rule and no cohort of its size scores higher.</summary>
    public bool IsValid => Findings.Count == 0;

    /// <summary>Returns <c>valid</c> or the number of findings.</summary>
    public override string ToString() => IsValid ? "valid" : $"{Findings.Count} findings";
}
