using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Alka.Domain.Calendar;
using Alka.Domain.Scheduling;
using NodaTime.Text;

namespace Alka.Cli.Output;

/// <summary>Writes judged days as JSON (temporary: moves to the library's JSON context).</summary>
internal static class DaysJson
{
    public static string Serialize(IReadOnlyList<DayJudgement> days)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var day in days)
            {
                json.WriteStartObject();
                json.WriteString("date", LocalDatePattern.Iso.Format(day.Date));
                json.WriteString("hebrewDate", day.HebrewDate.ToString());
                json.WriteString("hebrewDateHe", day.HebrewDate.ToHebrewString());
                json.WriteString("weekday", day.DayOfWeek.ToString());
                json.WriteString("verdict", day.Verdict.ToId());
                json.WriteStartArray("reasons");
                foreach (var reason in day.Reasons)
                {
                    WriteReason(json, reason);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteReason(Utf8JsonWriter json, DayReason reason)
    {
        json.WriteStartObject();
        json.WriteString("id", reason.Id);
        json.WriteString("kind", reason.Kind.ToId());
        json.WriteString("rule", reason.RuleId);
        json.WriteString("action", reason.Action.ToId());
        json.WriteString("nameEn", reason.EnglishName);
        json.WriteString("nameHe", reason.HebrewName);
        if (reason.CommunityDay is { } day)
        {
            json.WriteString("community", day.Community.ToId());
            json.WriteNumber("dayNumber", day.DayNumber);
            json.WriteNumber("days", day.Days);
            json.WriteBoolean("provisional", day.IsProvisional);
        }

        json.WriteEndObject();
    }
}
