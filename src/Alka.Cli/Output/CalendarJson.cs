using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Alka.Domain.Calendar;
using NodaTime.Text;

namespace Alka.Cli.Output;

/// <summary>Writes observance occurrences as JSON (temporary: moves to the library's JSON context).</summary>
internal static class CalendarJson
{
    public static string Serialize(IReadOnlyList<ObservanceOccurrence> occurrences)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var o in occurrences)
            {
                json.WriteStartObject();
                json.WriteString("date", LocalDatePattern.Iso.Format(o.Date));
                json.WriteString("hebrewDate", o.HebrewDate.ToString());
                json.WriteString("hebrewDateHe", o.HebrewDate.ToHebrewString());
                json.WriteString("observance", o.Observance.Id);
                json.WriteStartArray("categories");
                foreach (var category in ObservanceCategoryIds.All.Where(c => (o.Observance.Categories & c) != 0))
                {
                    json.WriteStringValue(category.ToIds());
                }

                json.WriteEndArray();
                json.WriteString("nameEn", o.Observance.EnglishName);
                json.WriteString("nameHe", o.Observance.HebrewName);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
