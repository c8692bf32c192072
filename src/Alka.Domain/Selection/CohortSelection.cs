using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Selection;

/// <summary>
/// A policy's selection from a pool (<see cref="SelectionPolicy.Select"/>): the cohort, the waiting list, every
/// candidate's decision with its reasons, and each quota's target and what it reached; what-if and replacement
/// questions about it.
/// </summary>
/// <remarks>
/// <para>
/// The cohort has the largest size in the seat range (and the eligible pool) for which a cohort keeping every quota
/// exists, and of those the highest total score; ties go to the cohort holding the best-ranked candidate of the two
/// cohorts' difference (the one whose members' ranks, sorted, come first). When no size has such a cohort, the cohort
/// has the largest size the eligible pool allows and misses the quotas by the least sum of missing counts, then has
/// the highest total score: <see cref="Misses"/> names each miss.
/// </para>
/// <para>Immutable and thread-safe. Equality is reference equality.</para>
/// </remarks>
public sealed class CohortSelection
{
    private readonly SelectionModel _model;
    private readonly Selector.Choice _choice;
    private readonly CandidateDecision[] _byPosition;

    internal CohortSelection(SelectionModel model, Selector.Choice choice, Selector.Explanation explanation)
    {
        _model = model;
        _choice = choice;
        var policy = model.Policy;
        _byPosition = new CandidateDecision[model.Pool.Count];
        for (var p = 0; p < _byPosition.Length; p++)
        {
            var candidate = model.Pool.Candidates[p];
            var rank = model.RankOf[p];
            _byPosition[p] = new CandidateDecision(
                candidate,
                explanation.Decisions[p],
                rank < 0 ? null : rank + 1,
                model.Assessments[p].Score,
                [.. policy.Criteria.Select(c => new CriterionMark(c.Criterion, candidate.Scores[c.Criterion], c.Weight))],
                explanation.Reasons[p]);
        }

        Decisions = Array.AsReadOnly(_byPosition
            .OrderBy(d => d.Decision)
            .ThenBy(d => d.Rank ?? int.MaxValue)
            .ThenBy(d => d.Candidate.Id, StringComparer.Ordinal)
            .ToArray());
        Admitted = Array.AsReadOnly(choice.Members.Select(model.CandidateAt).ToArray());
        Waitlisted = Array.AsReadOnly(choice.Waitlist.Select(model.CandidateAt).ToArray());
        TotalScore = new Score(choice.Members.Sum(r => model.Points[r]), policy.TotalWeight);
        Quotas = Array.AsReadOnly(policy.Quotas.Select(q => QuotaOutcome.Measure(q, Admitted, choice.Size)).ToArray());
        Misses = Array.AsReadOnly(Quotas.Where(q => !q.IsMet).ToArray());
    }

    /// <summary>The policy that decided.</summary>
    public SelectionPolicy Policy => _model.Policy;

    /// <summary>The candidates it decided on.</summary>
    public CandidatePool Pool => _model.Pool;

    /// <summary>
    /// Every candidate's decision, in the output order of <c>alka select</c>: admitted, waitlisted, not selected,
    /// ineligible; then by rank (ineligible candidates by id, ordinal).
    /// </summary>
    public IReadOnlyList<CandidateDecision> Decisions { get; }

    /// <summary>The cohort's members, by rank.</summary>
    public IReadOnlyList<Candidate> Admitted { get; }

    /// <summary>The waiting list, by rank: a replacement comes from here.</summary>
    public IReadOnlyList<Candidate> Waitlisted { get; }

    /// <summary>The cohort's size.</summary>
    public int Size => _choice.Size;

    /// <summary>The sum of the members' scores, exact.</summary>
    public Score TotalScore { get; }

    /// <summary>How many eligible candidates the pool has.</summary>
    public int EligibleCount => _model.Eligible;

    /// <summary>Each quota of the policy, in order, with its targets for the cohort's size and what it reached.</summary>
    public IReadOnlyList<QuotaOutcome> Quotas { get; }

    /// <summary>The quotas the cohort misses, with target and reach; empty when a cohort keeping every quota exists.</summary>
    public IReadOnlyList<QuotaOutcome> Misses { get; }

    /// <summary>How many seats short of the seat range's minimum the cohort is (the eligible pool is too small); 0 otherwise.</summary>
    public int SeatsShort => Math.Max(0, _choice.Seats.Minimum - Size);

    /// <summary>The decision for the candidate <paramref name="candidateId"/>, or <see langword="null"/> when the pool has none.</summary>
    public CandidateDecision? Find(string candidateId) =>
        Pool.IndexOf(candidateId) is var position and >= 0 ? _byPosition[position] : null;

    /// <summary>
    /// For a candidate who was not admitted, the smallest single change that would admit them: one point more on a
    /// criterion (the lightest criterion first, then the policy's order), else the missing Director-General nomination,
    /// else the missing steering recommendation — each tried by selecting again with the change.
    /// </summary>
    /// <returns>
    /// The change, or <see langword="null"/> when none admits them (a rule no single change meets, or not enough);
    /// <see cref="SelectionErrors.UnknownCandidate"/> or <see cref="SelectionErrors.WrongDecision"/> (the candidate was
    /// admitted) with identifier <c>candidateId</c>.
    /// </returns>
    public Result<AdmissionChange?> WhatIf(string candidateId)
    {
        if (Locate(candidateId, admitted: false) is { IsSuccess: false } wrong)
        {
            return Result<AdmissionChange?>.Invalid(wrong.ValidationErrors);
        }

        var position = Pool.IndexOf(candidateId);
        var candidate = Pool.Candidates[position];
        var assessment = _model.Assessments[position];
        var policy = Policy;
        if (assessment.IsEligible)
        {
            foreach (var criterion in policy.Criteria.OrderBy(c => c.Weight))
            {
                var mark = candidate.Scores[criterion.Criterion];
                if (mark < CriterionScores.Highest
                    && Try(candidate.With(candidate.Scores.With(criterion.Criterion, mark + 1)), position) is { } rank)
                {
                    return new AdmissionChange(AdmissionChangeKind.CriterionPoint, criterion.Criterion, mark + 1, rank.Rank, rank.Score);
                }
            }

            return Result<AdmissionChange?>.Success(null);
        }

        var onlyNomination = assessment.FailureCount == 1 && assessment.Fails(EligibilityRuleKind.DirectorGeneralNomination);
        if (onlyNomination && Try(candidate.With(nominated: true, candidate.IsRecommendedBySteering), position) is { } nominated)
        {
            return new AdmissionChange(AdmissionChangeKind.Nomination, null, null, nominated.Rank, nominated.Score);
        }

        var onlyRecommendation = assessment.FailureCount == 1 && assessment.Fails(EligibilityRuleKind.SteeringRecommendation);
        if (onlyRecommendation && Try(candidate.With(candidate.IsNominatedByDirectorGeneral, recommended: true), position) is { } recommended)
        {
            return new AdmissionChange(AdmissionChangeKind.Recommendation, null, null, recommended.Rank, recommended.Score);
        }

        return Result<AdmissionChange?>.Success(null);
    }

    /// <summary>
    /// For an admitted candidate who drops out, the replacement: the first waitlisted candidate (by rank) whose entry
    /// in their place keeps every quota the cohort kept.
    /// </summary>
    /// <returns>
    /// The replacement, or <see langword="null"/> when no one on the waiting list keeps them;
    /// <see cref="SelectionErrors.UnknownCandidate"/> or <see cref="SelectionErrors.WrongDecision"/> (the candidate was
    /// not admitted) with identifier <c>candidateId</c>.
    /// </returns>
    public Result<Candidate?> Replacement(string candidateId)
    {
        if (Locate(candidateId, admitted: true) is { IsSuccess: false } wrong)
        {
            return Result<Candidate?>.Invalid(wrong.ValidationErrors);
        }

        var leaving = _model.RankOf[Pool.IndexOf(candidateId)];
        var constraints = _model.Constraints;
        var kept = new bool[Policy.Quotas.Count];
        Array.Fill(kept, true);
        for (var c = 0; c < constraints.Length; c++)
        {
            kept[constraints[c].QuotaIndex] &= constraints[c].Miss(_choice.Tallies[c], Size) == 0;
        }

        foreach (var entering in _choice.Waitlist)
        {
            var tallies = _model.Tallies(_choice.Members.Where(r => r != leaving).Append(entering));
            if (Enumerable.Range(0, constraints.Length).All(c => !kept[constraints[c].QuotaIndex] || constraints[c].Miss(tallies[c], Size) == 0))
            {
                return _model.CandidateAt(entering);
            }
        }

        return Result<Candidate?>.Success(null);
    }

    /// <summary>Returns e.g. <c>30 admitted of 120 (total 128.50), 5 waitlisted</c>.</summary>
    public override string ToString() => $"{Size} admitted of {Pool.Count} (total {TotalScore}), {Waitlisted.Count} waitlisted";

    private (int Rank, Score Score)? Try(Candidate changed, int position)
    {
        var pool = Pool.With(position, changed);
        var model = SelectionModel.Build(Policy, pool);
        var rank = model.RankOf[position];
        return rank >= 0 && Selector.Choose(model, _choice.Seats).Admitted[rank]
            ? (rank + 1, model.Assessments[position].Score)
            : null;
    }

    private Result Locate(string candidateId, bool admitted)
    {
        ArgumentNullException.ThrowIfNull(candidateId);
        var problems = new Problems();
        var position = Pool.IndexOf(candidateId);
        if (position < 0)
        {
            problems.Add("candidateId", SelectionErrors.UnknownCandidate, $"The pool has no candidate '{candidateId}'.");
        }
        else if ((_byPosition[position].Decision == SelectionDecision.Admitted) != admitted)
        {
            problems.Add("candidateId", SelectionErrors.WrongDecision, admitted
                ? $"'{candidateId}' was not admitted ({_byPosition[position].Decision.ToId()}): only an admitted candidate drops out."
                : $"'{candidateId}' was admitted already.");
        }

        return problems.Any ? Result.Invalid([.. problems.Errors]) : Result.Success();
    }
}
