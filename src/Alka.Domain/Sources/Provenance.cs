using System.Text.Json.Serialization;
using Alka.Domain.Serialization;
using Alka.Domain.Validation;

namespace Alka.Domain.Sources;

/// <summary>
/// Where a rule or a number comes from: a <see cref="SourceDocument"/> that states it, or the <see cref="Default"/>
/// marker — a choice no source states (in a built-in policy the library's documented default, in a partner team's
/// policy the team's own decision).
/// </summary>
/// <remarks>
/// Immutable and allocation-free. <see langword="default"/> is <see cref="Default"/>. Equality compares the document.
/// In JSON, the document's id (<c>merhav-page</c>) or <c>default</c>. A <see cref="SourceDocument"/> converts
/// implicitly, so rules written with a document keep reading as before.
/// </remarks>
[JsonConverter(typeof(ProvenanceJsonConverter))]
public readonly struct Provenance : IEquatable<Provenance>
{
    /// <summary>The JSON and text id of <see cref="Default"/>: <c>default</c>.</summary>
    public const string DefaultId = "default";

    private readonly SourceDocument _document;

    private Provenance(SourceDocument document) => _document = document;

    /// <summary>No source states it: a default (the <see langword="default"/> value).</summary>
    public static Provenance Default => default;

    /// <summary>The document that states it, or <see langword="null"/> for <see cref="Default"/>.</summary>
    public SourceDocument? Document => _document == 0 ? null : _document;

    /// <summary>Whether no source states it.</summary>
    public bool IsDefault => _document == 0;

    /// <summary>Stated by <paramref name="document"/>.</summary>
    public static Provenance Of(SourceDocument document) => new(document);

    /// <summary>Stated by <paramref name="document"/> (the same as <see cref="Of"/>).</summary>
    public static implicit operator Provenance(SourceDocument document) => new(document);

    /// <summary>Reads <c>default</c> or a source document's id.</summary>
    /// <returns><see langword="true"/> when <paramref name="id"/> is one of them.</returns>
    public static bool TryParse(string? id, out Provenance provenance)
    {
        if (id == DefaultId)
        {
            provenance = Default;
            return true;
        }

        var known = Ids.TryParse<SourceDocument>(id, out var document);
        provenance = known ? new Provenance(document) : Default;
        return known;
    }

    /// <inheritdoc/>
    public bool Equals(Provenance other) => _document == other._document;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Provenance other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (int)_document;

    /// <summary>Returns the document's id, or <c>default</c>.</summary>
    public override string ToString() => Document?.ToId() ?? DefaultId;

    /// <summary>Whether both name the same document (or both are <see cref="Default"/>).</summary>
    public static bool operator ==(Provenance left, Provenance right) => left.Equals(right);

    /// <summary>Whether they differ.</summary>
    public static bool operator !=(Provenance left, Provenance right) => !left.Equals(right);

    internal void Validate(Problems problems, string path) => problems.Defined(Document, path);
}
