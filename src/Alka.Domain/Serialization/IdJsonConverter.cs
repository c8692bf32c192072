using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Alka.Domain.Serialization;

/// <summary>
/// Writes an enum as its stable text id (<c>steering-committee</c>; see <see cref="Ids"/>) and reads it back, strictly:
/// an id, ordinal, nothing else (no number, no other case). An unknown id is a <see cref="JsonException"/> naming the
/// ids it accepts. A flags enum is a list of the ids of its flags, in declaration order (<c>["national", "rest-day"]</c>).
/// </summary>
/// <remarks>Attached to each enum once: <c>[JsonConverter(typeof(IdJsonConverter&lt;MeetingKind&gt;))]</c>.</remarks>
internal sealed class IdJsonConverter<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T>
    : JsonConverter<T>, IIdConverter
    where T : struct, Enum
{
    private readonly IdTable<T> _table = IdTable<T>.Instance;
    private readonly byte[][] _utf8;

    /// <summary>Creates the converter of <typeparamref name="T"/>.</summary>
    public IdJsonConverter() => _utf8 = [.. _table.Ids.Select(Encoding.UTF8.GetBytes)];

    /// <inheritdoc/>
    public IReadOnlyList<string> Ids => _table.Ids;

    /// <inheritdoc/>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (!_table.IsFlags)
        {
            return ReadId(ref reader, JsonTokenType.String);
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected a list of {typeof(T).Name} ids, not {reader.TokenType}.");
        }

        ulong bits = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var flag = IdTable<T>.Key(ReadId(ref reader, JsonTokenType.String));
            if ((bits & flag) != 0)
            {
                throw new JsonException($"'{reader.GetString()}' appears more than once.");
            }

            bits |= flag;
        }

        return IdTable<T>.FromKey(bits);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        if (!_table.IsFlags)
        {
            writer.WriteStringValue(value.ToId());
            return;
        }

        var bits = _table.FlagBits(value, nameof(value));
        writer.WriteStartArray();
        for (var i = 0; i < _table.Keys.Length; i++)
        {
            if (_table.IsSet(bits, i))
            {
                writer.WriteStringValue(_table.Ids[i]);
            }
        }

        writer.WriteEndArray();
    }

    /// <inheritdoc/>
    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        _table.IsFlags ? base.ReadAsPropertyName(ref reader, typeToConvert, options) : ReadId(ref reader, JsonTokenType.PropertyName);

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        if (_table.IsFlags)
        {
            base.WriteAsPropertyName(writer, value, options);
            return;
        }

        writer.WritePropertyName(value.ToId());
    }

    private T ReadId(ref Utf8JsonReader reader, JsonTokenType token)
    {
        if (reader.TokenType != token)
        {
            throw new JsonException($"Expected a {typeof(T).Name} id (a string), not {reader.TokenType}.");
        }

        for (var i = 0; i < _utf8.Length; i++)
        {
            if (reader.ValueTextEquals(_utf8[i]))
            {
                return _table.Values[i];
            }
        }

        throw new JsonException($"'{reader.GetString()}' is not a {typeof(T).Name} id; expected one of: {string.Join(", ", _table.Ids)}.");
    }
}

/// <summary>A converter of an enum to its stable text ids.</summary>
internal interface IIdConverter
{
    /// <summary>The ids of every member, in declaration order.</summary>
    IReadOnlyList<string> Ids { get; }
}
