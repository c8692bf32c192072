namespace Alka.Domain.Selection;

/// <summary>
/// The reason ids a selection names for each candidate, besides the eligibility rules' ids (<c>role</c>, <c>sector</c>,
/// <c>serving</c>, <c>locality-population</c>, <c>dg-nomination</c>, <c>steering-recommendation</c>: the rules an
/// ineligible candidate fails). See <c>docs/selection.md</c> for when each applies.
/// </summary>
public static class SelectionReasons
{
    /// <summary>Not admitted because higher-scoring candidates filled the places open to it: <c>merit</c>.</summary>
    public const string Merit = "merit";

    /// <summary>On the waiting list: <c>waitlist</c>.</summary>
    public const string Waitlist = "waitlist";

    /// <summary>The cohort was full (it holds the policy's most seats): <c>seats</c>.</summary>
    public const string Seats = "seats";

    /// <summary>The prefix of a quota's reason: <c>quota:</c>, then the quota's id.</summary>
    public const string QuotaPrefix = "quota:";

    /// <summary>The reason of the quota <paramref name="quotaId"/>: admitted to meet it, or kept out by it (<c>quota:community-arab</c>).</summary>
    public static string Quota(string quotaId) => QuotaPrefix + quotaId;
}
