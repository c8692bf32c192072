namespace Alka.Domain.Selection;

/// <summary>
/// What a selection decided for one candidate, and why: the decision, the rank among the eligible, the exact score
/// with its breakdown, and every rule that decided it (reason ids: see <see cref="SelectionReasons"/>).
/// </summary>
/// <remarks>Immutable and thread-safe. Equality is reference equality: a decision belongs to its selection.</remarks>
public sealed class CandidateDecision
{
    internal CandidateDecision(
        Candidate candidate,
        SelectionDecision decision,
        int? rank,
        Score score,
        IReadOnlyList<CriterionMark> breakdown,
        IReadOnlyList<string> reasons)
    {
        Candidate = candidate;
        Decision = decision;
        Rank = rank;
        Score = score;
        Breakdown = breakdown;
        Reasons = reasons;
    }

    /// <summary>The candidate.</summary>
    public Candidate Candidate { get; }

    /// <summary>The decision.</summary>
    public SelectionDecision Decision { get; }

    /// <summary>The rank among the eligible candidates, from 1 (score descending, then id ordinal ascending); <see langword="null"/> when ineligible.</summary>
    public int? Rank { get; }

    /// <summary>The score under the policy's criteria (computed for an ineligible candidate too).</summary>
    public Score Score { get; }

    /// <summary>The score's breakdown: each criterion of the policy, in its order, with the candidate's mark and its weight.</summary>
    public IReadOnlyList<CriterionMark> Breakdown { get; }

    /// <summary>
    /// Every rule that decided it, in a fixed order: the eligibility rules it fails (policy order), <c>merit</c>, the
    /// quotas (<c>quota:ID</c>, policy order), <c>waitlist</c>, <c>seats</c>. Empty for a candidate admitted by rank alone.
    /// </summary>
    public IReadOnlyList<string> Reasons { get; }

    /// <summary>Returns e.g. <c>c017 admitted 3 4.50 quota:community-arab</c> or <c>c020 ineligible serving</c>.</summary>
    public override string ToString() => string.Join(
        ' ',
        new[] { Candidate.Id, Decision.ToId(), Rank?.ToString(System.Globalization.CultureInfo.InvariantCulture), Rank is null ? null : Score.ToString(), string.Join('|', Reasons) }
            .Where(part => !string.IsNullOrEmpty(part)));
}
