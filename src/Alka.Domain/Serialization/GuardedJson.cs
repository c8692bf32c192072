using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Serialization;

/// <summary>
/// Reads a document of the library's JSON formats as a trust boundary: at most <see cref="AlkaJson.MaxBytes"/>, valid
/// UTF-8, well-formed, at most <see cref="AlkaJson.MaxDepth"/> deep (checked in one linear pass before any object is
/// built), then deserialized strictly — every failure a <see cref="Result"/> whose identifier is a JSON path, never an
/// exception. The caller validates the domain rules of what it reads.
/// </summary>
internal static class GuardedJson
{
    public static Result<T> Read<T>(string json, JsonTypeInfo<T> type)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Encoding.UTF8.GetMaxByteCount(json.Length) > AlkaJson.MaxBytes && Encoding.UTF8.GetByteCount(json) > AlkaJson.MaxBytes
            ? TooLarge<T>()
            : Read(Encoding.UTF8.GetBytes(json), type);
    }

    public static Result<T> Read<T>(Stream utf8Json, JsonTypeInfo<T> type)
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

        return Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), type);
    }

    public static Result<T> Read<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> type)
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

        T? value;
        try
        {
            value = JsonSerializer.Deserialize(utf8Json, type);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            var (path, message) = JsonWords.Describe(e, type, utf8Json);
            return Problems.Invalid<T>(path, SerializationErrors.Invalid, message);
        }

        return value is null
            ? Problems.Invalid<T>("$", SerializationErrors.Invalid, "Expected an object; found null.")
            : value;
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
        Result<T>.Invalid(Problems.Error("$", SerializationErrors.TooLarge, $"The document is larger than {AlkaJson.MaxBytes} bytes."));
}
