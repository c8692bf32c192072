using System.Text.Json;
using System.Text.Json.Serialization;
using Alka.Domain.Calendar;
using Alka.Domain.Geography;
using Alka.Domain.Scheduling;

namespace Alka.Domain.Serialization;

/// <summary>
/// A computed value written as its document entry through the library's context, whatever options the caller passes
/// (System.Text.Json's web defaults included), and never read: it refers to a calendar's objects, which JSON does not
/// hold; the entry is what reads back.
/// </summary>
internal abstract class EntryJsonConverter<TValue, TEntry>(Func<TValue, TEntry> toEntry, string readWith) : JsonConverter<TValue>
{
    public override TValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException($"A {typeof(TValue).Name} is computed, not read: read its JSON as a {typeof(TEntry).Name} ({readWith}).");

    public override void Write(Utf8JsonWriter writer, TValue value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, toEntry(value), AlkaJson.TypeInfo<TEntry>());
}

/// <summary>A <see cref="DayJudgement"/> as its <see cref="DayEntry"/>.</summary>
internal sealed class DayJudgementJsonConverter() : EntryJsonConverter<DayJudgement, DayEntry>(DayEntry.From, "CalendarJson.ReadDays");

/// <summary>An <see cref="ObservanceOccurrence"/> as its <see cref="ObservanceEntry"/>.</summary>
internal sealed class ObservanceOccurrenceJsonConverter() : EntryJsonConverter<ObservanceOccurrence, ObservanceEntry>(ObservanceEntry.From, "CalendarJson.ReadObservances");

/// <summary>A <see cref="LocalAuthority"/> as its <see cref="LocalAuthorityEntry"/>.</summary>
internal sealed class LocalAuthorityJsonConverter() : EntryJsonConverter<LocalAuthority, LocalAuthorityEntry>(LocalAuthorityEntry.From, "GeographyJson.ReadAuthorities");
