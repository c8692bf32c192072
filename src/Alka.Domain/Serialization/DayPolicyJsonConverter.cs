using System.Text.Json;
using System.Text.Json.Serialization;
using Alka.Domain.Scheduling;

namespace Alka.Domain.Serialization;

/// <summary>
/// A <see cref="DayPolicy"/> as an object of rule ids and actions, every rule in the order of
/// <see cref="DayPolicy.Rules"/>: <c>{"weekend": "block", …, "memorial": "avoid", "observance:yom-yerushalayim": "avoid"}</c>.
/// Reading starts from <see cref="DayPolicy.GovernmentForum"/> and applies each member in order, so a document may
/// name only the rules it changes.
/// </summary>
internal sealed class DayPolicyJsonConverter : JsonConverter<DayPolicy>
{
    public override DayPolicy Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Expected an object of day-policy rules and actions.");
        }

        var policy = DayPolicy.GovernmentForum;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var rule = reader.GetString()!;
            reader.Read();
            if (reader.TokenType != JsonTokenType.String || !Ids.TryParse<DayAction>(reader.GetString(), out var action))
            {
                throw new JsonException($"The rule '{rule}' takes an action: allow, avoid or block.");
            }

            var changed = policy.With(rule, action);
            policy = changed.IsSuccess ? changed.Value : throw new JsonException(changed.ValidationErrors.First().ErrorMessage);
        }

        return policy;
    }

    public override void Write(Utf8JsonWriter writer, DayPolicy value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (rule, action) in value.Rules)
        {
            writer.WriteString(rule, action.ToId());
        }

        writer.WriteEndObject();
    }
}
