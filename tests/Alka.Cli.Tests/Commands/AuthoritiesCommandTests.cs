using System.Globalization;
using Alka.Domain.Geography;
using Alka.Domain.Serialization;

namespace Alka.Cli.Tests.Commands;

public class AuthoritiesCommandTests
{
    private static readonly IReadOnlyList<CsvRow> Cbs = TestData.ReadCsv("cbs/local-authorities-2021.csv");

    [Fact]
    public void Csv_LocalCouncilsUpTo20000_AreThe105OfTheCbsTable()
    {
        var run = Cli.Run("authorities", "--status", "local-council", "--max-population", "20000", "--format", "csv");

        (run.Status, run.Error).Should().Be((0, ""));
        var records = TestData.ParseCsv(run.Output);
        records[0].Should().Equal("code", "name_en", "name_he", "status", "district", "region", "population", "ses_cluster", "periphery_cluster");
        var expected = Cbs
            .Where(r => r["municipal_status"] == "local_council" && int.Parse(r["population_end_2021"], CultureInfo.InvariantCulture) <= 20_000)
            .OrderBy(r => r["authority_code"], StringComparer.Ordinal)
            .Select(r => new[] { r["authority_code"], r["name_en"], r["name_he"], "local-council", r["population_end_2021"], r["ses_cluster_2019"], r["periphery_cluster_2020"] })
            .ToList();
        expected.Should().HaveCount(105);
        records.Skip(1).Select(f => new[] { f[0], f[1].ToUpperInvariant(), f[2], f[3], f[6], f[7], f[8] })
            .Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Csv_WithoutFilters_IsEveryAuthorityWithItsDistrictAndRegion()
    {
        var records = TestData.ParseCsv(Cli.Run("authorities", "--format", "csv").Output).Skip(1).ToList();

        records.Should().HaveCount(255);
        records.Select(f => f[0]).Should().BeInAscendingOrder(StringComparer.Ordinal);
        records.Single(f => f[0] == "0031").Should().Equal("0031", "Ofaqim", "אופקים", "city", "south", "south", "33999", "3", "3");
        records.Single(f => f[0] == "3570").Should().Equal("3570", "Ari'el", "אריאל", "city", "judea-samaria", "jerusalem", "19647", "6", "5");
        records.Select(f => (f[4], f[5])).Distinct().Should().BeEquivalentTo(
            [("jerusalem", "jerusalem"), ("north", "north"), ("haifa", "haifa"), ("center", "tel-aviv-center"), ("tel-aviv", "tel-aviv-center"), ("south", "south"), ("judea-samaria", "jerusalem")]);
    }

    [Fact]
    public void Csv_MaxPopulation_IncludesItsBound()
    {
        var run = Cli.Run("authorities", "--max-population", "1318", "--format", "csv");

        run.OutputLines.Should().Equal(
            "code,name_en,name_he,status,district,region,population,ses_cluster,periphery_cluster",
            "3608,Ma'ale Efrayim,מעלה אפרים,local-council,judea-samaria,jerusalem,1318,4,3");
    }

    [Fact]
    public void Json_IsTheLibrarysAuthoritiesDocumentOfTheSameAuthorities()
    {
        var run = Cli.Run("authorities", "--status", "regional-council", "--format", "json");

        run.Status.Should().Be(0);
        run.Output.Should().Be(GeographyJson.Write(LocalAuthorities.Filter(MunicipalStatus.RegionalCouncil)) + "\n");
        GeographyJson.ReadAuthorities(run.Output).Value.Authorities.Should().HaveCount(54).And.OnlyContain(a => a.Status == MunicipalStatus.RegionalCouncil);
    }

    [Fact]
    public void Json_WithoutFilters_IsTheDocumentWhoseSchemaIsPublished() =>
        Cli.Run("authorities", "--format", "json").Output.Should().Be(GeographyJson.Write(LocalAuthorities.All) + "\n", "the schema tests validate this document");

    [Fact]
    public void Table_IsAlignedInBothLanguagesAndNamesItsSource()
    {
        var lines = Cli.Run("authorities", "--status", "city").OutputLines;

        lines[0].Should().StartWith("code  name").And.Contain("שם").And.Contain("population 2021");
        lines[1].Should().MatchRegex("^-+(  -+){8}$");
        lines.Should().HaveCount(2 + 79 + 1);
        lines[^1].Should().Be("Source: Central Bureau of Statistics");
    }

    [Fact]
    public void BadArguments_Exit2WithOneLinePerProblemAndNothingOnStandardOutput() =>
        Cli.Run("authorities", "--status", "village", "--max-population", "-1", "--format", "xml").ShouldFailWith(
            "alka: --status: 'village' is not one of city, local-council, regional-council.",
            "alka: --max-population: '-1' is not a number of residents (0 or more, digits only).",
            "alka: --format: 'xml' is not one of table, csv, json.");
}
