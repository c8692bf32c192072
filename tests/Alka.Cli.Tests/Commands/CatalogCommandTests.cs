using Alka.Domain.Programs;
using Alka.Domain.Serialization;

namespace Alka.Cli.Tests.Commands;

public sealed class CatalogCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("alka-catalog-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void List_Csv_HasTheContractHeaderAndOneRowPerProgram()
    {
        var (status, output, error) = Run("catalog", "list", "--format", "csv");

        status.Should().Be(0);
        error.Should().BeEmpty();
        var lines = output.Split('\n');
        lines[0].Should().Be("id,kind,name_en,name_he");
        lines[1].Should().Be("merhav,learning-program,Merhav: shared spaces of influence for government and civil society,\"\"\"מרחב\"\" לקידום מרחבי השפעה משותפים לממשל ולחברה האזרחית\"");
        lines.Should().Contain("district-managers-forum,regional-forum,District Managers Forum,פורום מנהלי מחוזות");
        lines.Should().HaveCount(BuiltInCatalog.Instance.Programs.Count + 2).And.EndWith(string.Empty);
    }

    [Fact]
    public void List_Csv_HasEveryIdTheContractNames()
    {
        var ids = TestData.ParseCsv(Run("catalog", "list", "--format", "csv").Output).Skip(1).Select(r => r[0]);

        ids.Should().Contain(["merhav", "council-heads-forum", "district-managers-forum", "digital-leaders-government", "digital-leaders-local",
            "deputy-directors-general", "negev-circles", "mayors-forum", "synergy", "lay-leadership", "infrastructure-coalition"]);
    }

    [Fact]
    public void List_Table_IsAlignedWithHeaderAndRule()
    {
        var (status, output, _) = Run("catalog", "list");

        status.Should().Be(0);
        var lines = output.Split('\n');
        lines[0].Should().StartWith("id  ").And.Contain("name_he");
        lines[1].Should().MatchRegex("^-+  -+  -+  -+$");
    }

    [Fact]
    public void Show_Json_IsTheLibrarysJsonOfTheProgram()
    {
        var (status, output, _) = Run("catalog", "show", "merhav", "--format", "json");

        status.Should().Be(0);
        output.Should().Be(CatalogJson.Write(BuiltInCatalog.Instance.Find("merhav")!) + "\n");
    }

    [Fact]
    public void Show_Csv_HasOneRowPerField()
    {
        var (status, output, _) = Run("catalog", "show", "district-managers-forum", "--format", "csv");

        status.Should().Be(0);
        output.Should().StartWith("field,value\n$.id,district-managers-forum\n")
            .And.Contain("$.schedule.meetings[0].cadence.kind,every\n")
            .And.Contain("$.schedule.meetings[0].length,half-day\n");
    }

    [Fact]
    public void Show_UnknownId_IsBadInputWithNothingOnStandardOutput()
    {
        var (status, output, error) = Run("catalog", "show", "no-such-program");

        status.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be("alka: catalog show: no program 'no-such-program'; see 'alka catalog list'.\n");
    }

    [Fact]
    public void Export_ThenValidate_RoundTripsToAnEqualCatalog()
    {
        var (status, exported, _) = Run("catalog", "export", "--format", "json");
        var file = Path.Combine(_directory, "catalog.json");
        File.WriteAllText(file, exported);

        var (validStatus, valid, error) = Run("catalog", "validate", file);

        status.Should().Be(0);
        (validStatus, valid, error).Should().Be((0, "valid\n", string.Empty));
        CatalogJson.Read(exported).Value.Should().Be(BuiltInCatalog.Instance);
    }

    [Fact]
    public void Export_Csv_IsBadInput()
    {
        var (status, output, error) = Run("catalog", "export", "--format", "csv");

        status.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().StartWith("alka: ");
    }

    [Fact]
    public void Validate_BrokenFile_PrintsOneLinePerProblemAndExits2()
    {
        var file = Path.Combine(_directory, "broken.json");
        File.WriteAllText(file, CatalogJson.Write(BuiltInCatalog.Instance).Replace("\"decidedBy\": \"steering-committee\"", "\"decidedBy\": \"program-team\"", StringComparison.Ordinal));

        var (status, output, error) = Run("catalog", "validate", file);

        status.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be(
            "$.programs[5].budget.decidedBy: missing-power: 'program-team' does not hold the budget power.\n"
            + "$.programs[6].budget.decidedBy: missing-power: 'program-team' does not hold the budget power.\n");
    }

    [Theory]
    [InlineData("{", "$: json-malformed: ")]
    [InlineData("", "$: json-malformed: The document is empty.")]
    [InlineData("{\"schemaVersion\": 3}", "$: json-invalid: ")]
    public void Validate_NotACatalog_IsBadInputWithAJsonPath(string content, string expectedStart)
    {
        var file = Path.Combine(_directory, "bad.json");
        File.WriteAllText(file, content);

        var (status, output, error) = Run("catalog", "validate", file);

        status.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().StartWith(expectedStart).And.EndWith("\n");
        error.Split('\n').Should().HaveCount(2);
    }

    [Fact]
    public void Validate_MissingFile_IsBadInput()
    {
        var (status, output, error) = Run("catalog", "validate", Path.Combine(_directory, "missing.json"));

        status.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().StartWith("alka: catalog validate: cannot read ");
    }

    private static (int Status, string Output, string Error) Run(params string[] args)
    {
        var run = Cli.Run(args);
        return (run.Status, run.Output, run.Error);
    }
}
