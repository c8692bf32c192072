using System.Text.Json.Nodes;
using Alka.Domain.Programs;
using Alka.Domain.Serialization;

namespace Alka.Domain.Tests.Serialization;

/// <summary>
/// Mutates the built-in catalog's JSON at random places (nulls, wrong types, removed or extra members, emptied lists,
/// out-of-range numbers) and checks that reading never throws and never accepts a broken document silently.
/// </summary>
public class CatalogJsonFuzzTests
{
    private static readonly JsonNode Valid = JsonNode.Parse(CatalogJson.Write(BuiltInCatalog.Instance))!;

    private static readonly Func<Random, JsonNode?>[] Replacements =
    [
        _ => null,
        _ => JsonValue.Create(0),
        r => JsonValue.Create(r.Next(int.MinValue, int.MaxValue)),
        _ => JsonValue.Create(1e300),
        _ => JsonValue.Create("x"),
        _ => JsonValue.Create("north"),
        _ => JsonValue.Create(string.Empty),
        _ => new JsonArray(),
        _ => new JsonArray(null, JsonValue.Create(1)),
        _ => new JsonObject(),
        _ => JsonValue.Create(true),
    ];

    [Theory]
    [Trait("Category", "Slow")]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Read_RandomlyMutatedCatalog_ReturnsAResultAndNeverThrows(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 150; i++)
        {
            var document = Valid.DeepClone();
            var mutations = random.Next(1, 4);
            for (var m = 0; m < mutations; m++)
            {
                Mutate(document, random);
            }

            var json = document.ToJsonString();
            var read = FluentActions.Invoking(() => CatalogJson.Read(json)).Should().NotThrow().Subject;
            if (read.IsSuccess)
            {
                // A mutation may keep the catalog valid (e.g. a figure's value); then it must still round-trip.
                CatalogJson.Read(CatalogJson.Write(read.Value)).Value.Should().Be(read.Value);
            }
            else
            {
                read.ValidationErrors.Should().OnlyContain(e => e.Identifier.StartsWith('$') && e.ErrorCode.Length > 0);
            }
        }
    }

    private static void Mutate(JsonNode root, Random random)
    {
        var nodes = new List<JsonNode>();
        Collect(root, nodes);
        var target = nodes[random.Next(nodes.Count)];
        switch (target.Parent)
        {
            case JsonObject parent when random.Next(4) == 0:
                parent.Remove(target.GetPropertyName());
                break;
            case JsonObject parent:
                parent[target.GetPropertyName()] = Replacements[random.Next(Replacements.Length)](random);
                break;
            case JsonArray array when random.Next(4) == 0:
                array.RemoveAt(target.GetElementIndex());
                break;
            case JsonArray array:
                array[target.GetElementIndex()] = Replacements[random.Next(Replacements.Length)](random);
                break;
            default:
                ((JsonObject)root)["unexpected"] = 1;
                break;
        }
    }

    private static void Collect(JsonNode? node, List<JsonNode> nodes)
    {
        if (node is null)
        {
            return;
        }

        nodes.Add(node);
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (var child in children)
        {
            Collect(child, nodes);
        }
    }
}
