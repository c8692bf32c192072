using System.Text.Json;
using Alka.Domain.Calendar;
using NodaTime;

namespace Alka.Domain.Serialization;

/// <summary>
/// The calendar's JSON: observance occurrences as an array of
/// <c>{"date", "hebrewDate", "hebrewDateHe", "observance", "categories", "nameEn", "nameHe"}</c>, the shape that
/// <c>alka calendar --format json</c> writes. A write-only report format: the calendar itself is computed, not read.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public static class CalendarJson
{
    /// <summary>Writes <paramref name="occurrences"/> as indented JSON with <c>\n</c> line ends, Hebrew as is.</summary>
    public static string Write(IEnumerable<ObservanceOccurrence> occurrences)
    {
        ArgumentNullException.ThrowIfNull(occurrences);
        var items = occurrences.Select(o => new ObservanceOccurrenceJson(
            o.Date,
            o.HebrewDate.ToString(),
            o.HebrewDate.ToHebrewString(),
            o.Observance.Id,
            [.. ObservanceCategoryIds.All.Where(c => (o.Observance.Categories & c) != 0).Select(c => c.ToIds())],
            o.Observance.EnglishName,
            o.Observance.HebrewName)).ToArray();
        return JsonSerializer.Serialize(items, AlkaJson.TypeInfo<ObservanceOccurrenceJson[]>());
    }
}

/// <summary>One occurrence as JSON.</summary>
internal sealed record ObservanceOccurrenceJson(
    LocalDate Date, string HebrewDate, string HebrewDateHe, string Observance, string[] Categories, string NameEn, string NameHe);
