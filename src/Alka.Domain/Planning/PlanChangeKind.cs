using System.Text.Json.Serialization;

namespace Alka.Domain.Planning;

/// <summary>How re-planning changed a meeting of the previous plan; the ids are the <c>change</c> column of <c>alka plan --changes</c>.</summary>
/// <remarks>The stable text ids are public API: see <see cref="PlanChangeKindIds"/>. The value <c>0</c> is not a valid value.</remarks>
public enum PlanChangeKind
{
    /// <summary>The meeting keeps its id and moves to another date (its host may change too). Id <c>moved</c>.</summary>
    [JsonStringEnumMemberName("moved")]
    Moved = 1,

    /// <summary>The meeting keeps its date and gets another host. Id <c>rehosted</c>.</summary>
    [JsonStringEnumMemberName("rehosted")]
    Rehosted,

    /// <summary>A meeting the previous plan did not have. Id <c>added</c>.</summary>
    [JsonStringEnumMemberName("added")]
    Added,

    /// <summary>A meeting of the previous plan that the new plan no longer has. Id <c>removed</c>.</summary>
    [JsonStringEnumMemberName("removed")]
    Removed,
}
