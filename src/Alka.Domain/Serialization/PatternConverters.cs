using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Alka.Domain.Serialization;

/// <summary>
/// A NodaTime value as a JSON string in one fixed pattern, read and written through that pattern (no reflection:
/// trimming- and AOT-safe). Anything that does not read — another token, a string the pattern rejects — is a
/// <see cref="JsonException"/> saying what was expected. A new NodaTime type is one more subclass (a local time:
/// <c>LocalTimePattern.ExtendedIso</c>; a zoned date and time: a <c>ZonedDateTimePattern</c> over
/// <c>DateTimeZoneProviders.Tzdb</c>) and one line in the context's <c>Converters</c>.
/// </summary>
/// <param name="pattern">The pattern that writes and reads the value.</param>
/// <param name="expected">What a reader must write, for messages: e.g. <c>an ISO date (uuuu-MM-dd)</c>.</param>
internal abstract class PatternConverter<T>(IPattern<T> pattern, string expected) : JsonConverter<T>, IPatternConverter
{
    /// <inheritdoc/>
    public string Expected { get; } = expected;

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected {Expected}; found {JsonWords.Token(reader.TokenType)}.");
        }

        var parsed = pattern.Parse(reader.GetString()!);
        return parsed.Success ? parsed.Value : throw new JsonException($"Expected {Expected}: {parsed.Exception.Message}");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(pattern.Format(value));
}

/// <summary><see cref="LocalDate"/> as an ISO date, <c>2027-04-04</c>; only dates of the ISO calendar are written.</summary>
internal sealed class LocalDateConverter() : PatternConverter<LocalDate>(LocalDatePattern.Iso, "an ISO date (uuuu-MM-dd)")
{
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        if (value.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"Only ISO dates are written as JSON; {value} is in the {value.Calendar.Id} calendar.", nameof(value));
        }

        base.Write(writer, value, options);
    }
}
