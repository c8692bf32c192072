using Alka.Domain;
using Alka.Domain.Programs;
using Alka.Domain.Selection;
using Alka.Domain.Serialization;

namespace Alka.Cli.Tests.Commands;

public sealed class SelectCommandTests : IDisposable
{
    private const string Header =
        "id,name,role,organization,sector,district,locality,locality_population,community,periphery,socioeconomic_cluster,serving,nominated_by_director_general,recommended_by_steering,leadership,leads_change,teamwork,social_awareness,affinity,commitment";

    private readonly string _directory = Directory.CreateTempSubdirectory("alka-select-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Csv_CouncilHeads_IsOneRowPerCandidateInDecisionThenRankOrder()
    {
        var candidates = Write("heads.csv", CouncilHeads(out var expected));

        var run = Cli.Run("select", "council-heads-forum", "--candidates", candidates, "--format", "csv");

        run.Status.Should().Be(0, run.Error);
        run.Error.Should().BeEmpty();
        run.OutputLines[0].Should().Be("candidate,decision,rank,score,reasons");
        run.OutputLines.Skip(1).Should().Equal(expected);
        run.OutputLines[1].Should().MatchRegex(@"^h\d\d,admitted,1,5\.00,$");
        run.OutputLines.TakeLast(2).Should().Equal("x01,ineligible,,,serving|locality-population", "x02,ineligible,,,role");
        run.OutputLines.Count(l => l.Contains(",admitted,", StringComparison.Ordinal)).Should().Be(30);
        run.OutputLines.Count(l => l.Contains(",waitlisted,", StringComparison.Ordinal)).Should().Be(5);
        run.OutputLines.Single(l => l.Contains(",not-selected,", StringComparison.Ordinal)).Should().EndWith(",merit|seats");
    }

    [Fact]
    public void Csv_QuotaThePoolCannotMeet_WarnsOnStandardErrorAndStillSelects()
    {
        // Only Jewish heads: the Arab quota cannot be met; the cohort is still printed.
        var rows = Enumerable.Range(1, 16).Select(i => Row($"h{i:00}", "jewish", i % 2 == 0 ? "center" : "periphery", 1 + (i % 10), 1 + (i % 5)));
        var candidates = Write("jewish.csv", Header + "\n" + string.Join("\n", rows) + "\n");

        var run = Cli.Run("select", "council-heads-forum", "--candidates", candidates, "--format", "csv");

        run.Status.Should().Be(0);
        run.ErrorLines.Should().Equal("warning: community-arab: at least 5 of 16 with community muslim or christian-western or christian-orthodox or druze; reached 0, 5 short");
        run.OutputLines.Should().HaveCount(17);
    }

    [Fact]
    public void Csv_PoolBelowTheSeatRange_WarnsOfTheShortSeats()
    {
        var candidates = Write("few.csv", Header + "\n" + Row("h1", "jewish", "center", 8, 4) + "\n");

        var run = Cli.Run("select", "council-heads-forum", "--candidates", candidates, "--format", "csv");

        run.Status.Should().Be(0);
        run.ErrorLines.Should().Contain("warning: seats: the cohort has 1 members, 14 short of the policy's 15–30: the pool has no more eligible candidates");
        run.OutputLines.Should().Equal("candidate,decision,rank,score,reasons", "h1,admitted,1,4.00,");
    }

    [Fact]
    public void Json_IsTheLibrarysJsonOfTheSelection()
    {
        var text = CouncilHeads(out _);
        var candidates = Write("heads.csv", text);

        var run = Cli.Run("select", "council-heads-forum", "--candidates", candidates, "--format", "json");

        run.Status.Should().Be(0);
        var selection = BuiltInCatalog.Instance.Find("council-heads-forum")!.Selection!.Select(CandidateCsv.Read(text).Value).Value;
        run.Output.Should().Be(SelectionJson.Write(selection) + "\n");
    }

    [Fact]
    public void Table_HasTheNamesAndReasons()
    {
        var candidates = Write("heads.csv", CouncilHeads(out _));

        var run = Cli.Run("select", "council-heads-forum", "--candidates", candidates);

        run.Status.Should().Be(0);
        run.OutputLines[0].Should().MatchRegex("^candidate +name +decision +rank +score +reasons$");
        run.OutputLines.Should().ContainSingle(line => line.StartsWith("x01 ", StringComparison.Ordinal))
            .Which.Should().MatchRegex("^x01 +Head x01 +ineligible +serving, locality-population$");
    }

    [Fact]
    public void Policy_FromAFile_DecidesInsteadOfTheProgramsAndAnyIdNamesIt()
    {
        var policy = SelectionPolicy.Create(
            Domain.Sources.Provenance.Default,
            criteria: [CriterionWeight.Of(MeritCriterion.Teamwork)],
            seats: SeatRange.Between(1, 1, default)).Value;
        var file = Write("policy.json", SelectionJson.Write(policy));
        var candidates = Write("two.csv", Header + "\n" + Row("a", "jewish", "center", 5, 3) + "\n" + Row("b", "druze", "center", 5, 4) + "\n");

        var run = Cli.Run("select", "our-own-forum", "--candidates", candidates, "--policy", file, "--format", "csv");

        run.Status.Should().Be(0, run.Error);
        run.OutputLines.Skip(1).Should().Equal("b,admitted,1,4.00,", "a,not-selected,2,3.00,merit|seats");
    }

    [Fact]
    public void Audit_TheSelectedCohort_IsValid()
    {
        var text = CouncilHeads(out _);
        var candidates = Write("heads.csv", text);
        var selected = BuiltInCatalog.Instance.Find("council-heads-forum")!.Selection!.Select(CandidateCsv.Read(text).Value).Value;
        var cohort = Write("cohort.csv", "candidate\n" + string.Join("\n", selected.Admitted.Select(c => c.Id)) + "\n");

        var run = Cli.Run("select", "council-heads-forum", "--candidates", candidates, "--audit", cohort);

        (run.Status, run.Output, run.Error).Should().Be((0, "valid\n", string.Empty));
    }

    [Fact]
    public void Audit_PlantedIneligibleMemberAndLowerMerit_AreFoundWithExitTwo()
    {
        var text = CouncilHeads(out _);
        var candidates = Write("heads.csv", text);
        var selected = BuiltInCatalog.Instance.Find("council-heads-forum")!.Selection!.Select(CandidateCsv.Read(text).Value).Value;
        var planted = selected.Admitted.Select(c => c.Id).Where(id => id != selected.Admitted[0].Id).Append("x01");
        var cohort = Write("cohort.csv", "candidate\n" + string.Join("\n", planted) + "\n");

        var run = Cli.Run("select", "council-heads-forum", "--candidates", candidates, "--audit", cohort);

        run.Status.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.ErrorLines.Should().StartWith(["serving: x01 is admitted but it is not serving.", "locality-population: x01 is admitted but its locality 9999 has 25000 residents, more than 20000."]);
        run.ErrorLines[^1].Should().MatchRegex(@"^merit: a cohort of 30 that keeps every rule scores \d+\.\d\d more in total \(\d+\.\d\d, against \d+\.\d\d\)\.$");
    }

    [Fact]
    public void Audit_PlantedLowerMeritCohort_IsTheMeritLineOnly()
    {
        var text = CouncilHeads(out _);
        var candidates = Write("heads.csv", text);
        var selection = BuiltInCatalog.Instance.Find("council-heads-forum")!.Selection!.Select(CandidateCsv.Read(text).Value).Value;
        // A waitlisted candidate in place of an admitted one of the same kind keeps every quota, and scores less.
        var (admitted, waiting) = selection.Admitted
            .SelectMany(a => selection.Waitlisted.Select(w => (a, w)))
            .First(p => Kind(p.a) == Kind(p.w) && selection.Find(p.w.Id)!.Score < selection.Find(p.a.Id)!.Score);
        var cohort = Write("cohort.csv", "candidate\n" + string.Join("\n", selection.Admitted.Select(c => c == admitted ? waiting.Id : c.Id)) + "\n");

        var run = Cli.Run("select", "council-heads-forum", "--candidates", candidates, "--audit", cohort);

        run.Status.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith("merit: a cohort of 30 that keeps every rule scores ");
    }

    [Fact]
    public void BadInput_EveryProblemOfBothFiles_OneLineEach_ExitTwo()
    {
        var candidates = Write("bad.csv", Header.Replace(",commitment", "", StringComparison.Ordinal) + ",notes\n");
        var policy = Write("policy.json", """{"schemaVersion": 1, "policy": {"source": "default", "seats": {"minimum": 0, "maximum": 1, "source": "default"}}}""");

        Cli.Run("select", "x", "--candidates", candidates, "--policy", policy).ShouldFailWith(
            "alka: select: --policy: $.policy.seats: 0–1 is not a range of seats from 1 up.",
            "alka: select: --candidates: header: 'notes' is not a column of a candidates file.",
            "alka: select: --candidates: header: The column 'commitment' is missing.");
    }

    [Fact]
    public void BadInput_ValueOutOfRange_NamesRowAndColumn()
    {
        var candidates = Write("bad.csv", Header + "\n" + Row("a", "jewish", "center", 11, 3) + "\n");

        Cli.Run("select", "council-heads-forum", "--candidates", candidates)
            .ShouldFailWith("alka: select: --candidates: row 2, socioeconomic_cluster: 11 is not a socio-economic cluster (1–10).");
    }

    [Fact]
    public void BadInput_IdRepeatedAfterARowWithABadValue_IsOneMoreLine()
    {
        var unparsable = Row("a", "jewish", "center", 8, 3).Replace(",true,", ",yes,", StringComparison.Ordinal);
        var candidates = Write("repeated.csv", Header + "\n" + unparsable + "\n" + Row("a", "jewish", "center", 8, 3) + "\n");

        Cli.Run("select", "council-heads-forum", "--candidates", candidates).ShouldFailWith(
            "alka: select: --candidates: row 2, serving: 'yes' is not true or false.",
            "alka: select: --candidates: row 3, id: The candidate 'a' appears more than once.");
    }

    [Fact]
    public void BadInput_UnknownProgramProgramWithoutSeatsAndMissingFile_AreExitTwo()
    {
        var candidates = Write("heads.csv", CouncilHeads(out _));

        Cli.Run("select", "no-such-program", "--candidates", candidates)
            .ShouldFailWith("alka: select: no-such-program: not a program of the catalog; see 'alka catalog list'.");
        Cli.Run("select", "negev-circles", "--candidates", candidates)
            .ShouldFailWith("alka: select: negev-circles: the catalog has no selection policy for it; give one with --policy FILE.");
        Cli.Run("select", "district-managers-forum", "--candidates", candidates)
            .ShouldFailWith("alka: select: district-managers-forum: seats: The policy names no seat range, so no cohort can be chosen.",
                "alka: select: district-managers-forum: criteria: The policy names no merit criteria, so no candidate can be ranked.");
        var missing = Cli.Run("select", "council-heads-forum", "--candidates", Path.Combine(_directory, "none.csv"));
        missing.Status.Should().Be(2);
        missing.ErrorLines.Should().ContainSingle().Which.Should().StartWith("alka: select: --candidates: cannot read ");
        Cli.Run("select", "council-heads-forum").Status.Should().Be(2, "--candidates is required");
    }

    // Thirty-six council heads (h01–h36) of every mix, two who fail the rules (x01: not serving, a large locality;
    // x02: a district manager), and the rows alka must print for them.
    private static string CouncilHeads(out string[] expected)
    {
        var rows = new List<string>();
        for (var i = 1; i <= 36; i++)
        {
            var community = i % 3 == 0 ? "muslim" : i % 3 == 1 ? "jewish" : "druze";
            rows.Add(Row($"h{i:00}", community, i % 4 == 0 ? "center" : "periphery", 1 + (i * 7 % 10), 1 + (i * 3 % 5)));
        }

        rows.Add(Row("x01", "jewish", "center", 9, 1, serving: false, population: 25_000));
        rows.Add(Row("x02", "jewish", "center", 9, 5, role: "district-manager"));
        var text = Header + "\n" + string.Join("\n", rows) + "\n";
        var selection = BuiltInCatalog.Instance.Find("council-heads-forum")!.Selection!.Select(CandidateCsv.Read(text).Value).Value;
        expected = [.. selection.Decisions.Select(d =>
            $"{d.Candidate.Id},{d.Decision.ToId()},{d.Rank},{(d.Rank is null ? "" : d.Score.ToString())},{string.Join('|', d.Reasons)}")];
        return text;
    }

    private static string Row(string id, string community, string periphery, int cluster, int mark, bool serving = true, int population = 8_000, string role = "council-head") =>
        $"{id},Head {id},{role},council-{id},local-government,north,{(population > 20_000 ? "9999" : id)},{population},{community},{periphery},{cluster},{(serving ? "true" : "false")},false,false,{mark},{mark},{mark},{mark},{mark},{mark}";

    // What the council heads' quotas see of a candidate.
    private static (bool Jewish, PeripheryStatus Periphery, int Band) Kind(Candidate c) =>
        (c.Community == Domain.Calendar.Community.Jewish, c.Periphery, c.SocioeconomicCluster <= 4 ? 0 : c.SocioeconomicCluster >= 7 ? 2 : 1);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }
}
