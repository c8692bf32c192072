using Alka.Domain.Geography;
using Ardalis.Result;

namespace Alka.Domain.Serialization;

/// <summary>
/// The local authorities document (<see cref="AuthoritiesDocument"/>), as <c>alka authorities --format json</c> writes
/// it: <c>{"schemaVersion": 1, "authorities": [ … ]}</c>, each authority with its CBS code, names, status, district,
/// region, figures (each with its year) and sector; read back, validated, as a trust boundary.
/// </summary>
/// <remarks>
/// Schema: <see cref="Schema"/> (also <c>docs/schema/authorities.schema.json</c>). Every reading error's identifier is a
/// JSON path such as <c>$.authorities[3].code</c>. Thread-safe.
/// </remarks>
public static class GeographyJson
{
    /// <summary>The local authorities document.</summary>
    internal static readonly JsonDocumentFormat<AuthoritiesDocument> Format = new(
        "authorities",
        "Alka.Domain local authorities",
        $"The local authorities of Israel (CBS), as alka authorities --format json writes them, schema version {AuthoritiesDocument.CurrentSchemaVersion}.",
        AuthoritiesDocument.CurrentSchemaVersion,
        (document, problems, path) => document.Validate(problems, path));

    /// <summary>The JSON Schema (draft 2020-12) of the local authorities document, indented, with <c>\n</c> line ends.</summary>
    public static string Schema => Format.Schema;

    /// <summary>Writes <paramref name="authorities"/> as an indented local authorities document, in the order given.</summary>
    /// <exception cref="ArgumentException"><paramref name="authorities"/> lists an authority twice (a programmer error).</exception>
    public static string Write(IEnumerable<LocalAuthority> authorities) => Format.Write(AuthoritiesDocument.From(authorities));

    /// <summary>Reads and validates a local authorities document from JSON text.</summary>
    /// <returns>The document, or every problem found (see <see cref="SerializationErrors"/> and <see cref="GeographyErrors"/>).</returns>
    public static Result<AuthoritiesDocument> ReadAuthorities(string json) => Format.Read(json);

    /// <summary>Reads and validates a local authorities document from a stream of UTF-8 JSON, reading at most <see cref="AlkaJson.MaxBytes"/> + 1 bytes.</summary>
    /// <returns>The document, or every problem found.</returns>
    public static Result<AuthoritiesDocument> ReadAuthorities(Stream utf8Json) => Format.Read(utf8Json);
}
