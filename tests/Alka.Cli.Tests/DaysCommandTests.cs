using NodaTime.Text;

namespace Alka.Cli.Tests;

public class DaysCommandTests
{
    private const string Council = "jewish,muslim,christian-orthodox,druze";

    private static readonly string[] DoneWhen =
        ["days", "--from", "2026-09-01", "--to", "2027-08-31", "--communities", Council, "--format", "csv"];

    [Fact]
    public void Csv_TheIssuesCommand_BeginsExactlyAsTheContractSays()
    {
        var run = Cli.Run(DoneWhen);

        run.Status.Should().Be(0);
        run.Error.Should().BeEmpty();
        run.Output.Should().StartWith(
            "date,hebrew_date,weekday,verdict,reasons\n" +
            "2026-09-01,19 Elul 5786,Tuesday,ok,\n" +
            "2026-09-02,20 Elul 5786,Wednesday,ok,\n" +
            "2026-09-03,21 Elul 5786,Thursday,ok,\n" +
            "2026-09-04,22 Elul 5786,Friday,blocked,weekend\n" +
            "2026-09-05,23 Elul 5786,Saturday,blocked,weekend|leil-selichot\n" +
            "2026-09-06,24 Elul 5786,Sunday,ok,\n" +
            "2026-09-07,25 Elul 5786,Monday,ok,\n" +
            "2026-09-08,26 Elul 5786,Tuesday,ok,\n" +
            "2026-09-09,27 Elul 5786,Wednesday,ok,\n" +
            "2026-09-10,28 Elul 5786,Thursday,blocked,nabi-sabalan\n" +
            "2026-09-11,29 Elul 5786,Friday,blocked,weekend|erev-rosh-hashana\n" +
            "2026-09-12,1 Tishrei 5787,Saturday,blocked,weekend|rosh-hashana-1\n" +
            "2026-09-13,2 Tishrei 5787,Sunday,blocked,rosh-hashana-2\n" +
            "2026-09-14,3 Tishrei 5787,Monday,avoid,tzom-gedaliah\n");
    }

    [Fact]
    public void Csv_TheIssuesCommand_EveryRowAgreesWithTheIndependentRules()
    {
        var communities = Council.Split(',');

        var records = TestData.ParseCsv(Cli.Run(DoneWhen).Output);

        records.Should().HaveCount(366, "the header and 365 days");
        records[0].Should().Equal("date", "hebrew_date", "weekday", "verdict", "reasons");
        foreach (var record in records.Skip(1))
        {
            var date = LocalDatePattern.Iso.Parse(record[0]).Value;
            var (verdict, reasons) = DayRulesOracle.Judge(date, communities);
            record.Should().Equal([record[0], record[1], date.DayOfWeek.ToString(), verdict, reasons], record[0]);
        }
    }

    [Fact]
    public void Csv_HebrewDatesAndWeekdays_AreTheReferences()
    {
        var reference = TestData.ReadCsv("calendars/hebrew-dates.csv").ToDictionary(r => r["gregorian_date"]);
        string[] weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

        foreach (var record in TestData.ParseCsv(Cli.Run(DoneWhen).Output).Skip(1))
        {
            var day = reference[record[0]];
            record[1].Should().Be($"{day["hebrew_day"]} {day["hebrew_month_name"]} {day["hebrew_year"]}");
            record[2].Should().Be(weekdays[int.Parse(day["day_of_week"], System.Globalization.CultureInfo.InvariantCulture)]);
        }
    }

    [Theory]
    [InlineData("jewish", "2027-05-16,9 Iyyar 5787,Sunday,ok,", "Eid al-Adha without Muslim or Druze participants")]
    [InlineData("muslim", "2027-05-16,9 Iyyar 5787,Sunday,blocked,eid-al-adha", "Eid al-Adha for Muslims")]
    [InlineData("druze", "2027-05-16,9 Iyyar 5787,Sunday,blocked,eid-al-adha-druze", "the Druze Eid al-Adha")]
    [InlineData("muslim,druze", "2027-05-20,13 Iyyar 5787,Thursday,avoid,eid-al-adha-druze:possible|eid-al-adha:possible", "the possible day after both")]
    [InlineData("christian-orthodox", "2027-01-07,28 Tevet 5787,Thursday,blocked,christmas-orthodox", "Orthodox Christmas")]
    [InlineData("christian-western", "2027-01-07,28 Tevet 5787,Thursday,ok,", "not a Western holiday")]
    [InlineData("jewish", "2027-05-11,4 Iyyar 5787,Tuesday,avoid,yom-hazikaron", "Yom HaZikaron: memorial")]
    public void Csv_OneDay_DependsOnTheCommunities(string communities, string row, string why)
    {
        var date = row[..10];

        var run = Cli.Run("days", "--from", date, "--to", date, "--communities", communities, "--format", "csv");

        run.OutputLines.Should().Equal(["date,hebrew_date,weekday,verdict,reasons", row], why);
    }

    [Fact]
    public void Communities_DefaultToJewish()
    {
        Cli.Run("days", "--from", "2027-05-16", "--to", "2027-05-20", "--format", "csv").Output
            .Should().Be(Cli.Run("days", "--from", "2027-05-16", "--to", "2027-05-20", "--communities", "jewish", "--format", "csv").Output);
    }

    [Fact]
    public void Table_IsTheDefault_WithBothCalendarsAndTheRules()
    {
        var run = Cli.Run("days", "--from", "2027-05-10", "--to", "2027-05-12");

        run.Status.Should().Be(0);
        run.OutputLines.Should().HaveCount(5);
        run.OutputLines[0].Should().StartWith("date").And.Contain("hebrew date").And.Contain("תאריך עברי").And.Contain("verdict").And.Contain("סיבות");
        run.OutputLines[2].Should().Be("2027-05-10  Mon  3 Iyyar 5787  ג׳ באייר תשפ״ז  ok");
        run.OutputLines[3].Should().Be("2027-05-11  Tue  4 Iyyar 5787  ד׳ באייר תשפ״ז  avoid    Memorial Day for the Fallen (memorial)  יום הזיכרון לחללי מערכות ישראל");
    }

    [Fact]
    public void Json_IsAnArrayOfJudgedDaysWithTheirRules()
    {
        var run = Cli.Run("days", "--from", "2027-05-16", "--to", "2027-05-16", "--communities", "muslim", "--format", "json");

        run.Status.Should().Be(0);
        using var json = System.Text.Json.JsonDocument.Parse(run.Output);
        var day = json.RootElement.EnumerateArray().Should().ContainSingle().Subject;
        day.GetProperty("date").GetString().Should().Be("2027-05-16");
        day.GetProperty("hebrewDate").GetString().Should().Be("9 Iyyar 5787");
        day.GetProperty("weekday").GetString().Should().Be("Sunday");
        day.GetProperty("verdict").GetString().Should().Be("blocked");
        var reason = day.GetProperty("reasons").EnumerateArray().Should().ContainSingle().Subject;
        reason.GetProperty("id").GetString().Should().Be("eid-al-adha");
        reason.GetProperty("kind").GetString().Should().Be("community-day");
        reason.GetProperty("rule").GetString().Should().Be("community-day-off");
        reason.GetProperty("action").GetString().Should().Be("block");
        reason.GetProperty("nameHe").GetString().Should().Be("עיד אל-אדחא");
        reason.GetProperty("community").GetString().Should().Be("muslim");
        reason.GetProperty("dayNumber").GetInt32().Should().Be(1);
        reason.GetProperty("provisional").GetBoolean().Should().BeTrue();
    }

    [Theory]
    [InlineData("2027-05-10", "2027-05-12", "jewish,samaritan", "alka: --communities: 'samaritan' is not a community; expected one of jewish,muslim,christian-western,christian-orthodox,druze.")]
    [InlineData("2027-05-10", "2027-05-12", "Muslim,druze,druze", "alka: --communities: 'Muslim' is not a community; expected one of jewish,muslim,christian-western,christian-orthodox,druze.", "alka: --communities: 'druze' is named twice.")]
    [InlineData("2027-05-10", "2027-05-12", "", "alka: --communities: Name at least one community.")]
    [InlineData("2027-05-10", "2027-13-01", "bedouin", "alka: --to: '2027-13-01' is not a date (YYYY-MM-DD).", "alka: --communities: 'bedouin' is not a community; expected one of jewish,muslim,christian-western,christian-orthodox,druze.")]
    [InlineData("2027-05-10", "2027-05-01", "muslim", "alka: --to: 2027-05-01 is before the start of the range, 2027-05-10.")]
    [InlineData("1582-12-31", "2027-05-01", "muslim", "alka: --from: 1582-12-31 is outside the supported range 1583-01-01 … 6239-09-25.")]
    [InlineData("2027-05-10", "6239-09-26", "muslim", "alka: --to: 6239-09-26 is outside the supported range 1583-01-01 … 6239-09-25.")]
    public void BadArguments_Exit2WithOneLinePerProblemAndNothingOnStandardOutput(string from, string to, string communities, params string[] errors) =>
        Cli.Run("days", "--from", from, "--to", to, "--communities", communities, "--format", "csv").ShouldFailWith(errors);

    [Fact]
    public void UnknownFormat_IsBadInput() =>
        Cli.Run("days", "--from", "2027-05-10", "--to", "2027-05-12", "--format", "ics").ShouldFailWith("alka: --format: 'ics' is not one of table, csv, json.");

    [Fact]
    public void MissingDates_AreBadInput() =>
        Cli.Run("days", "--communities", "muslim").ShouldFailWith("alka: Option '--from' is required.", "alka: Option '--to' is required.");

    [Fact]
    public void Help_DescribesTheOptionsAndTheVerdicts()
    {
        var run = Cli.Run("days", "--help");

        run.Status.Should().Be(0);
        run.Output.Should().Contain("--from").And.Contain("--to").And.Contain("--communities").And.Contain("--format")
            .And.Contain("christian-orthodox").And.Contain("blocked").And.Contain("avoid").And.Contain("ok");
        Cli.Run("--help").Output.Should().Contain("days");
    }
}
