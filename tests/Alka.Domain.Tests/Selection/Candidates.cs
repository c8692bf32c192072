using Alka.Domain.Calendar;
using Alka.Domain.Geography;
using Alka.Domain.Organizations;
using Alka.Domain.Selection;
using Alka.Domain.Sources;

namespace Alka.Domain.Tests.Selection;

/// <summary>Test-data builders for candidates, pools and policies: every attribute defaults to something eligible and plain.</summary>
internal static class Candidates
{
    public static Candidate Make(
        string id,
        int mark = 3,
        CriterionScores? scores = null,
        ParticipantRole role = ParticipantRole.CouncilHead,
        string organization = "org",
        Sector sector = Sector.LocalGovernment,
        Region district = Region.North,
        string? locality = null,
        int population = 10_000,
        Community community = Community.Jewish,
        PeripheryStatus periphery = PeripheryStatus.Periphery,
        int cluster = 5,
        bool serving = true,
        bool nominated = true,
        bool recommended = true,
        string? name = null) =>
        Candidate.Create(
            id, name ?? "Name of " + id, role, organization, sector, district, locality ?? "locality-" + id, population, community,
            periphery, cluster, serving, nominated, recommended, scores ?? Marks(mark)).Value;

    public static CriterionScores Marks(int all) => new(all, all, all, all, all, all);

    public static CandidatePool Pool(params Candidate[] candidates) => CandidatePool.Create(candidates).Value;

    /// <summary>A policy with the six criteria at equal weights and no eligibility rule unless given.</summary>
    public static SelectionPolicy Policy(
        int minimumSeats,
        int maximumSeats,
        IEnumerable<Quota>? quotas = null,
        int waitlist = 0,
        IEnumerable<EligibilityRule>? rules = null,
        IEnumerable<CriterionWeight>? criteria = null) =>
        SelectionPolicy.Create(
            Provenance.Default,
            rules,
            criteria ?? CriterionWeight.Equally(Ids.All<MeritCriterion>()),
            SeatRange.Between(minimumSeats, maximumSeats, Provenance.Default),
            quotas,
            Waitlist.Of(waitlist, Provenance.Default)).Value;

    public static Quota AtLeast(string id, MixDimension dimension, decimal share, params string[] values) =>
        Quota.Create(id, dimension, values, QuotaBound.OfShare(share)).Value;

    public static Quota AtLeastCount(string id, MixDimension dimension, int count, params string[] values) =>
        Quota.Create(id, dimension, values, QuotaBound.OfCount(count)).Value;

    public static Quota AtMostCount(string id, MixDimension dimension, int count, params string[] values) =>
        Quota.Create(id, dimension, values, maximum: QuotaBound.OfCount(count)).Value;

    public static Quota EachAtMost(string id, MixDimension dimension, int count) =>
        Quota.ForEachValue(id, dimension, QuotaBound.OfCount(count)).Value;
}
