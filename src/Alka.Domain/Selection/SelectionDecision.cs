using System.Text.Json.Serialization;

namespace Alka.Domain.Selection;

/// <summary>What a selection decided for a candidate (the <c>decision</c> column of <c>alka select</c>), in output order.</summary>
/// <remarks>
/// The stable text ids are public API: see <see cref="SelectionDecisionIds"/>. The value <c>0</c> is not a valid value.
/// </remarks>
public enum SelectionDecision
{
    /// <summary>In the cohort. Id <c>admitted</c>.</summary>
    [JsonStringEnumMemberName("admitted")]
    Admitted = 1,

    /// <summary>Eligible, not admitted, on the waiting list. Id <c>waitlisted</c>.</summary>
    [JsonStringEnumMemberName("waitlisted")]
    Waitlisted,

    /// <summary>Eligible, neither admitted nor on the waiting list. Id <c>not-selected</c>.</summary>
    [JsonStringEnumMemberName("not-selected")]
    NotSelected,

    /// <summary>Fails at least one eligibility rule. Id <c>ineligible</c>.</summary>
    [JsonStringEnumMemberName("ineligible")]
    Ineligible,
}
