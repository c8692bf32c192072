using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Alka.Domain.Serialization;

/// <summary>The library's JSON settings: the source-generated context plus the limits that guard reading.</summary>
public static class AlkaJson
{
    /// <summary>The deepest nesting a document may have (the catalog itself nests about ten levels).</summary>
    /// <value>32.</value>
    public const int MaxDepth = 32;

    /// <summary>The largest document read, in UTF-8 bytes (the built-in catalog is under 100 KiB).</summary>
    /// <value>4 MiB.</value>
    public const int MaxBytes = 4 * 1024 * 1024;

    private static readonly Lazy<JsonSerializerOptions> Shared = new(CreateOptions);

    /// <summary>
    /// Read-only options backed by the source-generated context: camelCase, enums as stable ids, ISO dates, two-space
    /// indentation and <c>\n</c> line ends, Hebrew written as is, <see cref="MaxDepth"/>, and strict reading
    /// (required members, nullability, no unknown or repeated members).
    /// </summary>
    public static JsonSerializerOptions Options => Shared.Value;

    /// <summary>The writer settings of <see cref="Options"/>, for documents written a piece at a time.</summary>
    internal static JsonWriterOptions WriterOptions => new()
    {
        Encoder = Options.Encoder,
        Indented = Options.WriteIndented,
        IndentCharacter = Options.IndentCharacter,
        IndentSize = Options.IndentSize,
        NewLine = Options.NewLine,
        MaxDepth = Options.MaxDepth,
    };

    internal static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(AlkaJsonContext.Default.Options)
        {
            Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
            NewLine = "\n",
            MaxDepth = MaxDepth,
            AllowDuplicateProperties = false,
        };
        options.MakeReadOnly();
        return options;
    }
}
