using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace Alka.Domain.Serialization;

/// <summary>NodaTime's <see cref="IsoDayOfWeek"/> as its id, <c>monday</c> … <c>sunday</c>, like the library's own enums.</summary>
internal sealed class WeekdayJsonConverter : JsonConverter<IsoDayOfWeek>, IIdConverter
{
    private static readonly string[] WeekdayIds = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    /// <inheritdoc/>
    public IReadOnlyList<string> Ids => WeekdayIds;

    /// <inheritdoc/>
    public bool IsFlags => false;

    /// <summary>The id of <paramref name="day"/>.</summary>
    public static string Id(IsoDayOfWeek day) =>
        day is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday ? WeekdayIds[(int)day - 1] : throw new ArgumentOutOfRangeException(nameof(day), day, "Not a day of the week.");

    public override IsoDayOfWeek Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var index = reader.TokenType == JsonTokenType.String ? Array.IndexOf(WeekdayIds, reader.GetString()) : -1;
        return index >= 0 ? (IsoDayOfWeek)(index + 1) : throw new JsonException($"Expected a day of the week: {string.Join(", ", WeekdayIds)}.");
    }

    public override void Write(Utf8JsonWriter writer, IsoDayOfWeek value, JsonSerializerOptions options) => writer.WriteStringValue(Id(value));
}
