using System.Text.Json.Serialization;

namespace Alka.Domain.Selection;

/// <summary>The kind of an <see cref="EligibilityRule"/>; its id is the rule's id, the reason a failing candidate names.</summary>
/// <remarks>
/// The stable text ids are public API: see <see cref="EligibilityRuleKindIds"/>. The value <c>0</c> is not a valid value.
/// </remarks>
public enum EligibilityRuleKind
{
    /// <summary><see cref="RoleEligibility"/>. Id <c>role</c>.</summary>
    [JsonStringEnumMemberName(RoleEligibility.Id)]
    Role = 1,

    /// <summary><see cref="SectorEligibility"/>. Id <c>sector</c>.</summary>
    [JsonStringEnumMemberName(SectorEligibility.Id)]
    Sector,

    /// <summary><see cref="ServingEligibility"/>. Id <c>serving</c>.</summary>
    [JsonStringEnumMemberName(ServingEligibility.Id)]
    Serving,

    /// <summary><see cref="LocalityPopulationEligibility"/>. Id <c>locality-population</c>.</summary>
    [JsonStringEnumMemberName(LocalityPopulationEligibility.Id)]
    LocalityPopulation,

    /// <summary><see cref="DirectorGeneralNomination"/>. Id <c>dg-nomination</c>.</summary>
    [JsonStringEnumMemberName(Selection.DirectorGeneralNomination.Id)]
    DirectorGeneralNomination,

    /// <summary><see cref="SteeringRecommendation"/>. Id <c>steering-recommendation</c>.</summary>
    [JsonStringEnumMemberName(Selection.SteeringRecommendation.Id)]
    SteeringRecommendation,
}
