using System.Text;
using System.Text.Json.Nodes;
using Alka.Domain.Serialization;

namespace Alka.Domain.Tests.Serialization;

/// <summary>
/// The JSON Schemas of the selection documents, generated from the source-generated context: this test fails when
/// <c>docs/schema/selection-policy.schema.json</c> or <c>docs/schema/candidates.schema.json</c> is stale, and rewrites
/// them when <c>ALKA_UPDATE_SCHEMA=1</c>.
/// </summary>
public class SelectionSchemaTests
{
    public static TheoryData<string> Files => ["selection-policy.schema.json", "candidates.schema.json"];

    [Theory]
    [MemberData(nameof(Files))]
    public void Schema_IsTheCommittedDocsFile(string file)
    {
        var schema = file == "candidates.schema.json" ? SelectionJson.CandidatesSchema : SelectionJson.PolicySchema;
        var path = Path.Combine(TestData.RepositoryRoot, "docs", "schema", file);
        if (Environment.GetEnvironmentVariable("ALKA_UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(path, schema, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }

        File.ReadAllText(path).Should().Be(schema, $"docs/schema/{file} is stale: run the tests with ALKA_UPDATE_SCHEMA=1");
    }

    [Fact]
    public void PolicySchema_DescribesIdsBoundsAndDiscriminators()
    {
        var schema = JsonNode.Parse(SelectionJson.PolicySchema)!;
        var text = SelectionJson.PolicySchema;

        schema["$schema"]!.GetValue<string>().Should().Be("https://json-schema.org/draft/2020-12/schema");
        schema["required"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal("schemaVersion", "policy");
        text.Should().Contain("\"dg-nomination\"").And.Contain("\"socioeconomic-standing\"").And.Contain("\"default\"")
            .And.Contain("\"share\"").And.Contain("\"eachValue\"");
        SelectionJson.CandidatesSchema.Should().Contain("\"nominatedByDirectorGeneral\"").And.Contain("\"christian-orthodox\"").And.Contain("\"periphery\"");
    }
}
