namespace Alka.Cli.Tests;

public class CalendarCommandTests
{
    [Fact]
    public void Csv_TheSpecExample_IsTheHeaderAndTheRow()
    {
        var run = Cli.Run("calendar", "--from", "2026-09-11", "--to", "2026-09-11", "--format", "csv");

        run.Status.Should().Be(0);
        run.Error.Should().BeEmpty();
        run.Output.Should().Be(
            "date,hebrew_date,observance,categories,name_en,name_he\n" +
            "2026-09-11,29 Elul 5786,erev-rosh-hashana,eve,Erev Rosh Hashana,ערב ראש השנה\n");
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Csv_2000To2040_IsTheReferenceWithTheSpecificationsColumns()
    {
        var spec = TestData.ReadCsv("spec/observances.csv").ToDictionary(r => r["reference_name"]);
        var expected = TestData.ReadCsv("calendars/jewish-events-il.csv")
            .Select(r => (row: r, spec: spec[r["event_key"].StartsWith("Rosh Hashana 5", StringComparison.Ordinal) ? "Rosh Hashana" : r["event_key"]]))
            .Select(p => new[]
            {
                p.row["gregorian_date"], $"{p.row["hebrew_day"]} {p.row["hebrew_month_name"]} {p.row["hebrew_year"]}",
                p.spec["id"], p.spec["categories"], p.spec["name_en"], p.spec["name_he"],
            })
            .OrderBy(f => f[0], StringComparer.Ordinal).ThenBy(f => f[2], StringComparer.Ordinal)
            .ToList();

        var run = Cli.Run("calendar", "--from", "2000-01-01", "--to", "2040-12-31", "--format", "csv");

        run.Status.Should().Be(0);
        var records = TestData.ParseCsv(run.Output);
        records[0].Should().Equal("date", "hebrew_date", "observance", "categories", "name_en", "name_he");
        records.Skip(1).Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Csv_NamesWithCommas_AreQuoted()
    {
        var run = Cli.Run("calendar", "--from", "2026-09-27", "--to", "2026-09-27", "--format", "csv");

        run.OutputLines[1].Should().Be("2026-09-27,16 Tishrei 5787,sukkot-2-chol-hamoed,chol-hamoed,Sukkot day 2 (Chol HaMoed),\"חול המועד סוכות, יום 2\"");
    }

    [Fact]
    public void Table_IsTheDefault_WithBothCalendars()
    {
        var run = Cli.Run("calendar", "--from", "2026-09-11", "--to", "2026-09-12");

        run.Status.Should().Be(0);
        run.OutputLines.Should().HaveCount(4);
        run.OutputLines[0].Should().StartWith("date").And.Contain("hebrew date").And.Contain("תאריך עברי");
        run.OutputLines[2].Should().Be("2026-09-11  Fri  29 Elul 5786    כ״ט באלול תשפ״ו  Erev Rosh Hashana     ערב ראש השנה  eve");
        run.OutputLines[3].Should().StartWith("2026-09-12  Sat  1 Tishrei 5787  א׳ בתשרי תשפ״ז");
    }

    [Fact]
    public void Json_IsTheObservancesDocument()
    {
        var run = Cli.Run("calendar", "--from", "2026-09-21", "--to", "2026-09-21", "--format", "json");

        run.Status.Should().Be(0);
        using var json = System.Text.Json.JsonDocument.Parse(run.Output);
        json.RootElement.GetProperty("schemaVersion").GetInt32().Should().Be(1);
        var occurrence = json.RootElement.GetProperty("occurrences").EnumerateArray().Should().ContainSingle().Subject;
        occurrence.GetProperty("date").GetString().Should().Be("2026-09-21");
        occurrence.GetProperty("observance").GetString().Should().Be("yom-kippur");
        occurrence.GetProperty("categories").EnumerateArray().Select(c => c.GetString()).Should().Equal("rest-day", "fast");
        occurrence.GetProperty("hebrewDate").GetProperty("hebrew").GetString().Should().Be("י׳ בתשרי תשפ״ז");
    }

    [Fact]
    public void EmptyRange_WritesTheHeaderOnly()
    {
        Cli.Run("calendar", "--from", "2026-08-03", "--to", "2026-08-04", "--format", "csv").Output
            .Should().Be("date,hebrew_date,observance,categories,name_en,name_he\n");
    }

    [Theory]
    [InlineData(new[] { "--from", "2026-09-40", "--to", "2026-0902" }, new[] { "alka: --from: '2026-09-40' is not a date (YYYY-MM-DD).", "alka: --to: '2026-0902' is not a date (YYYY-MM-DD)." })]
    [InlineData(new[] { "--from", "2026-09-04", "--to", "2026-09-02" }, new[] { "alka: --to: 2026-09-02 is before the start of the range, 2026-09-04." })]
    [InlineData(new[] { "--from", "7000-01-01", "--to", "2026-09-02" }, new[] { "alka: --from: 7000-01-01 is outside the supported range -3760-09-07 … 6239-09-25.", "alka: --to: 2026-09-02 is before the start of the range, 7000-01-01." })]
    [InlineData(new[] { "--from", "2026-09-04" }, new[] { "alka: Option '--to' is required." })]
    [InlineData(new[] { "--from", "2026-09-04", "--to", "2026-09-05", "--format", "xml" }, new[] { "alka: --format: 'xml' is not one of table, csv, json." })]
    public void BadArguments_Exit2WithOneLinePerProblemAndNothingOnStandardOutput(string[] arguments, string[] errors)
    {
        Cli.Run(["calendar", .. arguments]).ShouldFailWith(errors);
    }
}

public class RootCommandTests
{
    [Fact]
    public void CalendarHelp_DescribesItsOptions()
    {
        var run = Cli.Run("calendar", "--help");

        run.Status.Should().Be(0);
        run.Output.Should().Contain("--from").And.Contain("--to").And.Contain("--format");
    }

    [Fact]
    public void UnknownCommand_IsBadInput()
    {
        var run = Cli.Run("frobnicate");

        run.Status.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.ErrorLines.Should().NotBeEmpty();
    }
}
