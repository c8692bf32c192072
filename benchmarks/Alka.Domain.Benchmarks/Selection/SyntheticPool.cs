using Alka.Domain.Calendar;
using Alka.Domain.Geography;
using Alka.Domain.Organizations;
using Alka.Domain.Selection;

namespace Alka.Domain.Benchmarks.Selection;

/// <summary>Deterministic synthetic candidates: council heads of every community, periphery and cluster, with random marks.</summary>
internal static class SyntheticPool
{
    private static readonly Community[] Communities = [Community.Jewish, Community.Jewish, Community.Muslim, Community.Druze, Community.ChristianOrthodox];

    /// <summary>
    /// <paramref name="count"/> council heads, seed 42; with <paramref name="allEligible"/> every one meets the council
    /// heads' rules, otherwise about one in five fails one of them.
    /// </summary>
    public static Candidate[] CouncilHeads(int count, bool allEligible)
    {
        var random = new Random(42);
        var candidates = new Candidate[count];
        for (var i = 0; i < count; i++)
        {
            var failing = allEligible ? 0 : random.Next(15);
            candidates[i] = Candidate.Create(
                $"c{i:0000000}",
                $"Council head {i}",
                failing == 1 ? ParticipantRole.Manager : ParticipantRole.CouncilHead,
                $"council-{i % 997}",
                Sector.LocalGovernment,
                (Region)(1 + random.Next(5)),
                $"locality-{i % 997}",
                failing == 2 ? 25_000 : 1_000 + random.Next(19_000),
                Communities[random.Next(Communities.Length)],
                random.Next(2) == 0 ? PeripheryStatus.Center : PeripheryStatus.Periphery,
                1 + random.Next(10),
                failing != 3,
                random.Next(2) == 0,
                random.Next(2) == 0,
                new CriterionScores(Mark(random), Mark(random), Mark(random), Mark(random), Mark(random), Mark(random))).Value;
        }

        return candidates;
    }

    private static int Mark(Random random) => 1 + random.Next(5);
}
