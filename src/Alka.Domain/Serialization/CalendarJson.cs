using System.Text.Json;
using Alka.Domain.Calendar;
using Alka.Domain.Scheduling;
using NodaTime;

namespace Alka.Domain.Serialization;

/// <summary>
/// The calendar's JSON, a write-only report format (the calendar itself is computed, not read): observance
/// occurrences, as <c>alka calendar --format json</c> writes them, and judged days, as <c>alka days --format json</c>
/// writes them.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public static class CalendarJson
{
    /// <summary>
    /// Writes <paramref name="occurrences"/> as an indented array of
    /// <c>{"date", "hebrewDate", "hebrewDateHe", "observance", "categories", "nameEn", "nameHe"}</c>.
    /// </summary>
    public static string Write(IEnumerable<ObservanceOccurrence> occurrences)
    {
        ArgumentNullException.ThrowIfNull(occurrences);
        var items = occurrences.Select(o => new ObservanceOccurrenceJson(
            o.Date,
            o.HebrewDate.ToString(),
            o.HebrewDate.ToHebrewString(),
            o.Observance.Id,
            o.Observance.Categories,
            o.Observance.Name.English,
            o.Observance.Name.Hebrew)).ToArray();
        return JsonSerializer.Serialize(items, AlkaJson.TypeInfo<ObservanceOccurrenceJson[]>());
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
        var items = days.Select(day => new DayJudgementJson(
            day.Date,
            day.HebrewDate.ToString(),
            day.HebrewDate.ToHebrewString(),
            day.DayOfWeek.ToString(),
            day.Verdict,
            ToJson(day.Reasons.AsSpan()))).ToArray();
        return JsonSerializer.Serialize(items, AlkaJson.TypeInfo<DayJudgementJson[]>());
    }

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
