using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Alka.Domain.Calendar;
using Alka.Domain.Geography;
using Alka.Domain.Programs;
using Alka.Domain.Scheduling;
using Alka.Domain.Serialization;
using Alka.Domain.Tests.Support;
using Json.Schema;
using NodaTime;

namespace Alka.Domain.Tests.Serialization;

/// <summary>
/// Every published document (<c>JsonDocuments.All</c>) has its schema in <c>docs/schema/</c>, generated from the
/// source-generated context: these tests fail when a file is stale (and rewrite it when <c>ALKA_UPDATE_SCHEMA=1</c>),
/// compile each schema strictly with JsonSchema.Net (no unknown keyword, every <c>$ref</c> resolved), and validate a
/// full document the library writes against it.
/// </summary>
public class JsonSchemaWriterTests
{
    private static readonly ForumCalendar AllCommunities = ForumCalendar.Create(new ForumCalendarOptions { Communities = CommunityMix.All }).Value!;

    // A full document of each kind, as the library writes it: one line per document.
    private static readonly Dictionary<string, Func<string>> Samples = new()
    {
        ["catalog"] = () => CatalogJson.Write(BuiltInCatalog.Instance),
        ["observances"] = () => CalendarJson.Write(IsraeliCalendar.Default.GetObservances(new LocalDate(2026, 1, 1), new LocalDate(2027, 12, 31)).Value),
        ["days"] = () => CalendarJson.Write(AllCommunities.Judge(new LocalDate(2026, 9, 1), new LocalDate(2027, 9, 30)).Value!),
        ["authorities"] = () => GeographyJson.Write(LocalAuthorities.All),
    };

    private static readonly BuildOptions Strict = new() { Dialect = Dialect.Draft202012.With([], allowUnknownKeywords: false) };

    public static TheoryData<string> Documents => [.. JsonDocuments.All.Select(d => d.Name)];

    private static IJsonDocumentFormat Format(string name) => JsonDocuments.All.Single(d => d.Name == name);

    [Fact]
    public void All_EachDocumentHasASample() =>
        Samples.Keys.Should().BeEquivalentTo(JsonDocuments.All.Select(d => d.Name), "every published document is validated against its schema here");

    [Theory]
    [MemberData(nameof(Documents))]
    public void Schema_IsTheCommittedDocsFile(string name)
    {
        var schema = Format(name).Schema;
        var path = Path.Combine(TestData.RepositoryRoot, "docs", "schema", $"{name}.schema.json");
        if (Environment.GetEnvironmentVariable("ALKA_UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(path, schema, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }

        File.Exists(path).Should().BeTrue($"the schema is generated into docs/schema/ (run the tests with ALKA_UPDATE_SCHEMA=1)");
        File.ReadAllText(path).Should().Be(schema, $"docs/schema/{name}.schema.json is stale: run the tests with ALKA_UPDATE_SCHEMA=1");
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Schema_IsAValidDraft202012SchemaWithoutUnknownKeywords(string name)
    {
        using var schema = JsonDocument.Parse(Format(name).Schema);

        MetaSchemas.Draft202012.Evaluate(schema.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List }).IsValid.Should().BeTrue();
        var compiled = JsonSchema.FromText(Format(name).Schema, Strict);
        compiled.Should().NotBeNull();
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Sample_ValidatesAgainstItsSchemaAndReadsBack(string name)
    {
        var json = Samples[name]();

        Errors(name, json).Should().BeEmpty();
        Format(name).Check(json).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Schema_NamesEveryObjectAndConstrainsTheVersion(string name)
    {
        var schema = JsonNode.Parse(Format(name).Schema)!;

        schema["$schema"]!.GetValue<string>().Should().Be("https://json-schema.org/draft/2020-12/schema");
        schema["properties"]!["schemaVersion"]!["const"]!.GetValue<int>().Should().BeGreaterThan(0);
        schema["required"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Contain("schemaVersion");
        Format(name).Schema.Should().NotContain("\"null\"", "the writer leaves nulls out")
            .And.NotContain("anyOf", "one mistake is one error")
            .And.NotContain("\"#/properties", "every shared part is a named $defs entry");
        schema["$defs"]!.AsObject().Should().NotBeEmpty();
    }

    [Fact]
    public void Schema_Catalog_HasTheNamedDefinitionsAFrontEndNeeds()
    {
        var definitions = JsonNode.Parse(CatalogJson.Schema)!["$defs"]!.AsObject();

        definitions.Select(d => d.Key).Should().Contain(["Program", "Meeting", "BilingualText", "LearningProgramFormat"]);
        definitions["Program"]!["required"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Contain(["id", "name", "sources", "format"]);
        definitions["Program"]!["properties"]!["id"]!["pattern"]!.GetValue<string>().Should().Be(JsonSchemaWriter.KebabCase);
    }

    [Fact]
    public void Schema_Days_HasTheNamedDefinitionsAFrontEndNeeds()
    {
        var definitions = JsonNode.Parse(CalendarJson.DaysSchema)!["$defs"]!.AsObject();

        definitions.Select(d => d.Key).Should().BeEquivalentTo(["BilingualText", "CommunityDay", "DayJudgement", "DayReason"]);
        definitions["DayReason"]!["required"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal("id", "kind", "rule", "action", "name");
    }

    // One mistake, one error: the discriminator's enum, or the one branch it selects; never every branch.
    public static TheoryData<string, string, string> Mistakes => new()
    {
        // document, from, to
        { "catalog", "\"kind\": \"regional-forum\"", "\"kind\": \"regional-party\"" },
        { "catalog", "\"kind\": \"regional-forum\",", "" },
        { "catalog", "\"tel-aviv-center\"", "\"tel-aviv\"" },
        { "catalog", "\"id\": \"merhav\"", "\"id\": \"Merhav\"" },
        { "days", "\"verdict\": \"blocked\"", "\"verdict\": \"closed\"" },
        { "days", "\"weekday\": \"friday\"", "\"weekday\": 5" },
        { "observances", "\"schemaVersion\": 1", "\"schemaVersion\": 2" },
        { "authorities", "\"code\": \"0026\"", "\"code\": \"026\"" },
        { "authorities", "\"status\": \"local-council\"", "\"status\": \"village\"" },
        { "authorities", "\"year\": 2021", "\"year\": \"2021\"" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Schema_OneMistake_IsOneError(string name, string from, string to)
    {
        var json = Samples[name]();
        var index = json.IndexOf(from, StringComparison.Ordinal);
        index.Should().BeGreaterThanOrEqualTo(0);

        Errors(name, json[..index] + to + json[(index + from.Length)..]).Should().ContainSingle();
    }

    // The errors a validator shows: a failing "if" only selects a branch.
    private static List<string> Errors(string name, string json)
    {
        var schema = JsonSchema.FromText(Format(name).Schema, Strict);
        using var document = JsonDocument.Parse(json);
        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        return results.IsValid
            ? []
            : [.. (results.Details ?? [results]).Where(d => d.Errors is { Count: > 0 } && !d.EvaluationPath.ToString().Contains("/if", StringComparison.Ordinal)).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))];
    }
}
