namespace Alka.Domain.Selection;

/// <summary>The error codes of eligibility rules, merit criteria and the mix of participants.</summary>
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
}
