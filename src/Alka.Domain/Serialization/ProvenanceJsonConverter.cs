using System.Text.Json;
using System.Text.Json.Serialization;
using Alka.Domain.Sources;

namespace Alka.Domain.Serialization;

/// <summary>A <see cref="Provenance"/> as a source document's id or <c>default</c>.</summary>
internal sealed class ProvenanceJsonConverter : JsonConverter<Provenance>, IIdConverter
{
    private static readonly IReadOnlyList<string> Accepted = [Provenance.DefaultId, .. Alka.Domain.Ids.All<SourceDocument>().Select(d => d.ToId())];

    /// <summary>Every id a provenance may have: <c>default</c>, then the source documents' ids.</summary>
    public IReadOnlyList<string> Ids => Accepted;

    /// <inheritdoc/>
    public bool IsFlags => false;

    public override Provenance Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String || !Provenance.TryParse(reader.GetString(), out var provenance))
        {
            throw new JsonException($"Expected a source: one of {string.Join(", ", Accepted)}.");
        }

        return provenance;
    }

    public override void Write(Utf8JsonWriter writer, Provenance value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
