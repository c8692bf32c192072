namespace Alka.Domain.Selection;

/// <summary>
/// The error codes of selection: eligibility rules and steering recommendations. An empty or repeated rule and a
/// ceiling that is not positive are <see cref="Validation.CommonErrors"/>.
/// </summary>
public static class SelectionErrors
{
    /// <summary>A steering recommendation refers to a body that is not a steering committee.</summary>
    /// <remarks><see cref="Programs.ProgramCatalog.Create"/> (identifier <c>…recommendations[i].bodyId</c>).</remarks>
    public const string RecommendationNotBySteering = "recommendation-not-by-steering";
}
