namespace Alka.Domain.Selection;

/// <summary>The error codes of candidates, selection policies and selections.</summary>
public static class SelectionErrors
{
    /// <summary>A role or sector rule lists nothing.</summary>
    public const string EmptyRule = "eligibility-rule-empty";

    /// <summary>The same kind of eligibility rule appears twice in one policy.</summary>
    public const string DuplicateRule = "eligibility-rule-duplicate";

    /// <summary>A locality population ceiling is not positive.</summary>
    public const string PopulationCeiling = "population-ceiling";

    /// <summary>A steering recommendation refers to a body that is not a steering committee.</summary>
    public const string RecommendationNotBySteering = "recommendation-not-by-steering";

    /// <summary>A candidate id is not 1–64 ASCII letters, digits, <c>-</c>, <c>_</c> or <c>.</c>.</summary>
    public const string InvalidCandidateId = "candidate-id";

    /// <summary>Two candidates of one pool (or two rows of one file) have the same id.</summary>
    public const string DuplicateCandidate = "candidate-duplicate";

    /// <summary>No candidate of the pool has the id asked for.</summary>
    public const string UnknownCandidate = "candidate-unknown";

    /// <summary>A what-if asked for an admitted candidate, or a replacement for one who was not admitted.</summary>
    public const string WrongDecision = "candidate-wrong-decision";

    /// <summary>A candidate's population, socio-economic cluster or region contradicts the table of localities.</summary>
    public const string LocalityContradiction = "locality-contradiction";

    /// <summary>A quota names no value, or a quota for each value names some.</summary>
    public const string QuotaNoValues = "quota-no-values";

    /// <summary>A quota names a value its dimension does not have (<c>ses</c> cluster <c>11</c>, community <c>bedouin</c>).</summary>
    public const string QuotaUnknownValue = "quota-unknown-value";

    /// <summary>A quota has neither a minimum nor a maximum (or a quota for each value has no maximum).</summary>
    public const string QuotaNoBound = "quota-no-bound";

    /// <summary>A bound is malformed (both or neither of a count and a share, out of range) or a minimum is above the maximum.</summary>
    public const string QuotaBound = "quota-bound";

    /// <summary>A policy has more than <see cref="SelectionPolicy.MaxQuotas"/> quotas.</summary>
    public const string TooManyQuotas = "quota-too-many";

    /// <summary>A selection was asked of a policy with no seat range.</summary>
    public const string NoSeats = "selection-no-seats";

    /// <summary>A selection was asked of a policy with no merit criteria.</summary>
    public const string NoCriteria = "selection-no-criteria";

    /// <summary>The quotas overlap so much that the exact search would not fit its state in 128 bits (see <c>docs/selection.md</c>).</summary>
    public const string TooComplex = "selection-too-complex";

    /// <summary>A candidates file has no header, or a header with a missing, unknown or repeated column.</summary>
    public const string CsvHeader = "csv-header";

    /// <summary>A row of a candidates file has more or fewer fields than the header.</summary>
    public const string CsvFieldCount = "csv-field-count";

    /// <summary>A field of a candidates file is not of its column's kind (a number, an id, <c>true</c>/<c>false</c>).</summary>
    public const string CsvValue = "csv-value";

    /// <summary>A candidates file is not RFC 4180 CSV (an unclosed quote, a character after a closing quote).</summary>
    public const string CsvMalformed = "csv-malformed";
}
