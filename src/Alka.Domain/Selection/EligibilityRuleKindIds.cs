namespace Alka.Domain.Selection;

/// <summary>The stable text ids of <see cref="EligibilityRuleKind"/> values: the rules' ids and reason ids.</summary>
public static class EligibilityRuleKindIds
{
    /// <summary>Every value, in declaration order.</summary>
    public static IReadOnlyList<EligibilityRuleKind> All { get; } =
    [
        EligibilityRuleKind.Role, EligibilityRuleKind.Sector, EligibilityRuleKind.Serving, EligibilityRuleKind.LocalityPopulation,
        EligibilityRuleKind.DirectorGeneralNomination, EligibilityRuleKind.SteeringRecommendation,
    ];

    /// <summary>Returns the id of <paramref name="value"/>, e.g. <c>dg-nomination</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string ToId(this EligibilityRuleKind value) => value switch
    {
        EligibilityRuleKind.Role => RoleEligibility.Id,
        EligibilityRuleKind.Sector => SectorEligibility.Id,
        EligibilityRuleKind.Serving => ServingEligibility.Id,
        EligibilityRuleKind.LocalityPopulation => LocalityPopulationEligibility.Id,
        EligibilityRuleKind.DirectorGeneralNomination => DirectorGeneralNomination.Id,
        EligibilityRuleKind.SteeringRecommendation => SteeringRecommendation.Id,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not an eligibility rule kind."),
    };

    /// <summary>Finds the value whose id is <paramref name="id"/> (ordinal, case-sensitive).</summary>
    /// <returns><see langword="true"/> when <paramref name="id"/> names a value.</returns>
    public static bool TryParse(string? id, out EligibilityRuleKind value) => Ids.TryParse(All, ToId, id, out value);
}
