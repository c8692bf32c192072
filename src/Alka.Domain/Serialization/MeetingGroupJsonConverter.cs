using System.Text.Json;
using System.Text.Json.Serialization;
using Alka.Domain.Scheduling;

namespace Alka.Domain.Serialization;

/// <summary>A <see cref="MeetingGroup"/> as its id.</summary>
internal sealed class MeetingGroupJsonConverter : JsonConverter<MeetingGroup>
{
    public override MeetingGroup Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && MeetingGroup.TryParse(reader.GetString(), out var group)
            ? group
            : throw new JsonException("Expected a meeting group: all, national or a region id.");

    public override void Write(Utf8JsonWriter writer, MeetingGroup value, JsonSerializerOptions options) => writer.WriteStringValue(value.Id);
}
