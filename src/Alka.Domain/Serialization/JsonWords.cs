using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Alka.Domain.Serialization;

/// <summary>
/// Says a reading problem in the format's own words — objects, arrays, members, ids, ISO dates — where
/// System.Text.Json's messages name .NET types (<c>could not be converted to Alka.Domain.Programs.Institute</c>):
/// what the format expects at the problem's JSON path is looked up in the source-generated metadata, what the
/// document holds there in the document.
/// </summary>
internal static class JsonWords
{
    /// <summary>A token in words, e.g. <c>a number</c>.</summary>
    public static string Token(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String or JsonTokenType.PropertyName => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        _ => "nothing",
    };

    /// <summary>
    /// The path and message of a problem found while reading <paramref name="document"/> (well-formed JSON) as
    /// <paramref name="root"/>: what the format expects there and what the document holds instead, e.g.
    /// <c>Expected an object; found a number.</c>; a date's own message, which says why its text does not read.
    /// </summary>
    public static (string Path, string Message) Describe(Exception exception, JsonTypeInfo root, ReadOnlySpan<byte> document)
    {
        var message = WithoutPosition(exception);
        var path = (exception as JsonException)?.Path ?? PathIn(exception.Message) ?? "$";
        using var parsed = JsonDocument.Parse(document.ToArray());
        var at = Walk(path, root, parsed.RootElement);

        // A pattern converter's message says what it expected and why the text does not read: keep it.
        if (at is { Info.Converter: IPatternConverter } && !NamesDotNet(message))
        {
            return (path, message);
        }

        return (path, Rewrite(message, path, root, parsed.RootElement, at) ?? (NamesDotNet(message) ? "The value does not fit the format here." : message));
    }

    private static string? Rewrite(string message, string path, JsonTypeInfo root, JsonElement document, Place? at)
    {
        if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            var parent = Walk(path[..LastSegmentStart(path)], root, document);
            return parent is { Info.Kind: JsonTypeInfoKind.Object } p
                ? $"Unknown member; expected one of: {string.Join(", ", p.Info.Properties.Select(m => m.Name))}."
                : "Unknown member.";
        }

        if (message.StartsWith("Duplicate property", StringComparison.Ordinal))
        {
            return "The member appears more than once.";
        }

        if (at is not { } place)
        {
            return null;
        }

        if (message.Contains("missing required properties", StringComparison.Ordinal) && place.Info.Kind == JsonTypeInfoKind.Object)
        {
            var missing = place.Info.Properties
                .Where(m => m.IsRequired && !(place.Element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(m.Name, out _)))
                .Select(m => m.Name)
                .ToList();
            return missing.Count == 0 ? null : $"Missing required member{(missing.Count == 1 ? "" : "s")}: {string.Join(", ", missing)}.";
        }

        if (place.Info.PolymorphismOptions is { } polymorphism &&
            (message.Contains("type discriminator", StringComparison.Ordinal) || message.Contains("polymorphic", StringComparison.Ordinal)))
        {
            var name = polymorphism.TypeDiscriminatorPropertyName;
            var ids = string.Join(", ", polymorphism.DerivedTypes.Select(d => d.TypeDiscriminator));
            return place.Element is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(name, out _)
                ? $"Unknown {name}; expected one of: {ids}."
                : place.Element is { ValueKind: JsonValueKind.Object }
                    ? $"Missing required member: {name} (one of: {ids})."
                    : $"Expected an object; found {Kind(place.Element)}.";
        }

        var (expected, kind) = Expected(place.Info);
        return place.Element is { } element && !SameKind(kind, element.ValueKind)
            ? $"Expected {expected}; found {Kind(element)}."
            : $"Expected {expected}.";
    }

    // What the format holds at a path: the metadata, and the document's value when the document has one there.
    private readonly record struct Place(JsonTypeInfo Info, JsonElement? Element);

    private static Place? Walk(string path, JsonTypeInfo root, JsonElement document)
    {
        var options = root.Options;
        var place = new Place(Resolve(root, document), document);
        var i = 1; // after '$'
        while (i < path.Length)
        {
            JsonTypeInfo? next;
            JsonElement? element = null;
            if (path[i] == '[' && i + 1 < path.Length && char.IsAsciiDigit(path[i + 1]))
            {
                var end = path.IndexOf(']', i);
                if (end < 0 || !int.TryParse(path.AsSpan(i + 1, end - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    return null;
                }

                next = place.Info.Kind == JsonTypeInfoKind.Enumerable ? TypeInfo(options, place.Info.ElementType) : null;
                if (place.Element is { ValueKind: JsonValueKind.Array } array && index < array.GetArrayLength())
                {
                    element = array[index];
                }

                i = end + 1;
            }
            else
            {
                var name = ReadName(path, ref i);
                if (name is null)
                {
                    return null;
                }

                next = place.Info.Kind switch
                {
                    JsonTypeInfoKind.Object => TypeInfo(options, place.Info.Properties.FirstOrDefault(p => p.Name == name)?.PropertyType),
                    JsonTypeInfoKind.Dictionary => TypeInfo(options, place.Info.ElementType),
                    _ => null,
                };
                if (place.Element is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(name, out var member))
                {
                    element = member;
                }
            }

            if (next is null)
            {
                return null;
            }

            place = new Place(Resolve(next, element), element);
        }

        return place;
    }

    // A nullable value is read as its value; a polymorphic type as the derived type its discriminator names.
    private static JsonTypeInfo Resolve(JsonTypeInfo info, JsonElement? element)
    {
        if (Nullable.GetUnderlyingType(info.Type) is { } underlying)
        {
            return TypeInfo(info.Options, underlying) ?? info;
        }

        if (info.PolymorphismOptions is { } polymorphism &&
            element is { ValueKind: JsonValueKind.Object } o &&
            o.TryGetProperty(polymorphism.TypeDiscriminatorPropertyName, out var discriminator) &&
            discriminator.ValueKind == JsonValueKind.String &&
            polymorphism.DerivedTypes.FirstOrDefault(d => d.TypeDiscriminator as string == discriminator.GetString()) is { DerivedType: { } derived })
        {
            return TypeInfo(info.Options, derived) ?? info;
        }

        return info;
    }

    private static JsonTypeInfo? TypeInfo(JsonSerializerOptions options, Type? type) =>
        type is not null && options.TryGetTypeInfo(type, out var info) ? info : null;

    // A member name after '.' or in ['…'] (quotes inside unescaped), as System.Text.Json writes paths.
    private static string? ReadName(string path, ref int i)
    {
        if (path[i] == '.')
        {
            var end = path.IndexOfAny(['.', '['], i + 1);
            end = end < 0 ? path.Length : end;
            var name = path[(i + 1)..end];
            i = end;
            return name;
        }

        if (!path.AsSpan(i).StartsWith("['"))
        {
            return null;
        }

        var builder = new StringBuilder();
        for (i += 2; i < path.Length; i++)
        {
            if (path[i] == '\'' && i + 1 < path.Length && path[i + 1] == ']')
            {
                i += 2;
                return builder.ToString();
            }
            else
            {
                builder.Append(path[i]);
            }
        }

        return null;
    }

    private static int LastSegmentStart(string path)
    {
        var start = 1;
        for (var i = 1; i < path.Length;)
        {
            start = i;
            if (path[i] == '[' && i + 1 < path.Length && char.IsAsciiDigit(path[i + 1]))
            {
                var end = path.IndexOf(']', i);
                i = end < 0 ? path.Length : end + 1;
            }
            else if (ReadName(path, ref i) is null)
            {
                return 1;
            }
        }

        return start;
    }

    private static (string Words, JsonValueKind Kind) Expected(JsonTypeInfo info)
    {
        var type = info.Type;
        return info.Kind switch
        {
            JsonTypeInfoKind.Object or JsonTypeInfoKind.Dictionary => ("an object", JsonValueKind.Object),
            JsonTypeInfoKind.Enumerable => ("an array", JsonValueKind.Array),
            _ when info.Converter is IIdConverter ids => ($"one of {string.Join(", ", ids.Ids)}", JsonValueKind.String),
            _ when info.Converter is IPatternConverter pattern => (pattern.Expected, JsonValueKind.String),
            _ when type == typeof(string) => ("a string", JsonValueKind.String),
            _ when type == typeof(bool) => ("true or false", JsonValueKind.True),
            _ when type == typeof(int) => ($"a whole number from {int.MinValue} to {int.MaxValue}", JsonValueKind.Number),
            _ when type == typeof(long) => ($"a whole number from {long.MinValue} to {long.MaxValue}", JsonValueKind.Number),
            _ => ("a number", JsonValueKind.Number),
        };
    }

    private static bool SameKind(JsonValueKind expected, JsonValueKind actual) =>
        expected == actual || (expected == JsonValueKind.True && actual == JsonValueKind.False);

    private static string Kind(JsonElement? element) => element?.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    // System.Text.Json's own messages name types (Alka.Domain.Programs.Institute, System.Int32) or .NET members.
    private static bool NamesDotNet(string message) =>
        message.Contains(".NET", StringComparison.Ordinal) || message.Contains("type '", StringComparison.Ordinal) ||
        message.Contains("Alka.Domain.", StringComparison.Ordinal) || message.Contains("System.", StringComparison.Ordinal) ||
        message.Contains("NodaTime.", StringComparison.Ordinal) || message.Contains("type discriminator", StringComparison.Ordinal);

    // System.Text.Json appends " Path: … | LineNumber: … | BytePositionInLine: …"; the path says where already.
    public static string WithoutPosition(Exception e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal) is >= 0 and var path
            ? path
            : message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        var trimmed = cut < 0 ? message : message[..cut];
        return trimmed.Length == 0 && e.InnerException is { } inner ? WithoutPosition(inner) : trimmed;
    }

    private static string? PathIn(string message)
    {
        var start = message.IndexOf(" Path: ", StringComparison.Ordinal);
        var end = message.IndexOf(" | LineNumber: ", StringComparison.Ordinal);
        return start >= 0 && end > start ? message[(start + 7)..end] : null;
    }
}

/// <summary>A converter that can say what it reads, e.g. <c>an ISO date (uuuu-MM-dd)</c>.</summary>
internal interface IPatternConverter
{
    /// <summary>What a reader must write.</summary>
    string Expected { get; }
}
