using System.Text.Json.Serialization;
using Alka.Domain.Serialization;

namespace Alka.Domain.Selection;

/// <summary>The kind of single change a what-if tries (<see cref="CohortSelection.WhatIf"/>).</summary>
/// <remarks>
/// The ids of its members are public API (see <see cref="Ids"/>). The value <c>0</c> is not a valid value.
/// </remarks>
[JsonConverter(typeof(IdJsonConverter<AdmissionChangeKind>))]
public enum AdmissionChangeKind
{
    /// <summary>One point more on one criterion.</summary>
    [JsonStringEnumMemberName("criterion-point")]
    CriterionPoint = 1,

    /// <summary>The missing nomination by the Director-General.</summary>
    [JsonStringEnumMemberName(DirectorGeneralNomination.Id)]
    Nomination,

    /// <summary>The missing recommendation by the steering committee.</summary>
    [JsonStringEnumMemberName(SteeringRecommendation.Id)]
    Recommendation,
}
