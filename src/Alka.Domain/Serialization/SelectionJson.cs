using System.Text.Json.Serialization;
using Alka.Domain.Selection;
using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Serialization;

/// <summary>
/// The selection's JSON documents, through the library's one source-generated context: a selection policy
/// (<c>{"schemaVersion": 1, "policy": { … }}</c>, read and written; schema <see cref="PolicySchema"/>), candidates
/// (<c>{"schemaVersion": 1, "candidates": [ … ]}</c>, read and written; schema <see cref="CandidatesSchema"/>), and a
/// selection's result (written; schema <see cref="ResultSchema"/>). See <c>docs/selection.md</c>.
/// </summary>
/// <remarks>
/// Reading is a trust boundary, as for the catalog (<see cref="CatalogJson"/>): every problem is an error whose identifier
/// is a JSON path (<c>$.policy.quotas[2].minimum</c>, <c>$.candidates[7].scores.leadership</c>), never an exception.
/// Thread-safe.
/// </remarks>
public static class SelectionJson
{
    /// <summary>The version of the policy and result formats that this library writes and reads.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>The policy document: <c>docs/schema/selection-policy.schema.json</c>.</summary>
    internal static readonly JsonDocumentFormat<SelectionPolicyDocument> PolicyFormat = new(
        "selection-policy",
        "Alka.Domain selection policy",
        $"How a program chooses its participants: eligibility, weighted criteria, seats, quotas, waiting list; schema version {CurrentSchemaVersion}.",
        CurrentSchemaVersion,
        (document, problems, path) => document.Validate(problems, path));

    /// <summary>The candidates document: <c>docs/schema/candidates.schema.json</c>; read against Israel's local authorities unless a call names other localities.</summary>
    internal static readonly JsonDocumentFormat<CandidatePool> CandidatesFormat = new(
        "candidates",
        "Alka.Domain candidates",
        $"The candidates of a selection, schema version {CandidatePool.CurrentSchemaVersion}.",
        CandidatePool.CurrentSchemaVersion,
        (pool, problems, path) => pool.Validate(problems, path, LocalityDirectory.LocalAuthorities));

    /// <summary>The selection's result, written only: <c>docs/schema/selection.schema.json</c>.</summary>
    internal static readonly JsonDocumentFormat<SelectionResultJson> ResultFormat = new(
        "selection",
        "Alka.Domain selection",
        $"A selection's result: each candidate's decision, rank, score and reasons, and each quota's outcome; schema version {CurrentSchemaVersion}.",
        CurrentSchemaVersion,
        (result, problems, path) => SchemaVersions.Check(result.SchemaVersion, CurrentSchemaVersion, problems, path));

    /// <summary>The JSON Schema (draft 2020-12) of a policy document; also <c>docs/schema/selection-policy.schema.json</c>.</summary>
    public static string PolicySchema => PolicyFormat.Schema;

    /// <summary>The JSON Schema (draft 2020-12) of a candidates document; also <c>docs/schema/candidates.schema.json</c>.</summary>
    public static string CandidatesSchema => CandidatesFormat.Schema;

    /// <summary>The JSON Schema (draft 2020-12) of a selection's result (<see cref="Write(CohortSelection)"/>); also <c>docs/schema/selection.schema.json</c>.</summary>
    public static string ResultSchema => ResultFormat.Schema;

    /// <summary>Writes <paramref name="policy"/> as an indented policy document that <see cref="ReadPolicy(string)"/> reads back to an equal policy.</summary>
    public static string Write(SelectionPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return PolicyFormat.Write(new SelectionPolicyDocument(CurrentSchemaVersion, policy));
    }

    /// <summary>Reads and validates a policy document from JSON text.</summary>
    /// <returns>The policy, or every problem found (see <see cref="SerializationErrors"/> and <see cref="SelectionErrors"/>).</returns>
    public static Result<SelectionPolicy> ReadPolicy(string json) => PolicyFormat.Read(json).Map(d => d.Policy);

    /// <summary>Reads and validates a policy document from a stream of UTF-8 JSON.</summary>
    /// <returns>The policy, or every problem found.</returns>
    public static Result<SelectionPolicy> ReadPolicy(Stream utf8Json) => PolicyFormat.Read(utf8Json).Map(d => d.Policy);

    /// <summary>Writes <paramref name="pool"/> as an indented candidates document that <see cref="ReadCandidates(string)"/> reads back to an equal pool.</summary>
    public static string Write(CandidatePool pool)
    {
        ArgumentNullException.ThrowIfNull(pool);
        return CandidatesFormat.Write(pool);
    }

    /// <summary>
    /// Reads and validates a candidates document from JSON text; each candidate whose locality is a CBS code must agree
    /// with Israel's local authorities (<see cref="LocalityDirectory.LocalAuthorities"/>).
    /// </summary>
    /// <returns>The pool, or every problem found, e.g. at <c>$.candidates[3].socioeconomicCluster</c>.</returns>
    public static Result<CandidatePool> ReadCandidates(string json) => CandidatesFormat.Read(json);

    /// <summary>
    /// Reads and validates a candidates document from JSON text; each candidate whose locality <paramref name="localities"/>
    /// finds must agree with it (see <see cref="CandidatePool.Create"/>).
    /// </summary>
    /// <returns>The pool, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="localities"/> is null.</exception>
    public static Result<CandidatePool> ReadCandidates(string json, ILocalityDirectory localities)
    {
        ArgumentNullException.ThrowIfNull(localities);
        return CandidatesFormat.Read(json, (pool, problems, path) => pool.Validate(problems, path, localities));
    }

    /// <summary>Reads and validates a candidates document from a stream of UTF-8 JSON (see <see cref="ReadCandidates(string)"/>).</summary>
    /// <returns>The pool, or every problem found.</returns>
    public static Result<CandidatePool> ReadCandidates(Stream utf8Json) => CandidatesFormat.Read(utf8Json);

    /// <summary>Reads and validates a candidates document from a stream of UTF-8 JSON, checked against <paramref name="localities"/>.</summary>
    /// <returns>The pool, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="localities"/> is null.</exception>
    public static Result<CandidatePool> ReadCandidates(Stream utf8Json, ILocalityDirectory localities)
    {
        ArgumentNullException.ThrowIfNull(localities);
        return CandidatesFormat.Read(utf8Json, (pool, problems, path) => pool.Validate(problems, path, localities));
    }

    /// <summary>
    /// Writes a selection's result: <c>{"schemaVersion", "size", "eligible", "seatsShort", "totalScore", "quotas",
    /// "candidates"}</c>, the candidates in decision order, each <c>{"candidate", "decision", "rank", "score",
    /// "breakdown", "reasons"}</c>. A score is <c>{"points", "weight", "value"}</c>: exactly <c>points / weight</c>,
    /// <c>value</c> rounded to two decimals. Schema: <see cref="ResultSchema"/>.
    /// </summary>
    public static string Write(CohortSelection selection) => ResultFormat.Write(SelectionResultJson.Of(selection));

    /// <summary>Writes a selection's result (<see cref="Write(CohortSelection)"/>) as UTF-8 to <paramref name="utf8Json"/>: the same bytes.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(CohortSelection selection, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ResultFormat.Write(SelectionResultJson.Of(selection), utf8Json);
    }
}

/// <summary>A policy document: the format's version and the policy.</summary>
internal sealed class SelectionPolicyDocument
{
    [JsonConstructor]
    internal SelectionPolicyDocument(int schemaVersion, SelectionPolicy policy)
    {
        SchemaVersion = schemaVersion;
        Policy = policy;
    }

    public int SchemaVersion { get; }

    public SelectionPolicy Policy { get; }

    /// <summary>Adds every broken rule at its JSON path under <paramref name="path"/>.</summary>
    internal void Validate(Problems problems, string path)
    {
        SchemaVersions.Check(SchemaVersion, SelectionJson.CurrentSchemaVersion, problems, path);
        Policy.Validate(problems, At.Member(path, "policy"));
    }
}

/// <summary>A selection's result as JSON, the root of the selection document (written only).</summary>
internal sealed record SelectionResultJson(
    [property: JsonPropertyOrder(0)] int SchemaVersion,
    [property: JsonPropertyOrder(1)] int Size,
    [property: JsonPropertyOrder(2)] int Eligible,
    [property: JsonPropertyOrder(3)] int SeatsShort,
    [property: JsonPropertyOrder(5)] IReadOnlyList<QuotaOutcomeJson> Quotas,
    [property: JsonPropertyOrder(6)] IReadOnlyList<CandidateDecisionJson> Candidates,
    [property: JsonPropertyOrder(4)] ScoreJson? TotalScore = null)
{
    public static SelectionResultJson Of(CohortSelection selection)
    {
        ArgumentNullException.ThrowIfNull(selection);
        return new(
            SelectionJson.CurrentSchemaVersion,
            selection.Size,
            selection.EligibleCount,
            selection.SeatsShort,
            [.. selection.Quotas.Select(q => new QuotaOutcomeJson(q.Quota.Id, q.Reached, q.Missing, q.IsMet, q.Minimum, q.Maximum, q.Value))],
            [.. selection.Decisions.Select(d => new CandidateDecisionJson(
                d.Candidate.Id,
                d.Decision,
                [.. d.Breakdown.Select(m => new CriterionMarkJson(m.Criterion, m.Mark, m.Weight))],
                d.Reasons,
                d.Rank,
                ScoreJson.Of(d.Score)))],
            ScoreJson.Of(selection.TotalScore));
    }
}

/// <summary>A score as JSON: exactly <c>points / weight</c>, and the value rounded to two decimals.</summary>
internal sealed record ScoreJson(long Points, int Weight, decimal Value)
{
    public static ScoreJson? Of(Score score) => score.IsNone ? null : new(score.Points, score.Weight, score.Hundredths * 0.01m);
}

/// <summary>A quota's outcome as JSON.</summary>
internal sealed record QuotaOutcomeJson(
    [property: JsonPropertyOrder(0)] string Id,
    [property: JsonPropertyOrder(3)] int Reached,
    [property: JsonPropertyOrder(5)] int Missing,
    [property: JsonPropertyOrder(6)] bool Met,
    [property: JsonPropertyOrder(1)] int? Minimum = null,
    [property: JsonPropertyOrder(2)] int? Maximum = null,
    [property: JsonPropertyOrder(4)] string? Value = null);

/// <summary>A candidate's decision as JSON.</summary>
internal sealed record CandidateDecisionJson(
    [property: JsonPropertyOrder(0)] string Candidate,
    [property: JsonPropertyOrder(1)] SelectionDecision Decision,
    [property: JsonPropertyOrder(4)] IReadOnlyList<CriterionMarkJson> Breakdown,
    [property: JsonPropertyOrder(5)] IReadOnlyList<string> Reasons,
    [property: JsonPropertyOrder(2)] int? Rank = null,
    [property: JsonPropertyOrder(3)] ScoreJson? Score = null);

/// <summary>One line of a score's breakdown as JSON.</summary>
internal sealed record CriterionMarkJson(MeritCriterion Criterion, int Mark, int Weight);
