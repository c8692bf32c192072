using System.Text.Json.Serialization;

namespace Alka.Domain.Selection;

/// <summary>The kind of single change a what-if tries (<see cref="CohortSelection.WhatIf"/>).</summary>
/// <remarks>
/// The stable text ids are public API: see <see cref="AdmissionChangeKindIds"/>. The value <c>0</c> is not a valid value.
/// </remarks>
public enum AdmissionChangeKind
{
    /// <summary>One point more on one criterion. Id <c>criterion-point</c>.</summary>
    [JsonStringEnumMemberName("criterion-point")]
    CriterionPoint = 1,

    /// <summary>The missing nomination by the Director-General. Id <c>dg-nomination</c>.</summary>
    [JsonStringEnumMemberName(DirectorGeneralNomination.Id)]
    Nomination,

    /// <summary>The missing recommendation by the steering committee. Id <c>steering-recommendation</c>.</summary>
    [JsonStringEnumMemberName(SteeringRecommendation.Id)]
    Recommendation,
}
