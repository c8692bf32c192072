using System.Text.Json.Serialization;
using Alka.Domain.Serialization;

namespace Alka.Domain.Selection;

/// <summary>The kind of an <see cref="EligibilityRule"/>; its id is the rule's id, the reason a failing candidate names.</summary>
/// <remarks>
/// The ids of its members are public API (see <see cref="Ids"/>). The value <c>0</c> is not a valid value.
/// </remarks>
[JsonConverter(typeof(IdJsonConverter<EligibilityRuleKind>))]
public enum EligibilityRuleKind
{
    /// <summary><see cref="RoleEligibility"/>.</summary>
    [JsonStringEnumMemberName(RoleEligibility.Id)]
    Role = 1,

    /// <summary><see cref="SectorEligibility"/>.</summary>
    [JsonStringEnumMemberName(SectorEligibility.Id)]
    Sector,

    /// <summary><see cref="ServingEligibility"/>.</summary>
    [JsonStringEnumMemberName(ServingEligibility.Id)]
    Serving,

    /// <summary><see cref="LocalityPopulationEligibility"/>.</summary>
    [JsonStringEnumMemberName(LocalityPopulationEligibility.Id)]
    LocalityPopulation,

    /// <summary><see cref="DirectorGeneralNomination"/>.</summary>
    [JsonStringEnumMemberName(Selection.DirectorGeneralNomination.Id)]
    DirectorGeneralNomination,

    /// <summary><see cref="SteeringRecommendation"/>.</summary>
    [JsonStringEnumMemberName(Selection.SteeringRecommendation.Id)]
    SteeringRecommendation,
}
