using System.Text.Json.Serialization;
using Alka.Domain.Serialization;

namespace Alka.Domain.Selection;

/// <summary>What a selection decided for a candidate (the <c>decision</c> column of <c>alka select</c>), in output order.</summary>
/// <remarks>
/// The ids of its members are public API (see <see cref="Ids"/>). The value <c>0</c> is not a valid value.
/// </remarks>
[JsonConverter(typeof(IdJsonConverter<SelectionDecision>))]
public enum SelectionDecision
{
    /// <summary>In the cohort.</summary>
    [JsonStringEnumMemberName("admitted")]
    Admitted = 1,

    /// <summary>Eligible, not admitted, on the waiting list.</summary>
    [JsonStringEnumMemberName("waitlisted")]
    Waitlisted,

    /// <summary>Eligible, neither admitted nor on the waiting list.</summary>
    [JsonStringEnumMemberName("not-selected")]
    NotSelected,

    /// <summary>Fails at least one eligibility rule.</summary>
    [JsonStringEnumMemberName("ineligible")]
    Ineligible,
}
