using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Alka.Domain.Calendar;
using Alka.Domain.Geography;
using Alka.Domain.Programs;
using Alka.Domain.Scheduling;
using Alka.Domain.Sources;
using Alka.Domain.Validation;
using Ardalis.Result;
using NodaTime;

namespace Alka.Domain.Serialization;

/// <summary>
/// The catalog's JSON format: writes a <see cref="ProgramCatalog"/> and reads one back, validated. JSON is a trust
/// boundary: whatever comes in — malformed, truncated, hostile (deeply nested, huge) or breaking the domain's rules —
/// is a <see cref="Result"/> listing the problems, never an exception.
/// </summary>
/// <remarks>
/// A document is <c>{"schemaVersion": 3, "institute": …, "organizations": […], "programs": […]}</c>; see
/// <c>docs/json.md</c> and the JSON Schema (<see cref="Schema"/>, also <c>docs/schema/catalog.schema.json</c>). Every
/// error's identifier is a JSON path such as <c>$.programs[2].format.cohorts[0].coordinator</c>. Thread-safe.
/// </remarks>
public static class CatalogJson
{
    private static readonly Lazy<string> SchemaText = new(() => SchemaOf<ProgramCatalog>(
        "Alka.Domain program catalog",
        $"The catalog of the Alka Institute's programs, schema version {ProgramCatalog.CurrentSchemaVersion}."));

    /// <summary>The JSON Schema (draft 2020-12) of the catalog format, indented, with <c>\n</c> line ends.</summary>
    public static string Schema => SchemaText.Value;

    /// <summary>Writes <paramref name="catalog"/> as indented JSON that <see cref="Read(string)"/> reads back to an equal catalog.</summary>
    public static string Write(ProgramCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return JsonSerializer.Serialize(catalog, AlkaJson.TypeInfo<ProgramCatalog>());
    }

    /// <summary>Writes one program as indented JSON (the format of an entry of <c>programs</c>).</summary>
    public static string Write(InstituteProgram program)
    {
        ArgumentNullException.ThrowIfNull(program);
        return JsonSerializer.Serialize(program, AlkaJson.TypeInfo<InstituteProgram>());
    }

    /// <summary>Reads and validates a catalog from JSON text.</summary>
    /// <returns>The catalog, or every problem found (see <see cref="SerializationErrors"/> and the domain's error codes).</returns>
    public static Result<ProgramCatalog> Read(string json) => ReadDocument<ProgramCatalog>(json, Validate);

    /// <summary>Reads and validates a catalog from a stream of UTF-8 JSON, reading at most <see cref="AlkaJson.MaxBytes"/> + 1 bytes.</summary>
    /// <returns>The catalog, or every problem found.</returns>
    public static Result<ProgramCatalog> Read(Stream utf8Json) => ReadDocument<ProgramCatalog>(utf8Json, Validate);

    /// <summary>Reads and validates a catalog from UTF-8 JSON (a leading byte-order mark is allowed).</summary>
    /// <returns>The catalog, or every problem found.</returns>
    public static Result<ProgramCatalog> Read(ReadOnlySpan<byte> utf8Json) => ReadDocument<ProgramCatalog>(utf8Json, Validate);

    private static void Validate(ProgramCatalog catalog, Problems problems) => catalog.Validate(problems, "$");

    /// <summary>Reads and validates one of the library's documents from JSON text (see <see cref="ReadDocument{T}(ReadOnlySpan{byte}, Action{T, Problems})"/>).</summary>
    internal static Result<T> ReadDocument<T>(string json, Action<T, Problems> validate)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(json);
        return Encoding.UTF8.GetMaxByteCount(json.Length) > AlkaJson.MaxBytes && Encoding.UTF8.GetByteCount(json) > AlkaJson.MaxBytes
            ? TooLarge<T>()
            : ReadDocument(Encoding.UTF8.GetBytes(json), validate);
    }

    /// <summary>Reads and validates one of the library's documents from a stream, reading at most <see cref="AlkaJson.MaxBytes"/> + 1 bytes.</summary>
    internal static Result<T> ReadDocument<T>(Stream utf8Json, Action<T, Problems> validate)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = utf8Json.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > AlkaJson.MaxBytes)
            {
                return TooLarge<T>();
            }
        }

        return ReadDocument(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), validate);
    }

    /// <summary>
    /// Reads and validates one of the library's documents from UTF-8 JSON (a leading byte-order mark is allowed): the
    /// trust boundary every reader shares (size, syntax and depth first, then shape, then the domain's rules).
    /// </summary>
    internal static Result<T> ReadDocument<T>(ReadOnlySpan<byte> utf8Json, Action<T, Problems> validate)
        where T : class
    {
        if (utf8Json.Length > AlkaJson.MaxBytes)
        {
            return TooLarge<T>();
        }

        if (utf8Json.StartsWith(Encoding.UTF8.Preamble))
        {
            utf8Json = utf8Json[Encoding.UTF8.Preamble.Length..];
        }

        if (Scan(utf8Json) is { } syntax)
        {
            return Result<T>.Invalid(syntax);
        }

        T? document;
        try
        {
            document = JsonSerializer.Deserialize(utf8Json, AlkaJson.TypeInfo<T>());
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            var (path, message) = JsonWords.Describe(e, AlkaJson.TypeInfo<T>(), utf8Json);
            return Problems.Invalid<T>(path, SerializationErrors.Invalid, message);
        }

        if (document is null)
        {
            return Problems.Invalid<T>("$", SerializationErrors.Invalid, "Expected an object; found null.");
        }

        var problems = new Problems();
        validate(document, problems);
        return problems.ToResult(document);
    }

    // Checks the syntax and the depth before any object is built, so that hostile input costs one linear pass.
    private static ValidationError? Scan(ReadOnlySpan<byte> utf8Json)
    {
        const int scanDepth = 1024;
        if (!System.Text.Unicode.Utf8.IsValid(utf8Json))
        {
            return Problems.Error("$", SerializationErrors.Malformed, "The document is not valid UTF-8.");
        }

        if (utf8Json.Trim(" \t\r\n"u8).IsEmpty)
        {
            return Problems.Error("$", SerializationErrors.Malformed, "The document is empty.");
        }

        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = scanDepth });
        var deepest = 0;
        try
        {
            while (reader.Read())
            {
                deepest = Math.Max(deepest, reader.CurrentDepth);
            }
        }
        catch (JsonException e)
        {
            return reader.CurrentDepth >= scanDepth - 1
                ? Problems.Error("$", SerializationErrors.TooDeep, $"The document nests deeper than {AlkaJson.MaxDepth} levels.")
                : Problems.Error("$", SerializationErrors.Malformed, $"Not JSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}: {JsonWords.WithoutPosition(e)}");
        }

        return deepest >= AlkaJson.MaxDepth
            ? Problems.Error("$", SerializationErrors.TooDeep, $"The document nests deeper than {AlkaJson.MaxDepth} levels.")
            : null;
    }

    private static Result<T> TooLarge<T>() =>
        Problems.Invalid<T>("$", SerializationErrors.TooLarge, $"The document is larger than {AlkaJson.MaxBytes} bytes.");

    /// <summary>The JSON Schema (draft 2020-12) of one of the library's documents, indented, with <c>\n</c> line ends.</summary>
    internal static string SchemaOf<T>(string title, string description)
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
                        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
                        {
                            if (MemberSchema(type.GetGenericArguments()[0]) is { } items)
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

                if (context.Path.IsEmpty && result is JsonObject root)
                {
                    root.Insert(0, "$schema", "https://json-schema.org/draft/2020-12/schema");
                    root.Insert(1, "title", title);
                    root.Insert(2, "description", description);
                }

                return result;
            },
        };
        var schema = AlkaJson.TypeInfo<T>().GetJsonSchemaAsNode(exporter);
        return schema.ToJsonString(AlkaJson.Options) + "\n";
    }

    // A date is an ISO string; an enum is one of its stable ids; either may be null when the member is nullable.
    private static JsonObject? MemberSchema(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        var value = underlying ?? type;
        JsonObject schema;
        if (value == typeof(LocalDate))
        {
            schema = new JsonObject { ["type"] = "string", ["format"] = "date" };
        }
        else if ((value.IsEnum || value == typeof(Provenance)) && AlkaJson.Options.GetTypeInfo(value).Converter is IIdConverter converter)
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
