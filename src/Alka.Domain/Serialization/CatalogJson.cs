using System.Text.Json;
using Alka.Domain.Programs;
using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Serialization;

/// <summary>
/// The catalog's JSON format: writes a <see cref="ProgramCatalog"/> and reads one back, validated. JSON is a trust
/// boundary: whatever comes in — malformed, truncated, hostile (deeply nested, huge) or breaking the domain's rules —
/// is a <see cref="Result"/> listing the problems, never an exception.
/// </summary>
/// <remarks>
/// A document is <c>{"schemaVersion": 2, "institute": …, "organizations": […], "programs": […]}</c>; see
/// <c>docs/json.md</c> and the JSON Schema (<see cref="Schema"/>, also <c>docs/schema/catalog.schema.json</c>). Every
/// error's identifier is a JSON path such as <c>$.programs[2].format.cohorts[0].coordinator</c>. Thread-safe.
/// </remarks>
public static class CatalogJson
{
    private static readonly Lazy<string> SchemaText = new(BuildSchema);

    /// <summary>The JSON Schema (draft 2020-12) of the catalog format, indented, with <c>\n</c> line ends.</summary>
    public static string Schema => SchemaText.Value;

    /// <summary>Writes <paramref name="catalog"/> as indented JSON that <see cref="Read(string)"/> reads back to an equal catalog.</summary>
    public static string Write(ProgramCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return JsonSerializer.Serialize(catalog, AlkaJson.TypeInfo<ProgramCatalog>());
    }

    /// <summary>Writes one program as indented JSON (the format of an entry of <c>programs</c>).</summary>
    public static string Write(InstituteProgram program)
    {
        ArgumentNullException.ThrowIfNull(program);
        return JsonSerializer.Serialize(program, AlkaJson.TypeInfo<InstituteProgram>());
    }

    /// <summary>Reads and validates a catalog from JSON text.</summary>
    /// <returns>The catalog, or every problem found (see <see cref="SerializationErrors"/> and the domain's error codes).</returns>
    public static Result<ProgramCatalog> Read(string json) => JsonDocuments.Read<ProgramCatalog>(json, Validate);

    /// <summary>Reads and validates a catalog from a stream of UTF-8 JSON, reading at most <see cref="AlkaJson.MaxBytes"/> + 1 bytes.</summary>
    /// <returns>The catalog, or every problem found.</returns>
    public static Result<ProgramCatalog> Read(Stream utf8Json) => JsonDocuments.Read<ProgramCatalog>(utf8Json, Validate);

    /// <summary>Reads and validates a catalog from UTF-8 JSON (a leading byte-order mark is allowed).</summary>
    /// <returns>The catalog, or every problem found.</returns>
    public static Result<ProgramCatalog> Read(ReadOnlySpan<byte> utf8Json) => JsonDocuments.Read<ProgramCatalog>(utf8Json, Validate);

    private static void Validate(ProgramCatalog catalog, Problems problems) => catalog.Validate(problems, "$");

    private static string BuildSchema() => JsonDocuments.Schema<ProgramCatalog>(
        "Alka.Domain program catalog",
        $"The catalog of the Alka Institute's programs, schema version {ProgramCatalog.CurrentSchemaVersion}.");
}
