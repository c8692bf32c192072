using Alka.Domain;
using Alka.Domain.Calendar;
using Alka.Domain.Planning;
using Alka.Domain.Scheduling;
using Alka.Domain.Serialization;
using NodaTime.Text;

namespace Alka.Cli.Tests.Commands;

public sealed class PlanCommandTests : IDisposable
{
    private const string Header = "date,hebrew_date,weekday,start,end,meeting,kind,group,host";

    private static readonly string[] Managers = ["plan", "district-managers-forum", "--from", "2026-09-01", "--to", "2027-08-31"];

    private readonly DirectoryInfo _files = Directory.CreateTempSubdirectory("alka-plan-");

    public void Dispose() => _files.Delete(recursive: true);

    [Fact]
    public void Csv_DistrictManagersYearOfThreeCommunities_KeepsEveryRuleOnTheOutput()
    {
        var run = Cli.Run([.. Managers, "--communities", "jewish,muslim,druze", "--format", "csv"]);

        run.Status.Should().Be(0);
        run.Error.Should().BeEmpty();
        run.OutputLines[0].Should().Be(Header);
        var meetings = Meetings(run.Output);
        meetings.Should().HaveCountGreaterThan(50);
        Findings(PlanningData.Year(PlanningData.DistrictManagers) is var o ? new PlanningOptions { Program = o.Program, From = o.From, To = o.To, Communities = CommunityMix.Parse("jewish,muslim,druze").Value } : null!, meetings)
            .Should().BeEmpty();
        run.OutputLines[1].Should().Be("2026-09-01,19 Elul 5786,Tuesday,09:00,13:00,north-01,forum,north,interior-north");
    }

    [Fact]
    public void Csv_CouncilHeadsWithRealCouncilsEverySixWeeks_KeepsEveryRuleOnTheOutput()
    {
        var hosts = Write("councils-hosts.csv", PlanningData.HostsCsv());

        var run = Cli.Run("plan", "council-heads-forum", "--from", "2026-09-01", "--to", "2027-08-31", "--hosts", hosts, "--every", "6w", "--study-tour", "--format", "csv");

        run.Status.Should().Be(0, run.Error);
        var meetings = Meetings(run.Output);
        Findings(PlanningData.CouncilHeadsYear(studyTour: true), meetings).Should().BeEmpty();
        meetings.Where(m => m.Kind == MeetingKind.Forum).Should().OnlyContain(m => PlanningData.Councils.Any(c => c.Id == m.HostId));
        TestData.ParseCsv(run.Output).Skip(1).Count(r => r[6] == "study-tour").Should().Be(5, "a multi-day meeting has one row per day");
    }

    [Fact]
    public void Csv_MerhavOverSixMonths_HasTenMeetingsKeepingEveryRule()
    {
        var run = Cli.Run("plan", "merhav", "--from", "2026-10-01", "--to", "2027-03-31", "--format", "csv");

        run.Status.Should().Be(0, run.Error);
        var meetings = Meetings(run.Output);
        meetings.Should().HaveCount(10);
        Findings(PlanningData.MerhavHalfYear(), meetings).Should().BeEmpty();
    }

    [Fact]
    public void Ics_ParsesWithAStandardParser_OneEventPerMeetingAndDay()
    {
        var hosts = Write("councils-hosts.csv", PlanningData.HostsCsv());
        string[] args = ["plan", "council-heads-forum", "--from", "2026-09-01", "--to", "2027-08-31", "--hosts", hosts, "--every", "6w", "--study-tour"];
        var csv = TestData.ParseCsv(Cli.Run([.. args, "--format", "csv"]).Output).Skip(1).ToList();

        var run = Cli.Run([.. args, "--format", "ics"]);

        run.Status.Should().Be(0, run.Error);
        var calendar = Ical.Net.Calendar.Load(run.Output)!;
        calendar.TimeZones.Should().ContainSingle().Which.TzId.Should().Be("Asia/Jerusalem");
        var events = calendar.Events.OrderBy(e => e.DtStart!.Value).ThenBy(e => e.Uid, StringComparer.Ordinal).ToList();
        events.Should().HaveCount(csv.Count);
        events.Select(e => e.Uid).Should().OnlyHaveUniqueItems().And.Contain("forum-01.council-heads-forum@alka").And.Contain("study-tour-01-d5.council-heads-forum@alka");
        foreach (var (row, calendarEvent) in csv.OrderBy(r => r[0] + r[3]).ThenBy(r => r[5], StringComparer.Ordinal).Zip(events))
        {
            calendarEvent.DtStart!.TzId.Should().Be("Asia/Jerusalem");
            calendarEvent.DtStart.Value.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture).Should().Be($"{row[0]} {row[3]}");
            calendarEvent.Description.Should().StartWith(row[1]);
            if (row[8].Length > 0)
            {
                calendarEvent.Description.Should().Contain($"({row[8]})").And.Contain(PlanningData.Councils.Single(c => c.Id == row[8]).Name.Hebrew);
            }
        }
    }

    [Fact]
    public void Changes_AfterABlackoutOnAPlannedDate_MovesOnlyThatMeeting()
    {
        var previous = Write("previous.csv", Cli.Run([.. Managers, "--format", "csv"]).Output);
        var row = TestData.ParseCsv(File.ReadAllText(previous)).First(r => r[5] == "north-03");

        var run = Cli.Run([.. Managers, "--previous", previous, "--blackout", row[0], "--changes", "--format", "csv"]);

        run.Status.Should().Be(0, run.Error);
        var changes = TestData.ParseCsv(run.Output);
        changes[0].Should().Equal("meeting", "change", "date_before", "date_after", "host_before", "host_after", "rule");
        changes.Should().HaveCount(2);
        changes[1][..3].Should().Equal("north-03", "moved", row[0]);
        changes[1][3..].Should().Equal(changes[1][3], row[8], row[8], "blocked-day");
    }

    [Fact]
    public void Changes_AsIcsOrWithACheck_AreBadInput()
    {
        var previous = Write("previous.csv", Cli.Run([.. Managers, "--format", "csv"]).Output);

        Cli.Run([.. Managers, "--previous", previous, "--changes", "--format", "ics"]).ShouldFailWith("alka: --changes: the changes are written as a table, csv or json, not ics.");
        Cli.Run([.. Managers, "--previous", previous, "--check", previous]).ShouldFailWith("alka: --check: a plan is checked or re-planned, not both (--previous).");
    }

    [Fact]
    public void Previous_WithoutChanges_PrintsTheNewPlanKeepingEveryOtherMeeting()
    {
        var before = Cli.Run([.. Managers, "--format", "csv"]).Output;
        var previous = Write("previous.csv", before);
        var north = TestData.ParseCsv(before).First(r => r[5] == "north-03")[0];

        var after = Cli.Run([.. Managers, "--previous", previous, "--blackout", north, "--format", "csv"]);

        after.Status.Should().Be(0, after.Error);
        TestData.ParseCsv(after.Output).Where(r => r[5] != "north-03").Should().BeEquivalentTo(TestData.ParseCsv(before).Where(r => r[5] != "north-03"), o => o.WithStrictOrdering());
    }

    [Fact]
    public void Check_PlanWithAMeetingMovedOntoABlockedDay_IsRejectedNamingTheMeetingAndBlockedDay()
    {
        var plan = Cli.Run([.. Managers, "--format", "csv"]).Output;
        var moved = string.Join('\n', plan.Split('\n').Select(line => line.Contains(",north-03,", StringComparison.Ordinal)
            ? "2026-09-12,1 Tishrei 5787,Saturday" + line[line.IndexOf(",09:00", StringComparison.Ordinal)..]
            : line));

        var run = Cli.Run([.. Managers, "--check", Write("moved.csv", moved)]);

        run.Status.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.ErrorLines.Should().Contain("north-03 2026-09-12: blocked-day: blocked — weekend, rosh-hashana-1 (rest-day)")
            .And.OnlyContain(line => System.Text.RegularExpressions.Regex.IsMatch(line, @"^[a-z0-9-]+ \d{4}-\d\d-\d\d: [a-z-]+: "));
    }

    [Fact]
    public void Check_MeetingOfNoSeriesOfTheProgram_NamesItsPlaceInTheFile()
    {
        var plan = Cli.Run("plan", "merhav", "--from", "2026-10-01", "--to", "2027-03-31", "--format", "csv").Output
            + "2026-10-06,25 Tishrei 5787,Tuesday,09:00,16:00,national-01,national,national,\n";

        Cli.Run("plan", "merhav", "--from", "2026-10-01", "--to", "2027-03-31", "--check", Write("stray.csv", plan))
            .ShouldFailWith("alka: --check meeting 11: national-01 (national, national) matches no series planned for merhav.");
    }

    [Fact]
    public void Check_PlanAsWritten_IsValid()
    {
        var run = Cli.Run([.. Managers, "--check", Write("plan.csv", Cli.Run([.. Managers, "--format", "csv"]).Output)]);

        run.Status.Should().Be(0);
        run.Output.Should().Be("valid\n");
        run.Error.Should().BeEmpty();
    }

    [Fact]
    public void Check_SoftRuleBroken_IsAWarningAndTheCheckPasses()
    {
        var plan = Cli.Run("plan", "merhav", "--from", "2026-10-01", "--to", "2027-03-31", "--format", "csv").Output;
        var halfDay = plan.Replace(",09:00,16:00,cohort-meetings-03,", ",09:00,13:00,cohort-meetings-03,", StringComparison.Ordinal);

        var run = Cli.Run("plan", "merhav", "--from", "2026-10-01", "--to", "2027-03-31", "--check", Write("half.csv", halfDay));

        run.Status.Should().Be(0);
        run.Output.Should().Be("valid\n");
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith("warning: cohort-meetings-03 ").And.Contain(": full-day: ");
    }

    [Fact]
    public void Table_IsTheDefault_InBothLanguagesAndCalendars()
    {
        var run = Cli.Run(Managers);

        run.Status.Should().Be(0);
        run.OutputLines[0].Should().StartWith("date").And.Contain("hebrew date").And.Contain("תאריך עברי").And.Contain("host").And.Contain("מארח");
        run.OutputLines[2].Should().StartWith("2026-09-01  Tue  19 Elul 5786").And.Contain("י״ט באלול תשפ״ו").And.Contain("09:00–13:00  north-01")
            .And.Contain("Regional forum: North").And.Contain("פורום אזורי: הצפון").And.Contain("משרד הפנים, מחוז הצפון");
    }

    [Fact]
    public void Readme_MainCommand_PrintsTheDistrictManagersYearAsATable()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "Alka.Domain.sln")))
        {
            dir = dir.Parent;
        }

        const string prefix = "dotnet run --project src/Alka.Cli -- ";
        var command = File.ReadAllLines(Path.Combine(dir.FullName, "README.md")).Single(line => line.StartsWith(prefix + "plan ", StringComparison.Ordinal));

        var run = Cli.Run(command[prefix.Length..].Split(' '));

        run.Status.Should().Be(0);
        run.Output.Should().Be(Cli.Run(Managers).Output);
        run.OutputLines.Should().HaveCountGreaterThan(50).And.Contain(line => line.Contains("national-01", StringComparison.Ordinal) && line.Contains("מפגש ארצי", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_IsThePlansJson()
    {
        var run = Cli.Run([.. Managers, "--format", "json"]);

        run.Status.Should().Be(0);
        var plan = PlanJson.Read(run.Output);
        plan.IsSuccess.Should().BeTrue();
        plan.Value.Meetings.Should().HaveCount(Meetings(Cli.Run([.. Managers, "--format", "csv"]).Output).Count);
    }

    [Theory]
    [InlineData(new[] { "plan", "no-such-program", "--from", "2026-09-01", "--to", "2027-08-31" }, "alka: no program 'no-such-program'; see 'alka catalog list'.")]
    [InlineData(new[] { "plan", "council-heads-forum", "--from", "2026-09-01", "--to", "2027-08-31", "--every", "6w" }, "alka: --hosts: The series 'forum' of council-heads-forum roams between hosts the catalog does not name: give them (--hosts).")]
    [InlineData(new[] { "plan", "digital-leaders-local", "--from", "2026-09-01", "--to", "2027-08-31" }, "alka: --every: The sources give the series 'cohort-meetings' of digital-leaders-local no cadence: give one (--every 6w, 30d, 2m).")]
    [InlineData(new[] { "plan", "merhav", "--from", "2026-09-01", "--to", "2027-08-31", "--every", "6x" }, "alka: --every: '6x' is not an interval: a number and d, w or m (6w, 30d, 2m).")]
    [InlineData(new[] { "plan", "merhav", "--from", "2026-09-01", "--to", "2027-08-31", "--changes" }, "alka: --changes: it lists the changes from a previous plan: give one (--previous FILE).")]
    [InlineData(new[] { "plan", "merhav", "--from", "2026-09-01", "--to", "2027-08-31", "--election", "2026-10-27:kfar-saba" }, "alka: --election: 'kfar-saba' is not a CBS code: four digits for a city or local council (0031), two for a regional council (01).")]
    [InlineData(new[] { "plan", "merhav", "--from", "2026-09-01", "--to", "2027-08-31", "--blackout", "2026-10-10..2026-10-01" }, "alka: --blackout: '2026-10-10..2026-10-01' is not a date or a range D..D (the end not before the start).")]
    [InlineData(new[] { "plan", "merhav", "--from", "2026-10-01", "--to", "2026-11-30" }, "alka: cohort-meetings: cohort-size: from 2026-10-01 to 2026-11-30 at most 6 meetings fit 10–28 days apart with the first by 2026-10-15; a cohort has 9–10.")]
    public void BadInput_IsOneLinePerProblemAndExitTwo(string[] args, string line) => Cli.Run(args).ShouldFailWith(line);

    [Theory]
    [InlineData("district-managers-forum")]
    [InlineData("merhav")]
    public void Every_ForAProgramWhoseSourcesGiveEveryCadence_IsBadInputNotIgnored(string program) =>
        Cli.Run("plan", program, "--from", "2026-10-01", "--to", "2027-03-31", "--every", "2w", "--format", "csv").ShouldFailWith(
            $"alka: --every: The sources give every series of {program} its cadence; a cadence is given only for a series without one.");

    // cli.md's three forms of DURATION: consecutive cohort meetings keep the cadence within ±20% (forum-cadence).
    [Theory]
    [InlineData("6w", 42)]
    [InlineData("30d", 30)]
    [InlineData("2m", 61)]
    public void Every_EachFormOfDuration_IsTheCadenceOfTheSeriesWithoutOne(string every, int days)
    {
        var run = Cli.Run("plan", "digital-leaders-local", "--from", "2026-09-01", "--to", "2027-08-31", "--every", every, "--format", "csv");

        run.Status.Should().Be(0, run.Error);
        var dates = TestData.ParseCsv(run.Output).Skip(1).Where(r => r[6] == "cohort-meeting").Select(r => LocalDatePattern.Iso.Parse(r[0]).Value).ToList();
        dates.Should().HaveCountGreaterThan(365 / days / 2);
        dates.Zip(dates.Skip(1), (a, b) => NodaTime.Period.Between(a, b, NodaTime.PeriodUnits.Days).Days)
            .Should().OnlyContain(gap => gap >= days * 0.8 && gap <= days * 1.2);
    }

    [Fact]
    public void Csv_RowsAreOrderedByDateStartAndMeeting_WithUniqueIds_AndTheSameInputGivesTheSameBytes()
    {
        var hosts = Write("councils-hosts.csv", PlanningData.HostsCsv());
        string[] args = ["plan", "council-heads-forum", "--from", "2026-09-01", "--to", "2027-08-31", "--hosts", hosts, "--every", "6w", "--study-tour", "--format", "csv"];

        var run = Cli.Run(args);

        run.Status.Should().Be(0, run.Error);
        var rows = TestData.ParseCsv(run.Output).Skip(1).ToList();
        rows.Select(r => (r[0], r[3], r[5])).Should().BeInAscendingOrder(Comparer<(string, string, string)>.Create((a, b) =>
            string.CompareOrdinal(a.Item1, b.Item1) is not 0 and var date ? date
            : string.CompareOrdinal(a.Item2, b.Item2) is not 0 and var start ? start
            : string.CompareOrdinal(a.Item3, b.Item3)));
        rows.GroupBy(r => r[5]).Should().OnlyContain(g => g.Count() == 1 || g.First()[6] == "study-tour", "an id names one meeting; only a multi-day meeting has more rows");
        Cli.Run(args).Output.Should().Be(run.Output);
    }

    [Fact]
    public void Blackout_ListsOfDatesAndRanges_RepeatedOrNot_BlockEveryDay()
    {
        var before = TestData.ParseCsv(Cli.Run([.. Managers, "--format", "csv"]).Output).Skip(1).ToList();
        var (first, second, third) = (before[0][0], before[1][0], before[2][0]);
        var fourth = LocalDatePattern.Iso.Parse(before[3][0]).Value;
        var range = $"{fourth.PlusDays(-1):uuuu-MM-dd}..{fourth.PlusDays(1):uuuu-MM-dd}";

        var run = Cli.Run([.. Managers, "--blackout", $"{first},{second}", "--blackout", $"{third},{range}", "--format", "csv"]);

        run.Status.Should().Be(0, run.Error);
        var dates = TestData.ParseCsv(run.Output).Skip(1).Select(r => r[0]).ToList();
        dates.Should().NotContain([first, second, third, $"{fourth.PlusDays(-1):uuuu-MM-dd}", $"{fourth:uuuu-MM-dd}", $"{fourth.PlusDays(1):uuuu-MM-dd}"]);
    }

    [Fact]
    public void Election_KnessetIsARestDayEverywhere_LocalOnlyAtHostsOfThoseAuthorities()
    {
        var hosts = Write("councils-hosts.csv", PlanningData.HostsCsv());
        string[] args = ["plan", "council-heads-forum", "--from", "2026-09-01", "--to", "2027-08-31", "--hosts", hosts, "--every", "6w", "--format", "csv"];
        var forum = TestData.ParseCsv(Cli.Run(args).Output).Skip(1).First(r => r[6] == "forum" && r[8].Length > 0);
        var other = PlanningData.Councils.First(c => c.Id != forum[8]).Authority;

        var knesset = Cli.Run([.. args, "--election", forum[0]]);
        var local = Cli.Run([.. args, "--election", $"{forum[0]}:{forum[8]}"]);
        var elsewhere = Cli.Run([.. args, "--election", $"{forum[0]}:{other}"]);

        TestData.ParseCsv(knesset.Output).Skip(1).Should().NotContain(r => r[0] == forum[0], "a Knesset election is a rest day everywhere");
        TestData.ParseCsv(local.Output).Skip(1).Should().NotContain(r => r[0] == forum[0] && r[8] == forum[8], "no meeting at a host on its authority's election day");
        elsewhere.Output.Should().Be(Cli.Run(args).Output, "an election elsewhere changes nothing");
    }

    [Fact]
    public void Communities_DefaultToTheProgramsMixInTheCatalog()
    {
        var hosts = Write("councils-hosts.csv", PlanningData.HostsCsv());
        string[] args = ["plan", "council-heads-forum", "--from", "2026-09-01", "--to", "2027-08-31", "--hosts", hosts, "--every", "6w", "--format", "csv"];
        PlanningData.CouncilHeads.Schedule.Communities.Should().Be(CommunityMix.All);

        var byDefault = Cli.Run(args).Output;

        byDefault.Should().Be(Cli.Run([.. args, "--communities", "jewish,muslim,christian-western,christian-orthodox,druze"]).Output)
            .And.NotBe(Cli.Run([.. args, "--communities", "jewish"]).Output);
    }

    [Fact]
    public void Infeasible_NamesTheRuleAndTheDates()
    {
        var run = Cli.Run([.. Managers, "--blackout", "2026-09-01..2026-11-30"]);

        run.Status.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.ErrorLines.Should().ContainSingle().Which.Should().MatchRegex(@"^alka: [a-z-]+: (regional-cadence|national-count): .*\d{4}-\d\d-\d\d");
    }

    [Fact]
    public void Hosts_FileWithBadRows_NamesEachLineAndColumn()
    {
        var hosts = Write("bad-hosts.csv", "host,group,name_en,name_he,authority,unavailable\n0472,all,ABU GHOSH,אבו גוש,0472,2026-13-01\n0473,east,ABU SINAN,אבו סנאן,0473,\n0182,all,,אבן יהודה,0182,\n");

        Cli.Run("plan", "council-heads-forum", "--from", "2026-09-01", "--to", "2027-08-31", "--every", "6w", "--hosts", hosts).ShouldFailWith(
            "alka: --hosts bad-hosts.csv:2: unavailable: '2026-13-01' is not a date (YYYY-MM-DD).",
            "alka: --hosts bad-hosts.csv:3: group: 'east' is not a region id or all.",
            "alka: --hosts bad-hosts.csv:4: name_en, name_he: a host has a name in English and in Hebrew.");
    }

    private static List<PlannedMeeting> Meetings(string csv)
    {
        var clock = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
        return [.. TestData.ParseCsv(csv).Skip(1).GroupBy(r => r[5]).Select(rows =>
        {
            var first = rows.First();
            Ids.TryParse(first[6], out MeetingKind kind).Should().BeTrue();
            MeetingGroup.TryParse(first[7], out var group).Should().BeTrue();
            return PlannedMeeting.Create(first[5], kind, group, first[8].Length == 0 ? null : first[8], LocalDatePattern.Iso.Parse(first[0]).Value, clock.Parse(first[3]).Value, clock.Parse(first[4]).Value, rows.Count()).Value;
        })];
    }

    private static IReadOnlyList<PlanFinding> Findings(PlanningOptions options, IEnumerable<PlannedMeeting> meetings) => PlanChecker.Check(options, meetings).Value;

    private string Write(string name, string text)
    {
        var path = Path.Combine(_files.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }
}
