using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using Alka.Domain.Calendar;
using Alka.Domain.Geography;
using Alka.Domain.Scheduling;
using NodaTime;

namespace Alka.Domain.Serialization;

/// <summary>
/// Exports the JSON Schema (draft 2020-12) of a format of the source-generated context, describing what the exporter
/// leaves open: dates (<c>format: date</c>), times with offset (<c>format: date-time</c>), enums as their stable ids,
/// meeting groups, community mixes and day policies.
/// </summary>
internal static class JsonSchemas
{
    public static string Export(JsonTypeInfo root, string title, string description)
    {
        var exporter = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) =>
            {
                var result = MemberSchema(context.TypeInfo.Type) ?? node;
                if (result is JsonObject { } parent && parent["properties"] is JsonObject properties)
                {
                    // The exporter leaves members with a custom converter (dates, ids), and lists of them, undescribed.
                    foreach (var property in context.TypeInfo.Properties)
                    {
                        if (properties[property.Name] is not JsonObject member)
                        {
                            continue;
                        }

                        var type = property.PropertyType;
                        var item = type.IsArray ? type.GetElementType()
                            : type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0]
                            : null;
                        if (item is not null)
                        {
                            if (MemberSchema(item) is { } items)
                            {
                                member["items"] = items;
                            }
                        }
                        else if (MemberSchema(type) is { } described)
                        {
                            foreach (var (key, value) in described)
                            {
                                member[key] = value?.DeepClone();
                            }
                        }
                    }
                }

                if (context.Path.IsEmpty && result is JsonObject rootNode)
                {
                    rootNode.Insert(0, "$schema", "https://json-schema.org/draft/2020-12/schema");
                    rootNode.Insert(1, "title", title);
                    rootNode.Insert(2, "description", description);
                }

                return result;
            },
        };
        return root.GetJsonSchemaAsNode(exporter).ToJsonString(AlkaJson.Options) + "\n";
    }

    // A date is an ISO string, a time an ISO date-time with offset; an enum is one of its stable ids; either may be null
    // when the member is nullable.
    private static JsonObject? MemberSchema(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        var value = underlying ?? type;
        JsonObject schema;
        if (value == typeof(LocalDate))
        {
            schema = new JsonObject { ["type"] = "string", ["format"] = "date" };
        }
        else if (value == typeof(ZonedDateTime))
        {
            schema = new JsonObject { ["type"] = "string", ["format"] = "date-time" };
        }
        else if (value.IsEnum && AlkaJson.Options.GetTypeInfo(value).Converter is IIdConverter converter)
        {
            schema = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. converter.Ids.Select(id => (JsonNode?)id)]) };
        }
        else if (value == typeof(MeetingGroup))
        {
            string[] groups = ["all", "national", .. Ids.All<Region>().Select(r => r.ToId())];
            schema = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. groups.Select(id => (JsonNode?)id)]) };
        }
        else if (value == typeof(CommunityMix))
        {
            var ids = new JsonArray([.. Ids.All<Community>().Select(c => (JsonNode?)c.ToId())]);
            schema = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string", ["enum"] = ids }, ["uniqueItems"] = true };
        }
        else if (value == typeof(DayPolicy))
        {
            var actions = new JsonArray([.. Ids.All<DayAction>().Select(a => (JsonNode?)a.ToId())]);
            schema = new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["type"] = "string", ["enum"] = actions } };
        }
        else
        {
            return null;
        }

        if (underlying is not null)
        {
            schema["type"] = new JsonArray(schema["type"]!.GetValue<string>(), "null");
            (schema["enum"] as JsonArray)?.Add(null);
        }

        return schema;
    }
}
