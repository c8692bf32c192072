using System.Globalization;
using System.Text.Json.Serialization;
using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Selection;

/// <summary>The candidates of one selection: every applicant, each with a unique id, in the order given.</summary>
/// <remarks>
/// Immutable and thread-safe; built through <see cref="Create"/>, <see cref="CandidateCsv.Read(string, ILocalityDirectory?)"/>
/// or <c>SelectionJson.ReadCandidates</c>, so ids are unique and every candidate is valid. In JSON
/// <c>{"schemaVersion": 1, "candidates": [ … ]}</c>. Equality compares the candidates in order.
/// </remarks>
public sealed class CandidatePool : IEquatable<CandidatePool>
{
    /// <summary>The version of the candidates' JSON format that this library writes and reads.</summary>
    public const int CurrentSchemaVersion = 1;

    private readonly Candidate[] _candidates;
    private Dictionary<string, int>? _index;

    [JsonConstructor]
    internal CandidatePool(int schemaVersion, IReadOnlyList<Candidate> candidates)
    {
        SchemaVersion = schemaVersion;
        _candidates = [.. candidates ?? []];
        Candidates = Array.AsReadOnly(_candidates);
    }

    /// <summary>The version of the JSON format; always <see cref="CurrentSchemaVersion"/> for a valid pool.</summary>
    public int SchemaVersion { get; }

    /// <summary>Every candidate, in the order given.</summary>
    public IReadOnlyList<Candidate> Candidates { get; }

    /// <summary>How many candidates the pool holds.</summary>
    [JsonIgnore]
    public int Count => _candidates.Length;

    /// <summary>The candidates as a span, for <see cref="SelectionPolicy.Assess(ReadOnlySpan{Candidate}, Span{Assessment})"/>.</summary>
    [JsonIgnore]
    public ReadOnlySpan<Candidate> Span => _candidates;

    /// <summary>
    /// A pool of <paramref name="candidates"/>; each candidate whose locality <paramref name="localities"/> finds must
    /// agree with it (by default <see cref="LocalityDirectory.LocalAuthorities"/>: a CBS code's population, cluster and
    /// region; <see cref="LocalityDirectory.None"/> checks nothing).
    /// </summary>
    /// <returns>
    /// The pool, or every problem with the candidate's index (<c>[3].id</c>): a missing candidate
    /// (<see cref="CommonErrors.Required"/>), a repeated id (<see cref="SelectionErrors.DuplicateCandidate"/>), a
    /// population, cluster or region that contradicts the locality's (<see cref="SelectionErrors.LocalityContradiction"/>).
    /// </returns>
    public static Result<CandidatePool> Create(IEnumerable<Candidate> candidates, ILocalityDirectory? localities = null)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var pool = new CandidatePool(CurrentSchemaVersion, [.. candidates]);
        var problems = new Problems();
        pool.Validate(problems, Paths(string.Empty), localities, validateCandidates: false);
        return problems.ToResult(pool);
    }

    /// <summary>The candidate <paramref name="id"/>, or <see langword="null"/>.</summary>
    public Candidate? Find(string? id) => id is not null && Index.TryGetValue(id, out var i) ? _candidates[i] : null;

    /// <inheritdoc/>
    public bool Equals(CandidatePool? other) =>
        other is not null && SchemaVersion == other.SchemaVersion && _candidates.AsSpan().SequenceEqual(other._candidates);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CandidatePool);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(SchemaVersion, Equality.Hash(Candidates));

    /// <summary>Returns e.g. <c>120 candidates</c>.</summary>
    public override string ToString() => $"{Count} candidates";

    /// <summary>The position of the candidate <paramref name="id"/> in <see cref="Candidates"/>, or -1.</summary>
    internal int IndexOf(string id) => Index.TryGetValue(id, out var i) ? i : -1;

    /// <summary>The same pool with the candidate at <paramref name="index"/> replaced (what-if); unchecked.</summary>
    internal CandidatePool With(int index, Candidate candidate)
    {
        var candidates = (Candidate[])_candidates.Clone();
        candidates[index] = candidate;
        return new CandidatePool(SchemaVersion, candidates) { _index = _index };
    }

    /// <summary>Names a candidate's member by JSON path under <paramref name="root"/>: <c>$.candidates[3].id</c> (the candidate itself for an empty member).</summary>
    internal static Func<int, string, string> Paths(string root) =>
        (i, member) => member.Length == 0 ? At.Index(root, i) : At.Member(At.Index(root, i), member);

    private Dictionary<string, int> Index => _index ??= BuildIndex();

    private Dictionary<string, int> BuildIndex()
    {
        var index = new Dictionary<string, int>(_candidates.Length, StringComparer.Ordinal);
        for (var i = 0; i < _candidates.Length; i++)
        {
            index.TryAdd(_candidates[i].Id, i);
        }

        return index;
    }

    /// <summary>
    /// Records every problem of a pool read from JSON, at its JSON path under <paramref name="path"/>: the format's
    /// version, each candidate, and each candidate against <paramref name="localities"/>.
    /// </summary>
    internal void Validate(Problems problems, string path, ILocalityDirectory localities)
    {
        Serialization.SchemaVersions.Check(SchemaVersion, CurrentSchemaVersion, problems, path);
        Validate(problems, Paths(At.Member(path, "candidates")), localities, validateCandidates: true);
    }

    /// <summary>
    /// Records every problem of the pool; <paramref name="at"/> names a candidate's member (its index and the member's
    /// JSON name) as the reader's format does: a JSON path, a CSV row and column.
    /// </summary>
    internal void Validate(Problems problems, Func<int, string, string> at, ILocalityDirectory? localities, bool validateCandidates)
    {
        var seen = new Dictionary<string, int>(_candidates.Length, StringComparer.Ordinal);
        for (var i = 0; i < _candidates.Length; i++)
        {
            var index = i;
            if (!problems.Required(_candidates[i], at(i, string.Empty)))
            {
                continue;
            }

            var candidate = _candidates[i];
            if (validateCandidates)
            {
                candidate.Validate(problems, member => at(index, member));
            }

            if (candidate.Id is { } id && !seen.TryAdd(id, i))
            {
                problems.Add(at(i, "id"), SelectionErrors.DuplicateCandidate, $"The candidate '{id}' appears more than once.");
            }

            if (!string.IsNullOrWhiteSpace(candidate.Locality) && (localities ?? LocalityDirectory.LocalAuthorities).TryFind(candidate.Locality, out var facts))
            {
                Contradictions(candidate, facts, problems, member => at(index, member));
            }
        }
    }

    private static void Contradictions(Candidate candidate, LocalityFacts facts, Problems problems, Func<string, string> at)
    {
        if (facts.Population is { } population && population != candidate.LocalityPopulation)
        {
            problems.Add(at("localityPopulation"), SelectionErrors.LocalityContradiction, string.Create(
                CultureInfo.InvariantCulture,
                $"'{candidate.Locality}' (locality {facts.Code}) has {population} residents, not {candidate.LocalityPopulation}."));
        }

        if (facts.SocioeconomicCluster is { } cluster && cluster != candidate.SocioeconomicCluster)
        {
            problems.Add(at("socioeconomicCluster"), SelectionErrors.LocalityContradiction, string.Create(
                CultureInfo.InvariantCulture,
                $"'{candidate.Locality}' (locality {facts.Code}) is in socio-economic cluster {cluster}, not {candidate.SocioeconomicCluster}."));
        }

        if (facts.Region is { } region && region != candidate.District)
        {
            problems.Add(at("district"), SelectionErrors.LocalityContradiction, $"'{candidate.Locality}' (locality {facts.Code}) is in {region.ToId()}, not {(Ids.IsDefined(candidate.District) ? candidate.District.ToId() : candidate.District.ToString())}.");
        }
    }
}
