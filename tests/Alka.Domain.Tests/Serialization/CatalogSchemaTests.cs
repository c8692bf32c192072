using System.Text;
using System.Text.Json.Nodes;
using Alka.Domain.Serialization;
using Alka.Domain.Tests.Support;

namespace Alka.Domain.Tests.Serialization;

/// <summary>
/// The JSON Schema partner teams read is generated from the source-generated context: this test fails when
/// <c>docs/schema/catalog.schema.json</c> is stale, and rewrites it when <c>ALKA_UPDATE_SCHEMA=1</c>.
/// </summary>
public class CatalogSchemaTests
{
    [Fact]
    public void Schema_IsTheCommittedDocsFile()
    {
        var path = Path.Combine(TestData.RepositoryRoot, "docs", "schema", "catalog.schema.json");
        if (Environment.GetEnvironmentVariable("ALKA_UPDATE_SCHEMA") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, CatalogJson.Schema, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }

        File.Exists(path).Should().BeTrue("the schema is generated into docs/ (run the tests with ALKA_UPDATE_SCHEMA=1)");
        File.ReadAllText(path).Should().Be(CatalogJson.Schema, "docs/schema/catalog.schema.json is stale: run the tests with ALKA_UPDATE_SCHEMA=1");
    }

    [Fact]
    public void Schema_DescribesIdsDatesAndDiscriminators()
    {
        var schema = JsonNode.Parse(CatalogJson.Schema)!;
        var text = CatalogJson.Schema;

        schema["$schema"]!.GetValue<string>().Should().Be("https://json-schema.org/draft/2020-12/schema");
        schema["required"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Contain(["schemaVersion", "institute", "organizations", "programs"]);
        text.Should().Contain("\"tel-aviv-center\"").And.Contain("\"steering-committee\"").And.Contain("\"format\": \"date\"")
            .And.Contain("\"regional-forum\"").And.Contain("\"locality-population\"");
    }
}
