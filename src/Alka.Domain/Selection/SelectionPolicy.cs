using System.Text.Json.Serialization;
using Alka.Domain.Sources;
using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Selection;

/// <summary>
/// How a program chooses its participants, as data: the eligibility rules, the weighted merit criteria, the seat
/// range, the quotas of a deliberate mix and the waiting list — each with its source or the default marker — and the
/// selection that applies them: <see cref="Select"/> chooses the optimal cohort and explains every decision,
/// <see cref="Audit"/> checks a cohort chosen elsewhere.
/// </summary>
/// <remarks>
/// <para>
/// Immutable and thread-safe; built through <see cref="Create"/> (or read from JSON by <c>SelectionJson</c> or in a
/// catalog, then validated). Equality compares every member in order.
/// </para>
/// <para>
/// A policy may state only who is eligible (a forum open to every district manager): <see cref="Assess(Candidate)"/>
/// works on any policy, <see cref="Select"/> and <see cref="Audit"/> need criteria and a seat range.
/// </para>
/// </remarks>
public sealed class SelectionPolicy : IEquatable<SelectionPolicy>
{
    /// <summary>The most quotas a policy has, 64.</summary>
    public const int MaxQuotas = 64;

    private readonly EligibilityRule[] _rules;
    private readonly int[] _weights;
    private readonly int _totalWeight;

    [JsonConstructor]
    internal SelectionPolicy(
        Provenance source,
        IReadOnlyList<EligibilityRule>? eligibility = null,
        IReadOnlyList<CriterionWeight>? criteria = null,
        SeatRange? seats = null,
        IReadOnlyList<Quota>? quotas = null,
        Waitlist waitlist = default,
        IReadOnlyList<ParticipantRole>? audience = null)
    {
        Source = source;
        Eligibility = ReadOnly.Copy(eligibility);
        Criteria = ReadOnly.Copy(criteria);
        Seats = seats;
        Quotas = ReadOnly.Copy(quotas);
        Waitlist = waitlist;
        Audience = ReadOnly.Copy(audience);
        Mix = ReadOnly.Copy(Quotas.Where(q => q is not null).Select(q => q.Dimension).Distinct());
        _rules = [.. Eligibility.Where(r => r is not null)];
        _weights = new int[Ids.All<MeritCriterion>().Count + 1];
        foreach (var criterion in Criteria)
        {
            if ((uint)criterion.Criterion < (uint)_weights.Length)
            {
                _weights[(int)criterion.Criterion] += criterion.Weight;
                _totalWeight += criterion.Weight;
            }
        }
    }

    /// <summary>The source document that states the policy, or <see cref="Provenance.Default"/> for a team's own policy.</summary>
    public Provenance Source { get; }

    /// <summary>The rules every participant meets; at most one of each kind.</summary>
    public IReadOnlyList<EligibilityRule> Eligibility { get; }

    /// <summary>The merit criteria candidates are scored on, with their weights, in the source's order; each at most once.</summary>
    public IReadOnlyList<CriterionWeight> Criteria { get; }

    /// <summary>How many participants a cohort has, or <see langword="null"/> when no source says (no selection then).</summary>
    public SeatRange? Seats { get; }

    /// <summary>The quotas of the deliberate mix, in the order reasons name them; ids unique; at most <see cref="MaxQuotas"/>.</summary>
    public IReadOnlyList<Quota> Quotas { get; }

    /// <summary>How many eligible candidates who were not admitted wait for a place.</summary>
    /// <value><see langword="default"/>: no waiting list.</value>
    public Waitlist Waitlist { get; }

    /// <summary>
    /// The roles the program addresses, as its source describes them ("managers and senior representatives"); informative
    /// only: a <see cref="RoleEligibility"/> rule is what a selection checks.
    /// </summary>
    public IReadOnlyList<ParticipantRole> Audience { get; }

    /// <summary>The dimensions along which the participants are deliberately mixed: those of <see cref="Quotas"/>, in order.</summary>
    [JsonIgnore]
    public IReadOnlyList<MixDimension> Mix { get; }

    /// <summary>Creates a policy; see the members for each argument.</summary>
    /// <returns>
    /// The policy, or every problem with its path: invalid rules, a kind of rule twice
    /// (<see cref="Validation.CommonErrors.DuplicateId"/>), a repeated criterion, a bad weight, a bad seat range, invalid
    /// quotas or repeated quota ids, a negative waiting list.
    /// </returns>
    public static Result<SelectionPolicy> Create(
        Provenance source,
        IEnumerable<EligibilityRule>? eligibility = null,
        IEnumerable<CriterionWeight>? criteria = null,
        SeatRange? seats = null,
        IEnumerable<Quota>? quotas = null,
        Waitlist waitlist = default,
        IEnumerable<ParticipantRole>? audience = null)
    {
        var policy = new SelectionPolicy(source, eligibility?.ToList(), criteria?.ToList(), seats, quotas?.ToList(), waitlist, audience?.ToList());
        return Problems.Check(policy, policy.Validate);
    }

    /// <summary>The rule of type <typeparamref name="T"/>, or <see langword="null"/> when the policy has none.</summary>
    public T? Rule<T>()
        where T : EligibilityRule => Eligibility.OfType<T>().FirstOrDefault();

    /// <summary>The quota <paramref name="id"/>, or <see langword="null"/>.</summary>
    public Quota? FindQuota(string id) => Quotas.FirstOrDefault(q => q.Id == id);

    /// <summary>Which rules <paramref name="candidate"/> fails and their score.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="candidate"/> is null.</exception>
    public Assessment Assess(Candidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return AssessUnchecked(candidate);
    }

    /// <summary>
    /// Assesses every candidate of <paramref name="candidates"/> into the same position of <paramref name="assessments"/>:
    /// the hot path, without allocating (about a hundred nanoseconds a candidate; see <c>docs/benchmarks.md</c>).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="assessments"/> is shorter than <paramref name="candidates"/>, or a candidate is null.</exception>
    public void Assess(ReadOnlySpan<Candidate> candidates, Span<Assessment> assessments)
    {
        if (assessments.Length < candidates.Length)
        {
            throw new ArgumentException($"Room for {assessments.Length} assessments, not {candidates.Length}.", nameof(assessments));
        }

        for (var i = 0; i < candidates.Length; i++)
        {
            var candidate = candidates[i] ?? throw new ArgumentException($"The candidate at {i} is null.", nameof(candidates));
            assessments[i] = AssessUnchecked(candidate);
        }
    }

    /// <summary>
    /// Chooses the optimal cohort of <paramref name="pool"/> and decides every candidate: admitted, waitlisted, not
    /// selected or ineligible, with rank, score and the rules that decided it (see <see cref="CohortSelection"/> and
    /// <c>docs/selection.md</c>).
    /// </summary>
    /// <returns>
    /// The selection — also when quotas cannot be met (see <see cref="CohortSelection.Misses"/>) — or
    /// <see cref="SelectionErrors.NoSeats"/> (identifier <c>seats</c>), <see cref="SelectionErrors.NoCriteria"/>
    /// (<c>criteria</c>) or <see cref="SelectionErrors.TooComplex"/> (<c>quotas</c>).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="pool"/> is null.</exception>
    public Result<CohortSelection> Select(CandidatePool pool)
    {
        ArgumentNullException.ThrowIfNull(pool);
        return Selector.Select(this, pool);
    }

    /// <summary>
    /// Checks a cohort chosen elsewhere (the ids of <paramref name="cohort"/>) against the policy: unknown or repeated
    /// ids, ineligible members, the seat range, every quota, and whether a cohort of the same size that keeps every rule
    /// has a higher total score.
    /// </summary>
    /// <returns>The audit (see <see cref="CohortAudit.Findings"/>), or the errors of <see cref="Select"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pool"/> or <paramref name="cohort"/> is null.</exception>
    public Result<CohortAudit> Audit(CandidatePool pool, IEnumerable<string> cohort)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(cohort);
        return Auditor.Audit(this, pool, [.. cohort]);
    }

    /// <inheritdoc/>
    public bool Equals(SelectionPolicy? other) =>
        other is not null && Source == other.Source && Equality.Lists(Eligibility, other.Eligibility)
        && Equality.Lists(Criteria, other.Criteria) && Seats == other.Seats && Equality.Lists(Quotas, other.Quotas)
        && Waitlist == other.Waitlist && Equality.Lists(Audience, other.Audience);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SelectionPolicy);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(Source, Equality.Hash(Eligibility), Equality.Hash(Criteria), Seats, Equality.Hash(Quotas), Waitlist);

    /// <summary>The sum of the criteria's weights: the denominator of every score.</summary>
    internal int TotalWeight => _totalWeight;

    /// <summary>The problems that stop a selection: no seats, no criteria (each at its member).</summary>
    internal Result<SeatRange> Selectable()
    {
        var problems = new Problems();
        if (Seats is null)
        {
            problems.Add("seats", SelectionErrors.NoSeats, "The policy names no seat range, so no cohort can be chosen.");
        }

        if (Criteria.Count == 0)
        {
            problems.Add("criteria", SelectionErrors.NoCriteria, "The policy names no merit criteria, so no candidate can be ranked.");
        }

        return problems.ToResult(Seats.GetValueOrDefault());
    }

    internal Assessment AssessUnchecked(Candidate candidate)
    {
        var failures = 0;
        foreach (var rule in _rules)
        {
            if (!rule.AdmitsUnchecked(candidate))
            {
                failures |= Assessment.Bit(rule.Kind);
            }
        }

        return new Assessment(failures, ScoreOf(candidate.Scores));
    }

    internal Score ScoreOf(CriterionScores marks)
    {
        var weights = _weights;
        var points = ((long)weights[1] * marks.Leadership) + ((long)weights[2] * marks.LeadsChange) + ((long)weights[3] * marks.Teamwork)
                     + ((long)weights[4] * marks.SocialAwareness) + ((long)weights[5] * marks.Affinity) + ((long)weights[6] * marks.Commitment);
        return new Score(points, _totalWeight);
    }

    internal void Validate(Problems problems, string path)
    {
        Source.Validate(problems, At.Member(path, "source"));
        var eligibility = At.Member(path, "eligibility");
        problems.Items(Eligibility, eligibility, (rule, p, at) => rule.Validate(p, at));
        problems.Unique(Eligibility, rule => rule?.RuleId, eligibility, "rule");

        var criteria = At.Member(path, "criteria");
        problems.Each(Criteria, criteria, (c, p, at) => c.Validate(p, at));
        problems.Distinct([.. Criteria.Select(c => c.Criterion)], criteria);

        Seats?.Validate(problems, At.Member(path, "seats"));
        problems.Entries(Quotas, At.Member(path, "quotas"), q => q.Id, (q, p, at) => q.Validate(p, at));
        if (Quotas.Count > MaxQuotas)
        {
            problems.Add(At.Member(path, "quotas"), SelectionErrors.TooManyQuotas, $"{Quotas.Count} quotas; a policy has at most {MaxQuotas}.");
        }

        Waitlist.Validate(problems, At.Member(path, "waitlist"));
        problems.Each(Audience, At.Member(path, "audience"), (r, p, at) => p.Defined(r, at));
        problems.Distinct(Audience, At.Member(path, "audience"));
    }
}
