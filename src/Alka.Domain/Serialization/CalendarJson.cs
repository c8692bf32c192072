using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Alka.Domain.Calendar;
using Alka.Domain.Scheduling;
using Ardalis.Result;

namespace Alka.Domain.Serialization;

/// <summary>
/// The calendar's JSON documents: observance occurrences (<see cref="ObservancesDocument"/>, as
/// <c>alka calendar --format json</c> writes them) and judged days (<see cref="DaysDocument"/>, as
/// <c>alka days --format json</c> writes them). Each is <c>{"schemaVersion": 1, "occurrences" or "days": [ … ]}</c>,
/// written as text or streamed to a <see cref="Stream"/> a few kilobytes at a time, so that memory does not grow with
/// the number of items (both give the same bytes), and read back, validated, as a trust boundary.
/// </summary>
/// <remarks>
/// Schemas: <see cref="ObservancesSchema"/> and <see cref="DaysSchema"/> (also <c>docs/schema/observances.schema.json</c>
/// and <c>docs/schema/days.schema.json</c>). Every reading error's identifier is a JSON path such as
/// <c>$.days[3].verdict</c>. Thread-safe.
/// </remarks>
public static class CalendarJson
{
    // The writer's buffer goes to the stream once it holds this much.
    private const int ChunkBytes = 32 * 1024;

    /// <summary>The observances document.</summary>
    internal static readonly JsonDocumentFormat<ObservancesDocument> ObservancesFormat = new(
        "observances",
        "Alka.Domain observances",
        $"Observance occurrences, as alka calendar --format json writes them, schema version {ObservancesDocument.CurrentSchemaVersion}.",
        ObservancesDocument.CurrentSchemaVersion,
        (document, problems, path) => document.Validate(problems, path));

    /// <summary>The judged-days document.</summary>
    internal static readonly JsonDocumentFormat<DaysDocument> DaysFormat = new(
        "days",
        "Alka.Domain judged days",
        $"Days as a forum calendar judges them, as alka days --format json writes them, schema version {DaysDocument.CurrentSchemaVersion}.",
        DaysDocument.CurrentSchemaVersion,
        (document, problems, path) => document.Validate(problems, path));

    /// <summary>The JSON Schema (draft 2020-12) of the observances document, indented, with <c>\n</c> line ends.</summary>
    public static string ObservancesSchema => ObservancesFormat.Schema;

    /// <summary>The JSON Schema (draft 2020-12) of the judged-days document, indented, with <c>\n</c> line ends.</summary>
    public static string DaysSchema => DaysFormat.Schema;

    /// <summary>Writes <paramref name="occurrences"/> as an indented observances document.</summary>
    public static string Write(IEnumerable<ObservanceOccurrence> occurrences)
    {
        ArgumentNullException.ThrowIfNull(occurrences);
        return ToText(stream => Write(stream, occurrences));
    }

    /// <summary>
    /// Writes <paramref name="occurrences"/> to <paramref name="utf8Json"/> as UTF-8, streaming: the same bytes as
    /// <see cref="Write(IEnumerable{ObservanceOccurrence})"/>, enumerated once. The stream is left open.
    /// </summary>
    /// <exception cref="IOException">Writing to <paramref name="utf8Json"/> failed.</exception>
    public static void Write(Stream utf8Json, IEnumerable<ObservanceOccurrence> occurrences)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(occurrences);
        WriteDocument(utf8Json, ObservancesDocument.CurrentSchemaVersion, "occurrences", occurrences, ObservanceEntry.From, AlkaJson.TypeInfo<ObservanceEntry>());
    }

    /// <summary>Writes <paramref name="days"/> as an indented judged-days document.</summary>
    public static string Write(IEnumerable<DayJudgement> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        return ToText(stream => Write(stream, days));
    }

    /// <summary>
    /// Writes <paramref name="days"/> to <paramref name="utf8Json"/> as UTF-8, streaming: the same bytes as
    /// <see cref="Write(IEnumerable{DayJudgement})"/>, enumerated once. The stream is left open.
    /// </summary>
    /// <exception cref="IOException">Writing to <paramref name="utf8Json"/> failed.</exception>
    public static void Write(Stream utf8Json, IEnumerable<DayJudgement> days)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(days);
        WriteDocument(utf8Json, DaysDocument.CurrentSchemaVersion, "days", days, DayEntry.From, AlkaJson.TypeInfo<DayEntry>());
    }

    /// <summary>Reads and validates an observances document from JSON text.</summary>
    /// <returns>The document, or every problem found (see <see cref="SerializationErrors"/>).</returns>
    public static Result<ObservancesDocument> ReadObservances(string json) => ObservancesFormat.Read(json);

    /// <summary>Reads and validates an observances document from a stream of UTF-8 JSON, reading at most <see cref="AlkaJson.MaxBytes"/> + 1 bytes.</summary>
    /// <returns>The document, or every problem found.</returns>
    public static Result<ObservancesDocument> ReadObservances(Stream utf8Json) => ObservancesFormat.Read(utf8Json);

    /// <summary>Reads and validates a judged-days document from JSON text.</summary>
    /// <returns>The document, or every problem found (see <see cref="SerializationErrors"/>).</returns>
    public static Result<DaysDocument> ReadDays(string json) => DaysFormat.Read(json);

    /// <summary>Reads and validates a judged-days document from a stream of UTF-8 JSON, reading at most <see cref="AlkaJson.MaxBytes"/> + 1 bytes.</summary>
    /// <returns>The document, or every problem found.</returns>
    public static Result<DaysDocument> ReadDays(Stream utf8Json) => DaysFormat.Read(utf8Json);

    private static string ToText(Action<Stream> write)
    {
        using var text = new MemoryStream();
        write(text);
        return Encoding.UTF8.GetString(text.GetBuffer(), 0, (int)text.Length);
    }

    // The document's envelope, then one entry at a time through the context's metadata, at the array's depth: the
    // bytes of serializing the whole document.
    private static void WriteDocument<T, TEntry>(Stream stream, int schemaVersion, string list, IEnumerable<T> items, Func<T, TEntry> toEntry, JsonTypeInfo<TEntry> entry)
    {
        var buffer = new ArrayBufferWriter<byte>(ChunkBytes * 2);
        using var writer = new Utf8JsonWriter(buffer, AlkaJson.WriterOptions);
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", schemaVersion);
        writer.WriteStartArray(list);
        foreach (var item in items)
        {
            JsonSerializer.Serialize(writer, toEntry(item), entry);
            if (buffer.WrittenCount >= ChunkBytes)
            {
                writer.Flush();
                stream.Write(buffer.WrittenSpan);
                buffer.ResetWrittenCount();
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        stream.Write(buffer.WrittenSpan);
    }
}
