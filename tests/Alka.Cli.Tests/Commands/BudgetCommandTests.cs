using System.Text.Json.Nodes;
using Alka.Domain.Programs;
using Alka.Domain.Serialization;

namespace Alka.Cli.Tests.Commands;

public sealed class BudgetCommandTests : IDisposable
{
    private const string Lines = """
        line,category,amount_ils
        program staff,staff,900000.00
        facilitators,facilitation,540000.00
        "guest houses, north and south",venues,900000.00
        study tour,study-tour,400000.00
        lecturers,lecturers,500000.00
        reserve,reserve,400000.00

        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("alka-budget-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Csv_TheContractsExample_Prints3600000And105882()
    {
        var run = Cli.Run("budget", "digital-leaders-government", "--participants", "34", "--format", "csv");

        (run.Status, run.Error).Should().Be((0, ""));
        run.Output.Should().Be("program,participants,expected_total_ils,per_participant_ils\ndigital-leaders-government,34,3600000.00,105882.35\n");
    }

    [Theory]
    [InlineData(25, "3000000.00", "120000.00")]
    [InlineData(26, "3066666.67", "117948.72")]
    [InlineData(40, "4000000.00", "100000.00")]
    public void Csv_EveryCountOfTheBand_IsTheLibrarysExpectedCost(int participants, string total, string each) =>
        Cli.Run("budget", "digital-leaders-local", "--participants", $"{participants}", "--format", "csv").OutputLines[1]
            .Should().Be($"digital-leaders-local,{participants},{total},{each}");

    [Fact]
    public void Table_ShowsTheAmountsAndTheBand()
    {
        var run = Cli.Run("budget", "digital-leaders-government", "--participants", "34");

        run.Status.Should().Be(0);
        run.Output.Should().Contain("₪3,600,000.00").And.Contain("₪105,882.35").And.Contain("decided by steering-committee");
    }

    [Fact]
    public void Json_IsTheLibrarysEstimate()
    {
        var run = Cli.Run("budget", "digital-leaders-government", "--participants", "34", "--format", "json");
        var program = BuiltInCatalog.Instance.Find("digital-leaders-government")!;

        run.Output.Should().Be(BudgetJson.Write(program, program.Budget!.ExpectedFor(34).Value) + "\n");
    }

    [Fact]
    public void OutsideTheBand_IsExit2NamingTheBand() =>
        Cli.Run("budget", "digital-leaders-government", "--participants", "41", "--format", "csv").ShouldFailWith(
            "alka: --participants: 41 participants is outside the band of 25–40 participants (3000000 ILS for 25 to 4000000 ILS for 40 per cohort): rule band-range.");

    [Fact]
    public void AProgramWithoutABand_IsExit2() =>
        Cli.Run("budget", "district-managers-forum", "--participants", "30").ShouldFailWith(
            "alka: budget: district-managers-forum has no budget band: its sources give no cost per cohort; only digital-leaders-government, digital-leaders-local do.");

    [Theory]
    [InlineData("no-such-program", "34", "alka: budget: no program 'no-such-program'; see 'alka catalog list'.")]
    [InlineData("digital-leaders-government", "0", "alka: --participants: '0' is not a number of participants (1 or more, digits only).")]
    [InlineData("digital-leaders-government", "3.5", "alka: --participants: '3.5' is not a number of participants (1 or more, digits only).")]
    public void BadInput_IsOneLine(string program, string participants, string line) =>
        Cli.Run("budget", program, "--participants", participants).ShouldFailWith(line);

    // Shares: the largest-remainder allocation of 10,000 basis points, computed independently (exact fractions).
    [Fact]
    public void Lines_Csv_LinesSharesTotalAndTheReserveWarning()
    {
        var run = Cli.Run("budget", "digital-leaders-government", "--participants", "34", "--lines", File(Lines), "--format", "csv");

        run.Status.Should().Be(0);
        run.Output.Should().Be("""
            line,category,amount_ils,share
            program staff,staff,900000.00,0.2473
            facilitators,facilitation,540000.00,0.1483
            "guest houses, north and south",venues,900000.00,0.2472
            study tour,study-tour,400000.00,0.1099
            lecturers,lecturers,500000.00,0.1374
            reserve,reserve,400000.00,0.1099
            total,,3640000.00,1.0000

            """);
        run.ErrorLines.Should().Equal(
            "warning: reserve-share (soft): The reserve line “reserve” is ₪400,000.00, 10.99% of the total ₪3,640,000.00, above 10% (₪364,000.00): rule reserve-share.");
    }

    [Fact]
    public void Lines_OutsideTheTolerance_IsExit2WithTheNumbers() =>
        Cli.Run("budget", "digital-leaders-government", "--participants", "25", "--lines", File(Lines), "--format", "csv").ShouldFailWith(
            "alka: --lines: The lines total ₪3,640,000.00, +₪640,000.00 (+21.33%) from the expected ₪3,000,000.00 for 25 participants; ±10% allows ₪2,700,000.00 to ₪3,300,000.00: rule band-deviation.");

    [Fact]
    public void Lines_ATotalRowTheLinesMiss_IsExit2() =>
        Cli.Run("budget", "digital-leaders-government", "--participants", "34", "--lines", File(Lines + "total,,3640000.01\n")).ShouldFailWith(
            "alka: --lines: row 8: The lines sum to ₪3,640,000.00, not to the stated total ₪3,640,000.01 (-₪0.01): rule lines-sum.");

    [Fact]
    public void Lines_EveryProblemOfTheFile_OneLineEach() =>
        Cli.Run("budget", "digital-leaders-government", "--participants", "34", "--lines", File("line,category,amount_ils\na,food,1.00\nb,staff,1.001\n")).ShouldFailWith(
            "alka: --lines: row 2, category: 'food' is not a category: staff, facilitation, content, venues, lecturers, study-tour, projects, reserve, other.",
            "alka: --lines: row 3, amount_ils: '1.001' has more than two decimals: an amount is exact to the agora.");

    [Fact]
    public void Lines_ARepeatedLine_NamesItsRow() =>
        Cli.Run("budget", "digital-leaders-government", "--participants", "34", "--lines", File("line,category,amount_ils\na,staff,3600000.00\na,other,0.00\n")).ShouldFailWith(
            "alka: --lines: row 3: The line 'a' appears more than once.");

    [Fact]
    public void Lines_AFileThatCannotBeRead_IsExit2()
    {
        var run = Cli.Run("budget", "digital-leaders-government", "--participants", "34", "--lines", Path.Combine(_folder, "missing.csv"));

        run.Status.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith("alka: --lines: cannot read ");
    }

    [Fact]
    public void ApprovedBy_ABodyWithoutTheBudgetPower_IsExit2() =>
        Cli.Run("budget", "digital-leaders-government", "--participants", "34", "--lines", File(Lines), "--approved-by", "management-team").ShouldFailWith(
            "alka: --approved-by: management-team does not hold the budget power of digital-leaders-government, so it cannot approve its budgets; steering-committee holds it: rule approval-authority.");

    [Fact]
    public void ApprovedBy_AnUnknownBody_IsExit2() =>
        Cli.Run("budget", "digital-leaders-government", "--participants", "34", "--lines", File(Lines), "--approved-by", "knesset").ShouldFailWith(
            "alka: --approved-by: digital-leaders-government has no body 'knesset'; its bodies are steering-committee, management-team, program-team.");

    [Fact]
    public void ApprovedBy_WithoutLines_IsExit2() =>
        Cli.Run("budget", "digital-leaders-government", "--participants", "34", "--approved-by", "steering-committee").ShouldFailWith(
            "alka: --approved-by: a budget of lines is approved: give --lines FILE.");

    [Fact]
    public void ApprovedBy_TheSteeringCommittee_IsRecordedInTheJson()
    {
        var run = Cli.Run("budget", "digital-leaders-government", "--participants", "34", "--lines", File(Lines), "--approved-by", "steering-committee", "--format", "json");

        run.Status.Should().Be(0);
        var json = JsonNode.Parse(run.Output)!;
        json["approval"]!["body"]!.GetValue<string>().Should().Be("steering-committee");
        json["totalIls"]!.ToJsonString().Should().Be("3640000.00");
        json["findings"]!.AsArray().Should().ContainSingle();
    }

    private string File(string text)
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.csv");
        System.IO.File.WriteAllText(path, text);
        return path;
    }
}
