using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Alka.Domain.Calendar;
using Alka.Domain.Scheduling;
using NodaTime;

namespace Alka.Domain.Serialization;

/// <summary>
/// The calendar's JSON, a write-only report format (the calendar itself is computed, not read): observance
/// occurrences, as <c>alka calendar --format json</c> writes them, and judged days, as <c>alka days --format json</c>
/// writes them. Each is an indented array, one element per item, written as text or streamed to a
/// <see cref="Stream"/> a few kilobytes at a time, so that memory does not grow with the number of items; both give
/// the same bytes.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public static class CalendarJson
{
    // The writer's buffer goes to the stream once it holds this much.
    private const int ChunkBytes = 32 * 1024;

    /// <summary>
    /// Writes <paramref name="occurrences"/> as an indented array of
    /// <c>{"date", "hebrewDate", "hebrewDateHe", "observance", "categories", "nameEn", "nameHe"}</c>.
    /// </summary>
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
        WriteArray(utf8Json, occurrences, ToJson, AlkaJson.TypeInfo<ObservanceOccurrenceJson>());
    }

    /// <summary>
    /// Writes <paramref name="days"/> as an indented array of
    /// <c>{"date", "hebrewDate", "hebrewDateHe", "weekday", "verdict", "reasons"}</c>; each reason is
    /// <c>{"id", "kind", "rule", "action", "nameEn", "nameHe"}</c>, a community day's with
    /// <c>"community", "dayNumber", "days", "provisional"</c>.
    /// </summary>
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
        WriteArray(utf8Json, days, ToJson, AlkaJson.TypeInfo<DayJudgementJson>());
    }

    private static string ToText(Action<Stream> write)
    {
        using var text = new MemoryStream();
        write(text);
        return Encoding.UTF8.GetString(text.GetBuffer(), 0, (int)text.Length);
    }

    // One element at a time through the context's metadata, at the array's depth: the bytes of serializing the array.
    private static void WriteArray<T, TJson>(Stream stream, IEnumerable<T> items, Func<T, TJson> toJson, JsonTypeInfo<TJson> element)
    {
        var buffer = new ArrayBufferWriter<byte>(ChunkBytes * 2);
        using var writer = new Utf8JsonWriter(buffer, AlkaJson.WriterOptions);
        writer.WriteStartArray();
        foreach (var item in items)
        {
            JsonSerializer.Serialize(writer, toJson(item), element);
            if (buffer.WrittenCount >= ChunkBytes)
            {
                stream.Write(buffer.WrittenSpan);
                buffer.ResetWrittenCount();
            }
        }

        writer.WriteEndArray();
        writer.Flush();
        stream.Write(buffer.WrittenSpan);
    }

    private static ObservanceOccurrenceJson ToJson(ObservanceOccurrence o) => new(
        o.Date,
        o.HebrewDate.ToString(),
        o.HebrewDate.ToHebrewString(),
        o.Observance.Id,
        o.Observance.Categories,
        o.Observance.Name.English,
        o.Observance.Name.Hebrew);

    private static DayJudgementJson ToJson(DayJudgement day) => new(
        day.Date,
        day.HebrewDate.ToString(),
        day.HebrewDate.ToHebrewString(),
        day.DayOfWeek.ToString(),
        day.Verdict,
        ToJson(day.Reasons.AsSpan()));

    private static DayReasonJson[] ToJson(ReadOnlySpan<DayReason> reasons)
    {
        var json = new DayReasonJson[reasons.Length];
        for (var i = 0; i < reasons.Length; i++)
        {
            json[i] = ToJson(reasons[i]);
        }

        return json;
    }

    private static DayReasonJson ToJson(in DayReason reason) => new(
        reason.Id,
        reason.Kind,
        reason.RuleId,
        reason.Action,
        reason.Name.English,
        reason.Name.Hebrew,
        reason.CommunityDay?.Community,
        reason.CommunityDay?.DayNumber,
        reason.CommunityDay?.Days,
        reason.CommunityDay?.IsProvisional);
}

/// <summary>One occurrence as JSON.</summary>
internal sealed record ObservanceOccurrenceJson(
    LocalDate Date, string HebrewDate, string HebrewDateHe, string Observance, ObservanceCategories Categories, string NameEn, string NameHe);

/// <summary>One judged day as JSON.</summary>
internal sealed record DayJudgementJson(LocalDate Date, string HebrewDate, string HebrewDateHe, string Weekday, DayVerdict Verdict, DayReasonJson[] Reasons);

/// <summary>One reason as JSON; the community members only for a community day (omitted otherwise).</summary>
internal sealed record DayReasonJson(
    string Id, DayReasonKind Kind, string Rule, DayAction Action, string NameEn, string NameHe, Community? Community, int? DayNumber, int? Days, bool? Provisional);
