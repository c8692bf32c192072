using Alka.Domain.Calendar;
using Alka.Domain.Geography;
using Alka.Domain.Organizations;
using Alka.Domain.Selection;

namespace Alka.Domain.Tests.Selection;

/// <summary>
/// Israel's real local councils (the built-in CBS table, <see cref="LocalAuthorities"/>) as council heads: the realistic
/// pools of the council heads' forum.
/// </summary>
/// <remarks>
/// Conventions of the pools (the table has no community or center/periphery column): a council whose residents are
/// mostly Arab (<see cref="PopulationSector.Arab"/>, derived from CBS's percentage of Arab residents) is an Arab
/// locality (community <c>muslim</c>: the table does not tell Muslim, Christian and Druze localities apart, and the
/// quota counts them alike), any other a Jewish one; a periphery cluster of 1–5 is the periphery, 6–10 the center.
/// </remarks>
internal static class LocalCouncils
{
    /// <summary>Every local council of the table (the cities and regional councils are not council heads' localities).</summary>
    public static IReadOnlyList<LocalAuthority> All { get; } = LocalAuthorities.Filter(MunicipalStatus.LocalCouncil);

    /// <summary>Whether the pools treat <paramref name="council"/> as an Arab locality.</summary>
    public static bool IsArab(LocalAuthority council) => council.Sector == PopulationSector.Arab;

    /// <summary>The serving head of <paramref name="council"/>, with marks drawn from <paramref name="random"/> (2–5).</summary>
    public static Candidate Head(LocalAuthority council, Random random, bool serving = true) => Candidate.Create(
        "head-" + council.Code,
        "Head of " + council.Name.English,
        ParticipantRole.CouncilHead,
        "council-" + council.Code,
        Sector.LocalGovernment,
        council.Region,
        council.Code,
        council.Population.Value,
        IsArab(council) ? Community.Muslim : Community.Jewish,
        council.PeripheryCluster.Value <= 5 ? PeripheryStatus.Periphery : PeripheryStatus.Center,
        council.SocioEconomicCluster.Value,
        serving,
        isNominatedByDirectorGeneral: false,
        isRecommendedBySteering: false,
        new CriterionScores(Mark(random), Mark(random), Mark(random), Mark(random), Mark(random), Mark(random))).Value;

    private static int Mark(Random random) => random.Next(2, 6);
}
