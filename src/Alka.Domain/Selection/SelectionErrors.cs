namespace Alka.Domain.Selection;

/// <summary>
/// The error codes of candidates, selection policies and selections. An empty or repeated rule and a ceiling that is
/// not positive are <see cref="Validation.CommonErrors"/>.
/// </summary>
public static class SelectionErrors
{
    /// <summary>A steering recommendation refers to a body that is not a steering committee.</summary>
    /// <remarks><see cref="Programs.ProgramCatalog.Create"/> (identifier <c>…recommendations[i].bodyId</c>).</remarks>
    public const string RecommendationNotBySteering = "recommendation-not-by-steering";

    /// <summary>A candidate id is not 1–64 ASCII letters, digits, <c>-</c>, <c>_</c> or <c>.</c>.</summary>
    /// <remarks><see cref="Candidate.Create"/>, <see cref="CandidateCsv.Read(string, ILocalityDirectory?)"/>, <c>SelectionJson.ReadCandidates</c> (identifier <c>id</c>, <c>row N, id</c> or <c>$.candidates[i].id</c>).</remarks>
    public const string InvalidCandidateId = "candidate-id";

    /// <summary>Two candidates of one pool (or two rows of one file) have the same id.</summary>
    /// <remarks><see cref="CandidatePool.Create"/> and the candidate readers (identifier the second one's <c>id</c>); an audit's cohort that names a candidate twice (<see cref="CohortAudit"/>).</remarks>
    public const string DuplicateCandidate = "candidate-duplicate";

    /// <summary>No candidate of the pool has the id asked for.</summary>
    /// <remarks><see cref="CohortSelection.WhatIf"/> and <see cref="CohortSelection.Replacement"/> (identifier <c>candidateId</c>); an audit's cohort that names a candidate not in the pool (<see cref="CohortAudit"/>).</remarks>
    public const string UnknownCandidate = "candidate-unknown";

    /// <summary>A what-if asked for an admitted candidate, or a replacement for one who was not admitted.</summary>
    /// <remarks><see cref="CohortSelection.WhatIf"/> and <see cref="CohortSelection.Replacement"/> (identifier <c>candidateId</c>).</remarks>
    public const string WrongDecision = "candidate-wrong-decision";

    /// <summary>A candidate's population, socio-economic cluster or region contradicts the table of localities.</summary>
    /// <remarks><see cref="CandidatePool.Create"/> and the candidate readers, checked against an <see cref="ILocalityDirectory"/> (by default <see cref="LocalityDirectory.LocalAuthorities"/>; identifier the candidate's <c>localityPopulation</c>, <c>socioeconomicCluster</c> or <c>district</c>).</remarks>
    public const string LocalityContradiction = "locality-contradiction";

    /// <summary>A quota names no value, or a quota for each value names some.</summary>
    /// <remarks><see cref="Quota"/>'s factories and <see cref="SelectionPolicy.Create"/> (identifier <c>…quotas[i].values</c>).</remarks>
    public const string QuotaNoValues = "quota-no-values";

    /// <summary>A quota names a value its dimension does not have (<c>ses</c> cluster <c>11</c>, community <c>bedouin</c>).</summary>
    /// <remarks><see cref="Quota"/>'s factories and <see cref="SelectionPolicy.Create"/> (identifier <c>…quotas[i].values[j]</c>).</remarks>
    public const string QuotaUnknownValue = "quota-unknown-value";

    /// <summary>A quota has neither a minimum nor a maximum (or a quota for each value has no maximum).</summary>
    /// <remarks><see cref="Quota"/>'s factories and <see cref="SelectionPolicy.Create"/> (identifier <c>…quotas[i]</c>).</remarks>
    public const string QuotaNoBound = "quota-no-bound";

    /// <summary>A bound is malformed (both or neither of a count and a share, out of range) or a minimum is above the maximum.</summary>
    /// <remarks><see cref="QuotaBound"/>, <see cref="Quota"/>'s factories and <see cref="SelectionPolicy.Create"/> (identifier <c>…minimum</c> or <c>…maximum</c>).</remarks>
    public const string QuotaBound = "quota-bound";

    /// <summary>A policy has more than <see cref="SelectionPolicy.MaxQuotas"/> quotas.</summary>
    /// <remarks><see cref="SelectionPolicy.Create"/> (identifier <c>quotas</c>).</remarks>
    public const string TooManyQuotas = "quota-too-many";

    /// <summary>A selection was asked of a policy with no seat range.</summary>
    /// <remarks><see cref="SelectionPolicy.Select"/> and <see cref="SelectionPolicy.Audit"/> (identifier <c>seats</c>).</remarks>
    public const string NoSeats = "selection-no-seats";

    /// <summary>A selection was asked of a policy with no merit criteria.</summary>
    /// <remarks><see cref="SelectionPolicy.Select"/> and <see cref="SelectionPolicy.Audit"/> (identifier <c>criteria</c>).</remarks>
    public const string NoCriteria = "selection-no-criteria";

    /// <summary>The quotas overlap so much that the exact search would not fit its state in 128 bits (see <c>docs/selection.md</c>).</summary>
    /// <remarks><see cref="SelectionPolicy.Select"/> and <see cref="SelectionPolicy.Audit"/> (identifier <c>quotas</c>).</remarks>
    public const string TooComplex = "selection-too-complex";
}
