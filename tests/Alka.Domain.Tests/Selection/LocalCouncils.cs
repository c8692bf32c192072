using System.Globalization;
using Alka.Domain.Calendar;
using Alka.Domain.Organizations;
using Alka.Domain.Programs;
using Alka.Domain.Selection;
using Alka.Domain.Tests.Fixtures;

namespace Alka.Domain.Tests.Selection;

/// <summary>
/// Israel's real local councils (CBS, <c>local-authorities-2021.csv</c>) as council heads: the realistic pools of the
/// council heads' forum, and the table of localities a pool is checked against (<see cref="ILocalityDirectory"/>).
/// </summary>
/// <remarks>
/// TODO(merge): use the built-in LocalAuthorities table (Alka.Domain.Geography) instead of reading the CBS file here;
/// <see cref="Directory"/> becomes an adapter over <c>LocalAuthorities.TryGet</c>.
/// Conventions of the pools (the table has no community or center/periphery column): a council whose residents are at
/// least half Arab is an Arab locality (community <c>muslim</c>: the table does not tell Muslim, Christian and Druze
/// localities apart, and the quota counts them alike), any other a Jewish one; a periphery cluster of 1–5 is the
/// periphery, 6–10 the center.
/// </remarks>
internal static class LocalCouncils
{
    private static readonly Lazy<IReadOnlyList<Council>> Table = new(Read);

    /// <summary>Every local council of the table (the cities and regional councils are not council heads' localities).</summary>
    public static IReadOnlyList<Council> All => Table.Value;

    /// <summary>The table as the pool's locality directory, matched by CBS code.</summary>
    public static ILocalityDirectory Directory { get; } = new CodeDirectory();

    /// <summary>The serving head of <paramref name="council"/>, with marks drawn from <paramref name="random"/> (2–5).</summary>
    public static Candidate Head(Council council, Random random, bool serving = true) => Candidate.Create(
        "head-" + council.Code,
        "Head of " + council.NameEnglish,
        ParticipantRole.CouncilHead,
        "council-" + council.Code,
        Sector.LocalGovernment,
        council.Region,
        council.Code,
        council.Population,
        council.IsArab ? Community.Muslim : Community.Jewish,
        council.PeripheryCluster <= 5 ? PeripheryStatus.Periphery : PeripheryStatus.Center,
        council.SocioeconomicCluster,
        serving,
        isNominatedByDirectorGeneral: false,
        isRecommendedBySteering: false,
        new CriterionScores(Mark(random), Mark(random), Mark(random), Mark(random), Mark(random), Mark(random))).Value;

    private static int Mark(Random random) => random.Next(2, 6);

    private static IReadOnlyList<Council> Read()
    {
        var path = Path.Combine(SharedData(), "local-authorities-2021.csv");
        var records = Fixture.ParseCsv(File.ReadAllText(path));
        var header = records[0].Select((column, i) => (column, i)).ToDictionary(p => p.column, p => p.i);
        return [.. records.Skip(1)
            .Where(r => r[header["municipal_status"]] == "local_council")
            .Select(r => new Council(
                r[header["authority_code"]],
                r[header["name_en"]],
                int.Parse(r[header["population_end_2021"]], CultureInfo.InvariantCulture),
                decimal.Parse(r[header["pct_arabs"]] is "" ? "0" : r[header["pct_arabs"]], CultureInfo.InvariantCulture) >= 50m,
                int.Parse(r[header["ses_cluster_2019"]], CultureInfo.InvariantCulture),
                int.Parse(r[header["periphery_cluster_2020"]], CultureInfo.InvariantCulture),
                RegionOf(r[header["district_he"]])))];
    }

    // The District Managers Forum's region of each CBS district (Tel Aviv and the Center together; Judea and Samaria
    // served from Jerusalem, as the library's district table will say).
    private static Region RegionOf(string district) => district switch
    {
        "ירושלים" or "אזור יהודה והשומרון" => Region.Jerusalem,
        "הצפון" => Region.North,
        "חיפה" => Region.Haifa,
        "המרכז" or "תל אביב" => Region.TelAvivCenter,
        "הדרום" => Region.South,
        _ => throw new InvalidDataException("Unknown CBS district " + district),
    };

    private static string SharedData()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Alka.Domain.sln")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
            }
        }

        throw new DirectoryNotFoundException("Alka.Domain.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>One local council of the CBS table.</summary>
    internal sealed record Council(string Code, string NameEnglish, int Population, bool IsArab, int SocioeconomicCluster, int PeripheryCluster, Region Region);

    private sealed class CodeDirectory : ILocalityDirectory
    {
        public bool TryFind(string locality, out LocalityFacts facts)
        {
            var council = All.FirstOrDefault(c => c.Code == locality);
            facts = council is null ? default : new LocalityFacts(council.Code, council.Population, council.SocioeconomicCluster, council.Region);
            return council is not null;
        }
    }
}
