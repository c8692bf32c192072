using System.Text.Json;
using System.Text.Json.Serialization;
using Alka.Domain.Calendar;

namespace Alka.Domain.Serialization;

/// <summary>A <see cref="CommunityMix"/> as the array of its community ids in canonical order (<c>["jewish","druze"]</c>).</summary>
internal sealed class CommunityMixJsonConverter : JsonConverter<CommunityMix>
{
    public override CommunityMix Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("Expected an array of community ids.");
        }

        var mix = CommunityMix.Empty;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String || !Ids.TryParse<Community>(reader.GetString(), out var community))
            {
                throw new JsonException($"Expected a community id: {CommunityMix.All}.");
            }

            if (mix.Contains(community))
            {
                throw new JsonException($"The community '{community.ToId()}' is named twice.");
            }

            mix = mix.With(community);
        }

        return mix;
    }

    public override void Write(Utf8JsonWriter writer, CommunityMix value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var community in value.Communities)
        {
            writer.WriteStringValue(community.ToId());
        }

        writer.WriteEndArray();
    }
}
