using System.Text.Json;
using System.Text.Json.Serialization;
using Alka.Domain.Planning;
using NodaTime;
using NodaTime.Text;

namespace Alka.Domain.Serialization;

/// <summary>
/// A meeting time as an ISO date-time with its offset (<c>2027-03-25T09:00:00+02:00</c>, RFC 3339), in
/// <c>Asia/Jerusalem</c>: read back, the offset must be the zone's at that instant. Any failure to read is a
/// <see cref="JsonException"/>.
/// </summary>
internal sealed class ZonedDateTimeConverter : JsonConverter<ZonedDateTime>
{
    private static readonly OffsetDateTimePattern Pattern = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>");

    public override ZonedDateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        var parsed = Pattern.Parse(text ?? "");
        if (!parsed.Success)
        {
            throw new JsonException($"Expected a date-time with offset (2027-03-25T09:00:00+02:00), not '{text}'.");
        }

        var zoned = parsed.Value.InZone(MeetingDay.Zone);
        return zoned.Offset == parsed.Value.Offset
            ? zoned
            : throw new JsonException($"'{text}' is not a time of Asia/Jerusalem, whose offset then is {zoned.Offset}.");
    }

    public override void Write(Utf8JsonWriter writer, ZonedDateTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Pattern.Format(value.ToOffsetDateTime()));
}
