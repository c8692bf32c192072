using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Alka.Domain.Budget;
using Alka.Domain.Calendar;
using Alka.Domain.Geography;
using Alka.Domain.Planning;
using Alka.Domain.Programs;
using Alka.Domain.Scheduling;
using Alka.Domain.Selection;
using NodaTime;

namespace Alka.Domain.Serialization;

/// <summary>
/// Writes the JSON Schema (draft 2020-12) of a document from the source-generated metadata, for code generators and
/// strict validators: every object and enum a named <c>$defs</c> entry (<c>Program</c>, <c>Meeting</c>,
/// <c>BilingualText</c>, <c>DayJudgement</c>); <c>required</c> = what the writer always writes (every member that is
/// not nullable, lists included), no <c>null</c> (the writer leaves nulls out); no unknown members; ids with their
/// <c>pattern</c>; the schema version a <c>const</c>; a discriminated type as its discriminator's <c>enum</c> plus one
/// <c>if</c>/<c>then</c> per kind, so that one mistake is one error.
/// </summary>
internal static class JsonSchemaWriter
{
    /// <summary>A kebab-case id (see <c>Ids.IsKebabCase</c>).</summary>
    public const string KebabCase = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$";

    /// <summary>A local authority's CBS code: two or four digits.</summary>
    public const string CbsCode = "^([0-9]{2}|[0-9]{4})$";

    // A day-policy rule or a reason id: a kebab-case id, optionally qualified (observance:yom-hazikaron, eid-al-fitr:possible, quota:community-arab).
    private const string QualifiedId = "^[a-z][a-z0-9]*(-[a-z0-9]+)*(:[a-z][a-z0-9]*(-[a-z0-9]+)*)?$";

    // A host's id: kebab-case, or a council's CBS code (Host.IsHostId).
    private const string HostId = "^([a-z][a-z0-9]*(-[a-z0-9]+)*|[0-9]{2}|[0-9]{4})$";

    // A candidate's id (Candidate.IsWellFormedId).
    private const string CandidateId = "^[A-Za-z0-9._-]{1,64}$";

    // A meeting time as ZonedDateTimeConverter writes it: seconds, no fraction, the offset in hours and minutes.
    private const string OffsetDateTime = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[+-][0-9]{2}:[0-9]{2}$";

    // The names a front end sees where the .NET name says more than the format does.
    private static readonly Dictionary<Type, string> Names = new()
    {
        [typeof(InstituteProgram)] = "Program",
        [typeof(MeetingSeries)] = "Meeting",
        [typeof(DayEntry)] = "DayJudgement",
        [typeof(DayReasonEntry)] = "DayReason",
        [typeof(CommunityDayEntry)] = "CommunityDay",
        [typeof(ObservanceEntry)] = "ObservanceOccurrence",
        [typeof(LocalAuthorityEntry)] = "LocalAuthority",
    };

    /// <summary>The schema of <paramref name="root"/>, indented, with <c>\n</c> line ends and a final one.</summary>
    public static string Write(JsonTypeInfo root, string title, string description, int schemaVersion)
    {
        var definitions = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal);
        var body = (JsonObject)Describe(root.Type, root.Options, definitions, isRoot: true);
        body["properties"]!["schemaVersion"] = new JsonObject { ["const"] = schemaVersion };
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = title,
            ["description"] = description,
        };
        foreach (var (key, value) in body)
        {
            schema[key] = value?.DeepClone();
        }

        schema["$defs"] = new JsonObject(definitions.Select(d => KeyValuePair.Create(d.Key, (JsonNode?)d.Value)));
        return schema.ToJsonString(AlkaJson.Options) + "\n";
    }

    private static JsonNode Describe(Type type, JsonSerializerOptions options, SortedDictionary<string, JsonNode> definitions, bool isRoot = false)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (Scalar(type, options) is { } scalar)
        {
            return scalar;
        }

        var info = options.GetTypeInfo(type);
        if (info.Kind == JsonTypeInfoKind.Enumerable)
        {
            return new JsonObject { ["type"] = "array", ["items"] = Describe(info.ElementType!, options, definitions) };
        }

        if (info.Kind == JsonTypeInfoKind.Dictionary)
        {
            return new JsonObject
            {
                ["type"] = "object",
                ["propertyNames"] = Describe(info.KeyType!, options, definitions),
                ["additionalProperties"] = Describe(info.ElementType!, options, definitions),
            };
        }

        if (info.Kind != JsonTypeInfoKind.Object)
        {
            throw new InvalidOperationException($"No schema for {type}: give its converter a case in {nameof(JsonSchemaWriter)}.");
        }

        if (isRoot)
        {
            return ObjectSchema(info, options, definitions);
        }

        var name = NameOf(type);
        if (!definitions.ContainsKey(name))
        {
            definitions[name] = new JsonObject(); // claims the name first: a type may contain itself
            definitions[name] = info.PolymorphismOptions is { } polymorphism
                ? Discriminated(polymorphism, options, definitions)
                : ObjectSchema(info, options, definitions);
        }

        return Ref(name);
    }

    private static JsonObject ObjectSchema(JsonTypeInfo info, JsonSerializerOptions options, SortedDictionary<string, JsonNode> definitions, (string Name, string Id)? discriminator = null)
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        if (discriminator is { } d)
        {
            properties[d.Name] = new JsonObject { ["const"] = d.Id };
            required.Add((JsonNode)d.Name);
        }

        foreach (var property in info.Properties)
        {
            if (property.Get is null)
            {
                continue; // ignored ([JsonIgnore]): never written
            }

            var known = KnownIds(info.Type, property.Name);
            var schema = known is not null ? Ids(known) : Describe(property.PropertyType, options, definitions);
            if (known is null && IdPattern(info.Type, property.Name) is { } pattern)
            {
                var target = schema["items"] ?? schema;
                target["pattern"] = pattern;
            }

            properties[property.Name] = schema;
            var nullable = Nullable.GetUnderlyingType(property.PropertyType) is not null || property.IsGetNullable;
            if (!nullable)
            {
                required.Add((JsonNode)property.Name);
            }
        }

        return new JsonObject
        {
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = required,
            ["additionalProperties"] = false,
        };
    }

    // One error for one mistake: an unknown kind fails the enum only; a bad member fails its kind's branch only.
    private static JsonObject Discriminated(JsonPolymorphismOptions polymorphism, JsonSerializerOptions options, SortedDictionary<string, JsonNode> definitions)
    {
        var name = polymorphism.TypeDiscriminatorPropertyName;
        var ids = new JsonArray();
        var branches = new JsonArray();
        foreach (var derived in polymorphism.DerivedTypes)
        {
            var id = (string)derived.TypeDiscriminator!;
            var branch = NameOf(derived.DerivedType);
            definitions[branch] = new JsonObject();
            definitions[branch] = ObjectSchema(options.GetTypeInfo(derived.DerivedType), options, definitions, (name, id));
            ids.Add((JsonNode)id);
            branches.Add((JsonNode)new JsonObject
            {
                ["if"] = new JsonObject { ["properties"] = new JsonObject { [name] = new JsonObject { ["const"] = id } }, ["required"] = new JsonArray(name) },
                ["then"] = Ref(branch),
            });
        }

        return new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject { [name] = new JsonObject { ["enum"] = ids } },
            ["required"] = new JsonArray(name),
            ["allOf"] = branches,
        };
    }

    // The values the library's own converters write.
    private static JsonObject? Scalar(Type type, JsonSerializerOptions options)
    {
        if (type == typeof(string))
        {
            return new JsonObject { ["type"] = "string" };
        }

        if (type == typeof(bool))
        {
            return new JsonObject { ["type"] = "boolean" };
        }

        if (type == typeof(int) || type == typeof(long))
        {
            return new JsonObject { ["type"] = "integer" };
        }

        if (type == typeof(decimal) || type == typeof(double))
        {
            return new JsonObject { ["type"] = "number" };
        }

        if (type == typeof(LocalDate))
        {
            return new JsonObject { ["type"] = "string", ["format"] = "date" };
        }

        if (type == typeof(ZonedDateTime))
        {
            return new JsonObject { ["type"] = "string", ["format"] = "date-time", ["pattern"] = OffsetDateTime };
        }

        if (type == typeof(MeetingGroup))
        {
            return Ids(["all", "national", .. Alka.Domain.Ids.All<Region>().Select(r => r.ToId())]);
        }

        if (type == typeof(CommunityMix))
        {
            return new JsonObject { ["type"] = "array", ["items"] = Ids(Alka.Domain.Ids.All<Community>().Select(c => c.ToId())), ["uniqueItems"] = true };
        }

        if (type == typeof(DayPolicy))
        {
            return new JsonObject
            {
                ["type"] = "object",
                ["propertyNames"] = new JsonObject { ["pattern"] = QualifiedId },
                ["additionalProperties"] = Ids(Alka.Domain.Ids.All<DayAction>().Select(a => a.ToId())),
            };
        }

        if (options.GetTypeInfo(type).Converter is IIdConverter converter)
        {
            var ids = Ids(converter.Ids);
            return converter.IsFlags ? new JsonObject { ["type"] = "array", ["items"] = ids, ["uniqueItems"] = true } : ids;
        }

        return null;
    }

    private static JsonObject Ids(IEnumerable<string> ids) =>
        new() { ["enum"] = new JsonArray([.. ids.Select(id => (JsonNode?)id)]) };

    private static JsonObject Ref(string name) => new() { ["$ref"] = "#/$defs/" + name };

    // A type's own name, without the "Json" of a writer's record (PlanChangeJson: PlanChange).
    private static string NameOf(Type type) =>
        Names.TryGetValue(type, out var name) ? name
        : type.Name.EndsWith("Json", StringComparison.Ordinal) ? type.Name[..^"Json".Length]
        : type.Name;

    // Members that hold ids by name: id, …Id, …Ids, and the members named for what they refer to; a host may be a
    // council (its CBS code), a reason qualified (quota:community-arab).
    private static string? IdPattern(Type owner, string member) => member switch
    {
        "code" when owner == typeof(LocalAuthorityEntry) => CbsCode,
        "authority" when owner == typeof(Host) => CbsCode,
        "id" when owner == typeof(Host) => HostId,
        "host" or "hostBefore" or "hostAfter" => HostId,
        "id" when owner == typeof(Candidate) => CandidateId,
        "candidate" when owner == typeof(CandidateDecisionJson) => CandidateId,
        "id" or "rule" when owner == typeof(DayReasonEntry) => QualifiedId,
        "reasons" when owner == typeof(CandidateDecisionJson) => QualifiedId,
        "before" when owner == typeof(Cadence) => KebabCase,
        "id" or "observance" or "program" or "series" or "meeting" or "body" or "decidedBy" => KebabCase,
        _ when member.EndsWith("Id", StringComparison.Ordinal) || member.EndsWith("Ids", StringComparison.Ordinal) => KebabCase,
        _ => null,
    };

    // Members that name a rule of the library, a closed set: the planning rules, the budget rules.
    private static IEnumerable<string>? KnownIds(Type owner, string member) => member switch
    {
        "rule" when owner == typeof(DateRejectionJson) || owner == typeof(WaivedRuleJson) || owner == typeof(PlanChangeJson) => PlanRules.All.Select(r => r.Id),
        "id" when owner == typeof(PlanRuleJson) => PlanRules.All.Select(r => r.Id),
        "rule" when owner == typeof(BudgetFindingJson) => BudgetRules.All,
        _ => null,
    };
}
