using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Serialization;

/// <summary>
/// One published JSON document: written and read through <see cref="AlkaJson.Options"/>, read as a trust boundary
/// (size and depth checked in one linear pass first, shape problems in the format's words at their JSON path, then
/// every broken rule), its JSON Schema generated from the same metadata. Each document's public class
/// (<see cref="CatalogJson"/>, <see cref="CalendarJson"/>) is a thin face over one of these; see <c>docs/json.md</c>,
/// "Adding a document".
/// </summary>
/// <typeparam name="T">The document's root type, registered in <see cref="AlkaJsonContext"/>.</typeparam>
internal sealed class JsonDocumentFormat<T> : IJsonDocumentFormat
    where T : class
{
    private readonly Action<T, Problems, string> _validate;
    private readonly Lazy<string> _schema;

    /// <param name="name">The document's name, kebab-case: its schema is <c>docs/schema/{name}.schema.json</c>.</param>
    /// <param name="title">The schema's title.</param>
    /// <param name="description">The schema's description.</param>
    /// <param name="schemaVersion">The version written and the only one read: the schema's <c>const</c>.</param>
    /// <param name="validate">Adds every broken rule of a document read, at its JSON path under the given root path.</param>
    public JsonDocumentFormat(string name, string title, string description, int schemaVersion, Action<T, Problems, string> validate)
    {
        Name = name;
        SchemaVersion = schemaVersion;
        _validate = validate;
        _schema = new(() => JsonSchemaWriter.Write(TypeInfo, title, description, schemaVersion));
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>The version written and read.</summary>
    public int SchemaVersion { get; }

    /// <inheritdoc/>
    public string Schema => _schema.Value;

    /// <summary>The root type's metadata.</summary>
    public static JsonTypeInfo<T> TypeInfo => AlkaJson.TypeInfo<T>();

    /// <summary>Writes <paramref name="document"/> as indented JSON.</summary>
    public string Write(T document) => JsonSerializer.Serialize(document, TypeInfo);

    /// <summary>Writes <paramref name="document"/> as indented UTF-8 JSON to <paramref name="utf8Json"/>: the bytes of <see cref="Write(T)"/>.</summary>
    public void Write(T document, Stream utf8Json) => JsonSerializer.Serialize(utf8Json, document, TypeInfo);

    /// <summary>Reads and validates a document from JSON text.</summary>
    public Result<T> Read(string json) => Read(json, _validate);

    /// <summary>Reads and validates a document from a stream of UTF-8 JSON, reading at most <see cref="AlkaJson.MaxBytes"/> + 1 bytes.</summary>
    public Result<T> Read(Stream utf8Json) => Read(utf8Json, _validate);

    /// <summary>Reads and validates a document from UTF-8 JSON (a leading byte-order mark is allowed).</summary>
    public Result<T> Read(ReadOnlySpan<byte> utf8Json) => Validated(GuardedJson.Read(utf8Json, TypeInfo), _validate);

    /// <summary>
    /// Reads a document from JSON text and validates it with <paramref name="validate"/> in place of the format's own
    /// validation: for rules that depend on the call (the localities a candidates document is checked against).
    /// </summary>
    public Result<T> Read(string json, Action<T, Problems, string> validate) => Validated(GuardedJson.Read(json, TypeInfo), validate);

    /// <summary>Reads a document from a stream of UTF-8 JSON and validates it with <paramref name="validate"/> (see <see cref="Read(string, Action{T, Problems, string})"/>).</summary>
    public Result<T> Read(Stream utf8Json, Action<T, Problems, string> validate) => Validated(GuardedJson.Read(utf8Json, TypeInfo), validate);

    /// <inheritdoc/>
    public IReadOnlyList<ValidationError> Check(string json) => Read(json).ValidationErrors.ToList();

    // The guards first (size, syntax, depth, shape: GuardedJson), then every broken rule of the document.
    private static Result<T> Validated(Result<T> read, Action<T, Problems, string> validate)
    {
        if (!read.IsSuccess)
        {
            return read;
        }

        var problems = new Problems();
        validate(read.Value, problems, "$");
        return problems.ToResult(read.Value);
    }
}

/// <summary>A published document, whatever its root type: what the schema tests and the docs go through.</summary>
internal interface IJsonDocumentFormat
{
    /// <summary>The document's name: its schema is <c>docs/schema/{Name}.schema.json</c>.</summary>
    string Name { get; }

    /// <summary>The JSON Schema (draft 2020-12), indented, with <c>\n</c> line ends.</summary>
    string Schema { get; }

    /// <summary>Every problem of <paramref name="json"/> as the document's reader finds them; none for a valid document.</summary>
    IReadOnlyList<ValidationError> Check(string json);
}

/// <summary>Every published JSON document: one line per document. The tests write each schema into <c>docs/schema/</c> and validate documents against it.</summary>
internal static class JsonDocuments
{
    /// <summary>The documents, by name.</summary>
    public static IReadOnlyList<IJsonDocumentFormat> All =>
    [
        CatalogJson.Format,
        CalendarJson.ObservancesFormat,
        CalendarJson.DaysFormat,
        GeographyJson.Format,
        PlanJson.Format,
        SelectionJson.PolicyFormat,
        SelectionJson.CandidatesFormat,
        SelectionJson.ResultFormat,
        BudgetJson.Format,
        BudgetJson.EstimateFormat,
    ];
}
