namespace Alka.Domain.Serialization;

/// <summary>The error codes of reading JSON; the identifier of each is a JSON path (<c>$</c> for the whole document).</summary>
public static class SerializationErrors
{
    /// <summary>The document is larger than <see cref="AlkaJson.MaxBytes"/>.</summary>
    /// <remarks><see cref="CatalogJson"/>'s <c>Read</c> (identifier <c>$</c>).</remarks>
    public const string TooLarge = "json-too-large";

    /// <summary>The document nests deeper than <see cref="AlkaJson.MaxDepth"/>.</summary>
    /// <remarks><see cref="CatalogJson"/>'s <c>Read</c>.</remarks>
    public const string TooDeep = "json-too-deep";

    /// <summary>The document is not JSON: empty, truncated, a syntax error, invalid UTF-8.</summary>
    /// <remarks><see cref="CatalogJson"/>'s <c>Read</c>.</remarks>
    public const string Malformed = "json-malformed";

    /// <summary>The document is JSON but not of the format: a wrong type, a missing or unknown member, an unknown id.</summary>
    /// <remarks><see cref="CatalogJson"/>'s <c>Read</c>; the identifier is the JSON path of the member.</remarks>
    public const string Invalid = "json-invalid";
}
