using System.Globalization;
using System.Numerics;
using Alka.Domain.Selection;

namespace Alka.Domain.Tests.Selection;

/// <summary>
/// An independent brute-force selection, straight from the contract (selection.md): eligibility from each rule's data,
/// score as the weighted sum, rank by score then id, and the cohort by trying every subset of the eligible candidates.
/// Use it on small pools only (every subset of up to about 16 eligible candidates).
/// </summary>
internal static class SelectionOracle
{
    /// <summary>The contract's cohort: its members' ids (rank order), its size, total points and total miss.</summary>
    public sealed record Cohort(IReadOnlyList<string> Members, int Size, long Points, int Miss);

    public static bool IsEligible(SelectionPolicy policy, Candidate c) => policy.Eligibility.All(rule => rule switch
    {
        RoleEligibility r => r.Roles.Contains(c.Role),
        SectorEligibility s => s.Sectors.Contains(c.Sector),
        ServingEligibility => c.IsServing,
        LocalityPopulationEligibility p => c.LocalityPopulation <= p.Ceiling,
        DirectorGeneralNomination => c.IsNominatedByDirectorGeneral,
        SteeringRecommendation => c.IsRecommendedBySteering,
        _ => throw new InvalidOperationException(rule.ToString()),
    });

    public static long Points(SelectionPolicy policy, Candidate c) =>
        policy.Criteria.Sum(w => (long)w.Weight * c.Scores[w.Criterion]);

    /// <summary>The eligible candidates, best first: points descending, then id ordinal.</summary>
    public static List<Candidate> Ranked(SelectionPolicy policy, CandidatePool pool) =>
        [.. pool.Candidates.Where(c => IsEligible(policy, c))
            .OrderByDescending(c => Points(policy, c))
            .ThenBy(c => c.Id, StringComparer.Ordinal)];

    /// <summary>The value of a candidate on a quota's dimension, as the contract's columns write it.</summary>
    public static string Value(Candidate c, MixDimension dimension) => dimension switch
    {
        MixDimension.Community => c.Community.ToId(),
        MixDimension.Periphery => c.Periphery.ToId(),
        MixDimension.SocioeconomicStanding => c.SocioeconomicCluster.ToString(CultureInfo.InvariantCulture),
        MixDimension.District => c.District.ToId(),
        MixDimension.Sector => c.Sector.ToId(),
        MixDimension.Role => c.Role.ToId(),
        _ => c.Organization,
    };

    /// <summary>How far a cohort of <paramref name="members"/> misses a quota: missing below a minimum plus excess above a maximum.</summary>
    public static int Miss(Quota quota, IReadOnlyCollection<Candidate> members)
    {
        var size = members.Count;
        var minimum = quota.Minimum is { } min ? min.Count ?? (int)Math.Ceiling(min.Share!.Value * size) : 0;
        var maximum = quota.Maximum is { } max ? max.Count ?? (int)Math.Floor(max.Share!.Value * size) : int.MaxValue;
        if (quota.EachValue)
        {
            return members.GroupBy(m => Value(m, quota.Dimension)).Sum(g => Math.Max(0, g.Count() - maximum));
        }

        var count = members.Count(m => quota.Values.Contains(Value(m, quota.Dimension)));
        return Math.Max(0, minimum - count) + Math.Max(0, count - maximum);
    }

    public static int Miss(SelectionPolicy policy, IReadOnlyCollection<Candidate> members) => policy.Quotas.Sum(q => Miss(q, members));

    /// <summary>The contract's cohort, by trying every subset of the eligible candidates.</summary>
    public static Cohort Select(SelectionPolicy policy, CandidatePool pool)
    {
        var ranked = Ranked(policy, pool);
        if (ranked.Count > 20)
        {
            throw new ArgumentException("The oracle tries every subset: keep the eligible pool small.", nameof(pool));
        }

        var seats = policy.Seats!.Value;
        var largest = Math.Min(seats.Maximum, ranked.Count);
        for (var size = largest; size >= seats.Minimum; size--)
        {
            if (Best(policy, ranked, size, strict: true) is { } cohort)
            {
                return cohort;
            }
        }

        return Best(policy, ranked, largest, strict: false)!;
    }

    /// <summary>
    /// The best cohort of <paramref name="size"/>: least miss (0 when strict), then most points, then the sorted ranks
    /// first in lexicographic order (the best-ranked candidate of any difference).
    /// </summary>
    public static Cohort? Best(SelectionPolicy policy, List<Candidate> ranked, int size, bool strict)
    {
        Cohort? best = null;
        uint bestMask = 0;
        var points = ranked.Select(c => Points(policy, c)).ToArray();
        for (var mask = 0u; mask < 1u << ranked.Count; mask++)
        {
            if (BitOperations.PopCount(mask) != size)
            {
                continue;
            }

            var members = Enumerable.Range(0, ranked.Count).Where(i => (mask & (1u << i)) != 0).Select(i => ranked[i]).ToList();
            var miss = Miss(policy, members);
            if (strict && miss > 0)
            {
                continue;
            }

            var total = Enumerable.Range(0, ranked.Count).Where(i => (mask & (1u << i)) != 0).Sum(i => points[i]);
            if (best is null || miss < best.Miss || (miss == best.Miss && (total > best.Points || (total == best.Points && RanksFirst(mask, bestMask)))))
            {
                best = new Cohort([.. members.Select(m => m.Id)], size, total, miss);
                bestMask = mask;
            }
        }

        return best;
    }

    // Whether cohort a holds the best-ranked candidate of the two cohorts' difference (bit i is rank i).
    private static bool RanksFirst(uint a, uint b)
    {
        var difference = a ^ b;
        return difference != 0 && (a & (difference & (~difference + 1))) != 0;
    }
}
