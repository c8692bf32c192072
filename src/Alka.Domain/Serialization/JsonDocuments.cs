using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Alka.Domain.Calendar;
using Alka.Domain.Programs;
using Alka.Domain.Scheduling;
using Alka.Domain.Sources;
using Alka.Domain.Validation;
using Ardalis.Result;
using NodaTime;

namespace Alka.Domain.Serialization;

/// <summary>
/// Reading and describing the library's JSON documents (a catalog, a selection policy, candidates): the trust boundary
/// every reader shares, and the JSON Schema generated from the source-generated context.
/// </summary>
internal static class JsonDocuments
{
    /// <summary>Reads and validates a document from JSON text.</summary>
    public static Result<T> Read<T>(string json, Action<T, Problems> validate)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(json);
        return Encoding.UTF8.GetMaxByteCount(json.Length) > AlkaJson.MaxBytes && Encoding.UTF8.GetByteCount(json) > AlkaJson.MaxBytes
            ? TooLarge<T>()
            : Read(Encoding.UTF8.GetBytes(json), validate);
    }

    /// <summary>Reads and validates a document from a stream of UTF-8 JSON, reading at most <see cref="AlkaJson.MaxBytes"/> + 1 bytes.</summary>
    public static Result<T> Read<T>(Stream utf8Json, Action<T, Problems> validate)
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

        return Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), validate);
    }

    /// <summary>
    /// Reads and validates a document from UTF-8 JSON (a leading byte-order mark is allowed): whatever comes in —
    /// malformed, truncated, hostile or breaking the domain's rules — is a result listing the problems, never an exception.
    /// </summary>
    public static Result<T> Read<T>(ReadOnlySpan<byte> utf8Json, Action<T, Problems> validate)
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
            var path = (e as JsonException)?.Path ?? (e.InnerException as JsonException)?.Path ?? "$";
            return Result<T>.Invalid(Error(path, SerializationErrors.Invalid, Message(e)));
        }

        if (document is null)
        {
            return Result<T>.Invalid(Error("$", SerializationErrors.Invalid, "Expected an object, not null."));
        }

        var problems = new Problems();
        validate(document, problems);
        return problems.ToResult(document);
    }

    /// <summary>The JSON Schema (draft 2020-12) of <typeparamref name="T"/>, indented, with <c>\n</c> line ends.</summary>
    public static string Schema<T>(string title, string description)
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

    // Checks the syntax and the depth before any object is built, so that hostile input costs one linear pass.
    private static ValidationError? Scan(ReadOnlySpan<byte> utf8Json)
    {
        const int scanDepth = 1024;
        if (!System.Text.Unicode.Utf8.IsValid(utf8Json))
        {
            return Error("$", SerializationErrors.Malformed, "The document is not valid UTF-8.");
        }

        if (utf8Json.Trim(" \t\r\n"u8).IsEmpty)
        {
            return Error("$", SerializationErrors.Malformed, "The document is empty.");
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
                ? Error("$", SerializationErrors.TooDeep, $"The document nests deeper than {AlkaJson.MaxDepth} levels.")
                : Error("$", SerializationErrors.Malformed, $"Not JSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}: {Message(e)}");
        }

        return deepest >= AlkaJson.MaxDepth
            ? Error("$", SerializationErrors.TooDeep, $"The document nests deeper than {AlkaJson.MaxDepth} levels.")
            : null;
    }

    private static Result<T> TooLarge<T>() =>
        Result<T>.Invalid(Error("$", SerializationErrors.TooLarge, $"The document is larger than {AlkaJson.MaxBytes} bytes."));

    private static ValidationError Error(string path, string code, string message) =>
        new(path, message, code, ValidationSeverity.Error);

    // System.Text.Json appends " Path: … | LineNumber: … | BytePositionInLine: …"; the identifier says where already.
    private static string Message(Exception e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal) is >= 0 and var path
            ? path
            : message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        var trimmed = cut < 0 ? message : message[..cut];
        return trimmed.StartsWith("JSON deserialization for type ", StringComparison.Ordinal) || trimmed.Length == 0
            ? e.InnerException?.Message ?? trimmed
            : trimmed;
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
        else if (value.IsEnum && AlkaJson.Options.GetTypeInfo(value).Converter is IIdConverter converter)
        {
            schema = Ids(converter.Ids);
        }
        else if (value == typeof(Provenance))
        {
            schema = Ids(ProvenanceJsonConverter.Ids);
        }
        else if (value == typeof(MeetingGroup))
        {
            schema = Ids(["all", "national", .. RegionIds.All.Select(r => r.ToId())]);
        }
        else if (value == typeof(CommunityMix))
        {
            schema = new JsonObject { ["type"] = "array", ["items"] = Ids([.. CommunityIds.All.Select(c => c.ToId())]), ["uniqueItems"] = true };
        }
        else if (value == typeof(DayPolicy))
        {
            schema = new JsonObject { ["type"] = "object", ["additionalProperties"] = Ids([.. DayActionIds.All.Select(a => a.ToId())]) };
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

    private static JsonObject Ids(IReadOnlyList<string> ids) =>
        new() { ["type"] = "string", ["enum"] = new JsonArray([.. ids.Select(id => (JsonNode?)id)]) };
}
