using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Alka.Domain.Serialization;

/// <summary>
/// <see cref="LocalDate"/> as an ISO date (<c>2027-04-04</c>) through NodaTime's own converter, declared on the
/// context so that source generation needs no metadata for <see cref="LocalDate"/>'s members; any failure to read is
/// a <see cref="JsonException"/>.
/// </summary>
internal sealed class LocalDateConverter : JsonConverter<LocalDate>
{
    private static readonly JsonConverter<LocalDate> Noda = (JsonConverter<LocalDate>)NodaConverters.LocalDateConverter;

    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        try
        {
            return Noda.Read(ref reader, typeToConvert, options);
        }
        catch (Exception e) when (e is not JsonException)
        {
            throw new JsonException($"Expected an ISO date (uuuu-MM-dd): {e.Message}", e);
        }
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) => Noda.Write(writer, value, options);
}
