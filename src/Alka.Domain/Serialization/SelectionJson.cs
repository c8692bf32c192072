using System.Text.Json;
using System.Text.Json.Serialization;
using Alka.Domain.Programs;
using Alka.Domain.Selection;
using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Serialization;

/// <summary>
/// The selection's JSON documents, through the library's one source-generated context: a selection policy
/// (<c>{"schemaVersion": 1, "policy": { … }}</c>, read and written; schema <see cref="PolicySchema"/>), candidates
/// (<c>{"schemaVersion": 1, "candidates": [ … ]}</c>, read and written; schema <see cref="CandidatesSchema"/>), and a
/// selection's result (written). See <c>docs/selection.md</c>.
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

    private static readonly Lazy<string> PolicySchemaText = new(() => JsonSchemas.Export(
        AlkaJson.TypeInfo<SelectionPolicyDocument>(),
        "Alka.Domain selection policy",
        $"How a program chooses its participants: eligibility, weighted criteria, seats, quotas, waiting list; schema version {CurrentSchemaVersion}."));

    private static readonly Lazy<string> CandidatesSchemaText = new(() => JsonSchemas.Export(
        AlkaJson.TypeInfo<CandidatePool>(),
        "Alka.Domain candidates",
        $"The candidates of a selection, schema version {CandidatePool.CurrentSchemaVersion}."));

    /// <summary>The JSON Schema (draft 2020-12) of a policy document; also <c>docs/schema/selection-policy.schema.json</c>.</summary>
    public static string PolicySchema => PolicySchemaText.Value;

    /// <summary>The JSON Schema (draft 2020-12) of a candidates document; also <c>docs/schema/candidates.schema.json</c>.</summary>
    public static string CandidatesSchema => CandidatesSchemaText.Value;

    /// <summary>Writes <paramref name="policy"/> as an indented policy document that <see cref="ReadPolicy(string)"/> reads back to an equal policy.</summary>
    public static string Write(SelectionPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return JsonSerializer.Serialize(new SelectionPolicyDocument(CurrentSchemaVersion, policy), AlkaJson.TypeInfo<SelectionPolicyDocument>());
    }

    /// <summary>Reads and validates a policy document from JSON text.</summary>
    /// <returns>The policy, or every problem found (see <see cref="SerializationErrors"/> and <see cref="SelectionErrors"/>).</returns>
    public static Result<SelectionPolicy> ReadPolicy(string json) =>
        Validated(GuardedJson.Read(json, AlkaJson.TypeInfo<SelectionPolicyDocument>()), Validate).Map(d => d.Policy);

    /// <summary>Reads and validates a policy document from a stream of UTF-8 JSON.</summary>
    /// <returns>The policy, or every problem found.</returns>
    public static Result<SelectionPolicy> ReadPolicy(Stream utf8Json) =>
        Validated(GuardedJson.Read(utf8Json, AlkaJson.TypeInfo<SelectionPolicyDocument>()), Validate).Map(d => d.Policy);

    /// <summary>Writes <paramref name="pool"/> as an indented candidates document that <see cref="ReadCandidates(string)"/> reads back to an equal pool.</summary>
    public static string Write(CandidatePool pool)
    {
        ArgumentNullException.ThrowIfNull(pool);
        return JsonSerializer.Serialize(pool, AlkaJson.TypeInfo<CandidatePool>());
    }

    /// <summary>
    /// Reads and validates a candidates document from JSON text; each candidate whose locality is a CBS code must agree
    /// with Israel's local authorities (<see cref="LocalityDirectory.LocalAuthorities"/>).
    /// </summary>
    /// <returns>The pool, or every problem found, e.g. at <c>$.candidates[3].socioeconomicCluster</c>.</returns>
    public static Result<CandidatePool> ReadCandidates(string json) =>
        Validated(GuardedJson.Read(json, AlkaJson.TypeInfo<CandidatePool>()), (pool, problems) => Validate(pool, problems, LocalityDirectory.LocalAuthorities));

    /// <summary>
    /// Reads and validates a candidates document from JSON text; each candidate whose locality <paramref name="localities"/>
    /// finds must agree with it (see <see cref="CandidatePool.Create"/>).
    /// </summary>
    /// <returns>The pool, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="localities"/> is null.</exception>
    public static Result<CandidatePool> ReadCandidates(string json, ILocalityDirectory localities)
    {
        ArgumentNullException.ThrowIfNull(localities);
        return Validated(GuardedJson.Read(json, AlkaJson.TypeInfo<CandidatePool>()), (pool, problems) => Validate(pool, problems, localities));
    }

    /// <summary>Reads and validates a candidates document from a stream of UTF-8 JSON (see <see cref="ReadCandidates(string)"/>).</summary>
    /// <returns>The pool, or every problem found.</returns>
    public static Result<CandidatePool> ReadCandidates(Stream utf8Json) =>
        Validated(GuardedJson.Read(utf8Json, AlkaJson.TypeInfo<CandidatePool>()), (pool, problems) => Validate(pool, problems, LocalityDirectory.LocalAuthorities));

    /// <summary>Reads and validates a candidates document from a stream of UTF-8 JSON, checked against <paramref name="localities"/>.</summary>
    /// <returns>The pool, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="localities"/> is null.</exception>
    public static Result<CandidatePool> ReadCandidates(Stream utf8Json, ILocalityDirectory localities)
    {
        ArgumentNullException.ThrowIfNull(localities);
        return Validated(GuardedJson.Read(utf8Json, AlkaJson.TypeInfo<CandidatePool>()), (pool, problems) => Validate(pool, problems, localities));
    }

    /// <summary>
    /// Writes a selection's result: <c>{"schemaVersion", "size", "eligible", "seatsShort", "totalScore", "quotas",
    /// "candidates"}</c>, the candidates in decision order, each <c>{"candidate", "decision", "rank", "score",
    /// "breakdown", "reasons"}</c>. A score is <c>{"points", "weight", "value"}</c>: exactly <c>points / weight</c>,
    /// <c>value</c> rounded to two decimals.
    /// </summary>
    public static string Write(CohortSelection selection) =>
        JsonSerializer.Serialize(Document(selection), AlkaJson.TypeInfo<SelectionResultJson>());

    /// <summary>Writes a selection's result (<see cref="Write(CohortSelection)"/>) as UTF-8 to <paramref name="utf8Json"/>: the same bytes.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(CohortSelection selection, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        JsonSerializer.Serialize(utf8Json, Document(selection), AlkaJson.TypeInfo<SelectionResultJson>());
    }

    private static SelectionResultJson Document(CohortSelection selection)
    {
        ArgumentNullException.ThrowIfNull(selection);
        return new SelectionResultJson(
            CurrentSchemaVersion,
            selection.Size,
            selection.EligibleCount,
            selection.SeatsShort,
            ScoreJson.Of(selection.TotalScore),
            [.. selection.Quotas.Select(q => new QuotaOutcomeJson(q.Quota.Id, q.Minimum, q.Maximum, q.Reached, q.Value, q.Missing, q.IsMet))],
            [.. selection.Decisions.Select(d => new CandidateDecisionJson(
                d.Candidate.Id,
                d.Decision.ToId(),
                d.Rank,
                ScoreJson.Of(d.Score),
                [.. d.Breakdown.Select(m => new CriterionMarkJson(m.Criterion.ToId(), m.Mark, m.Weight))],
                [.. d.Reasons]))]);
    }

    private static void Validate(SelectionPolicyDocument document, Problems problems)
    {
        if (document.SchemaVersion != CurrentSchemaVersion)
        {
            problems.Add("$.schemaVersion", ProgramErrors.UnsupportedSchemaVersion, $"Schema version {document.SchemaVersion} is not {CurrentSchemaVersion}, the version this library reads.");
        }

        document.Policy.Validate(problems, "$.policy");
    }

    private static void Validate(CandidatePool pool, Problems problems, ILocalityDirectory? localities)
    {
        if (pool.SchemaVersion != CandidatePool.CurrentSchemaVersion)
        {
            problems.Add("$.schemaVersion", ProgramErrors.UnsupportedSchemaVersion, $"Schema version {pool.SchemaVersion} is not {CandidatePool.CurrentSchemaVersion}, the version this library reads.");
        }

        pool.Validate(problems, CandidatePool.Paths("$.candidates"), localities, validateCandidates: true);
    }

    private static Result<T> Validated<T>(Result<T> read, Action<T, Problems> validate) => read.Bind(document =>
    {
        var problems = new Problems();
        validate(document, problems);
        return problems.ToResult(document);
    });
}

/// <summary>A policy document: the format's version and the policy.</summary>
internal sealed class SelectionPolicyDocument
{
    [JsonConstructor]
    public SelectionPolicyDocument(int schemaVersion, SelectionPolicy policy)
    {
        SchemaVersion = schemaVersion;
        Policy = policy;
    }

    public int SchemaVersion { get; }

    public SelectionPolicy Policy { get; }
}

/// <summary>A selection's result as JSON.</summary>
internal sealed record SelectionResultJson(
    int SchemaVersion, int Size, int Eligible, int SeatsShort, ScoreJson? TotalScore, QuotaOutcomeJson[] Quotas, CandidateDecisionJson[] Candidates);

/// <summary>A score as JSON: exactly <c>points / weight</c>, and the value rounded to two decimals.</summary>
internal sealed record ScoreJson(long Points, int Weight, decimal Value)
{
    public static ScoreJson? Of(Score score) => score.IsNone ? null : new(score.Points, score.Weight, score.Hundredths * 0.01m);
}

/// <summary>A quota's outcome as JSON.</summary>
internal sealed record QuotaOutcomeJson(string Id, int? Minimum, int? Maximum, int Reached, string? Value, int Missing, bool Met);

/// <summary>A candidate's decision as JSON.</summary>
internal sealed record CandidateDecisionJson(string Candidate, string Decision, int? Rank, ScoreJson? Score, CriterionMarkJson[] Breakdown, string[] Reasons);

/// <summary>One line of a score's breakdown as JSON.</summary>
internal sealed record CriterionMarkJson(string Criterion, int Mark, int Weight);
