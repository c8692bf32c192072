using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Alka.Domain.Geography;
using Alka.Domain.Programs;
using Alka.Domain.Serialization;
using Alka.Domain.Validation;

namespace Alka.Domain.Tests.Serialization;

public class GeographyJsonTests
{
    private static readonly LocalAuthority Ofaqim = LocalAuthorities.Find("0031")!;

    [Fact]
    public void Write_OfaqimAndNahalSoreq_IsTheDocumentedShapeWithTheYearOfEachFigure()
    {
        var json = JsonNode.Parse(GeographyJson.Write([Ofaqim, LocalAuthorities.Find("31")!]))!.AsObject();

        json.Select(p => p.Key).Should().Equal("schemaVersion", "authorities");
        json["schemaVersion"]!.GetValue<int>().Should().Be(1);
        var authorities = json["authorities"]!.AsArray();
        authorities.Should().HaveCount(2);
        var ofaqim = authorities[0]!.AsObject();
        ofaqim.Select(p => p.Key).Should().Equal("code", "name", "status", "district", "region", "population", "socioEconomicCluster", "peripheryCluster", "sector");
        (ofaqim["code"]!.GetValue<string>(), ofaqim["name"]!["english"]!.GetValue<string>(), ofaqim["name"]!["hebrew"]!.GetValue<string>()).Should().Be(("0031", "Ofaqim", "אופקים"));
        (ofaqim["status"]!.GetValue<string>(), ofaqim["district"]!.GetValue<string>(), ofaqim["region"]!.GetValue<string>(), ofaqim["sector"]!.GetValue<string>()).Should().Be(("city", "south", "south", "jewish"));
        (ofaqim["population"]!["value"]!.GetValue<int>(), ofaqim["population"]!["year"]!.GetValue<int>()).Should().Be((33999, 2021));
        (ofaqim["socioEconomicCluster"]!["value"]!.GetValue<int>(), ofaqim["socioEconomicCluster"]!["year"]!.GetValue<int>()).Should().Be((3, 2019));
        (ofaqim["peripheryCluster"]!["value"]!.GetValue<int>(), ofaqim["peripheryCluster"]!["year"]!.GetValue<int>()).Should().Be((3, 2020));
        (authorities[1]!["code"]!.GetValue<string>(), authorities[1]!["status"]!.GetValue<string>(), authorities[1]!["region"]!.GetValue<string>()).Should().Be(("31", "regional-council", "tel-aviv-center"));
    }

    [Fact]
    public void Write_Nothing_IsAnEmptyDocument() =>
        GeographyJson.Write([]).Should().Be("{\n  \"schemaVersion\": 1,\n  \"authorities\": []\n}");

    [Fact]
    public void Write_AnAuthorityTwiceOrNull_Throws()
    {
        FluentActions.Invoking(() => GeographyJson.Write([Ofaqim, Ofaqim])).Should().Throw<ArgumentException>().WithParameterName("authorities");
        FluentActions.Invoking(() => GeographyJson.Write(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => GeographyJson.Write([null!])).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Serialize_LocalAuthority_WithAlkaOptionsOrTheWebDefaults_IsItsEntry()
    {
        var entry = JsonSerializer.Serialize(LocalAuthorityEntry.From(Ofaqim), AlkaJson.Options);

        JsonSerializer.Serialize(Ofaqim, AlkaJson.Options).Should().Be(entry);
        JsonNode.DeepEquals(JsonNode.Parse(JsonSerializer.Serialize(Ofaqim, JsonSerializerOptions.Web)), JsonNode.Parse(entry)).Should().BeTrue("the authority names its converter");
        FluentActions.Invoking(() => JsonSerializer.Deserialize<LocalAuthority>("{}", AlkaJson.Options)).Should().Throw<NotSupportedException>();
    }

    [Fact]
    public void ReadAuthorities_TheWholeTable_ReadsBackEntryForEntry()
    {
        var json = GeographyJson.Write(LocalAuthorities.All);

        var read = GeographyJson.ReadAuthorities(json);

        read.IsSuccess.Should().BeTrue(string.Join("; ", read.ValidationErrors.Select(e => $"{e.Identifier}: {e.ErrorMessage}")));
        read.Value.Authorities.Select(a => (a.Code, a.Name, a.Status, a.District, a.Region, a.Population, a.SocioEconomicCluster, a.PeripheryCluster, a.Sector))
            .Should().Equal(LocalAuthorities.All.Select(a => (a.Code, a.Name, a.Status, a.District, a.Region, a.Population, a.SocioEconomicCluster, a.PeripheryCluster, a.Sector)));
        JsonSerializer.Serialize(read.Value, AlkaJson.Options).Should().Be(json);
        GeographyJson.ReadAuthorities(new MemoryStream(Encoding.UTF8.GetBytes(json))).Value.Authorities.Should().HaveCount(255);
    }

    // What the document says of an authority must hold; the identifier points at the member that does not.
    public static TheoryData<string, string, string, string> Broken => new()
    {
        // member of Ofaqim's entry, new value (JSON), identifier, code
        { "code", "\"031\"", "$.authorities[0].code", GeographyErrors.InvalidAuthority },
        { "code", "\"0032\"", "$.authorities[0].code", GeographyErrors.UnknownAuthority },
        { "status", "\"regional-council\"", "$.authorities[0].status", SerializationErrors.Mismatch },
        { "region", "\"north\"", "$.authorities[0].region", SerializationErrors.Mismatch },
        { "name.hebrew", "\" \"", "$.authorities[0].name.hebrew", CommonErrors.Required },
        { "population.value", "-1", "$.authorities[0].population.value", CommonErrors.OutOfRange },
        { "socioEconomicCluster.value", "11", "$.authorities[0].socioEconomicCluster.value", CommonErrors.OutOfRange },
        { "peripheryCluster.value", "0", "$.authorities[0].peripheryCluster.value", CommonErrors.OutOfRange },
        { "sector", "\"druze\"", "$.authorities[0].sector", SerializationErrors.Invalid },
        { "population.year", "\"2021\"", "$.authorities[0].population.year", SerializationErrors.Invalid },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void ReadAuthorities_BrokenEntry_IsInvalidAtThePath(string member, string value, string identifier, string code)
    {
        var document = JsonNode.Parse(GeographyJson.Write([Ofaqim]))!;
        var path = member.Split('.');
        var owner = path[..^1].Aggregate(document["authorities"]![0]!, (node, name) => node[name]!);
        owner[path[^1]] = JsonNode.Parse(value);

        var read = GeographyJson.ReadAuthorities(document.ToJsonString());

        read.ValidationErrors.Select(e => (e.Identifier, e.ErrorCode)).Should().Equal([(identifier, code)]);
    }

    [Fact]
    public void ReadAuthorities_SeveralProblems_ListsEveryOne()
    {
        var json = GeographyJson.Write([Ofaqim, LocalAuthorities.Find("31")!])
            .Replace("\"schemaVersion\": 1", "\"schemaVersion\": 2", StringComparison.Ordinal)
            .Replace("\"code\": \"31\"", "\"code\": \"0031\"", StringComparison.Ordinal)
            .Replace("\"region\": \"south\"", "\"region\": \"haifa\"", StringComparison.Ordinal);

        var read = GeographyJson.ReadAuthorities(json);

        read.ValidationErrors.Select(e => (e.Identifier, e.ErrorCode)).Should().BeEquivalentTo([
            ("$.schemaVersion", ProgramErrors.UnsupportedSchemaVersion),
            ("$.authorities[0].region", SerializationErrors.Mismatch),
            ("$.authorities[1].status", SerializationErrors.Mismatch),
            ("$.authorities[1].code", CommonErrors.DuplicateId),
        ]);
    }

    [Fact]
    public void ReadAuthorities_ShapeProblem_SaysWhatTheFormatExpects()
    {
        var read = GeographyJson.ReadAuthorities("{\"schemaVersion\": 1, \"authorities\": {}}");

        read.ValidationErrors.Select(e => (e.Identifier, e.ErrorMessage)).Should().Equal([("$.authorities", "Expected an array of objects; found an object.")]);
    }

    [Fact]
    public void Schema_NamesTheAuthorityAndItsFiguresAndPatternsTheCode()
    {
        var definitions = JsonNode.Parse(GeographyJson.Schema)!["$defs"]!.AsObject();

        definitions.Select(d => d.Key).Should().BeEquivalentTo(["BilingualText", "LocalAuthority", "Statistic"]);
        definitions["LocalAuthority"]!["required"]!.AsArray().Select(n => n!.GetValue<string>())
            .Should().Equal("code", "name", "status", "district", "region", "population", "socioEconomicCluster", "peripheryCluster", "sector");
        definitions["LocalAuthority"]!["properties"]!["code"]!["pattern"]!.GetValue<string>().Should().Be(JsonSchemaWriter.CbsCode);
        definitions["Statistic"]!["required"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal("value", "year");
    }
}
