using System.Text.Json.Serialization;
using Alka.Domain.Serialization;

namespace Alka.Domain.Planning;

/// <summary>How re-planning changed a meeting of the previous plan; the ids are the <c>change</c> column of <c>alka plan --changes</c>.</summary>
/// <remarks>The ids of its members are public API (see <see cref="Ids"/>). The value <c>0</c> is not a valid value.</remarks>
[JsonConverter(typeof(IdJsonConverter<PlanChangeKind>))]
public enum PlanChangeKind
{
    /// <summary>The meeting keeps its id and moves to another date (its host may change too).</summary>
    [JsonStringEnumMemberName("moved")]
    Moved = 1,

    /// <summary>The meeting keeps its date and gets another host.</summary>
    [JsonStringEnumMemberName("rehosted")]
    Rehosted,

    /// <summary>A meeting the previous plan did not have.</summary>
    [JsonStringEnumMemberName("added")]
    Added,

    /// <summary>A meeting of the previous plan that the new plan no longer has.</summary>
    [JsonStringEnumMemberName("removed")]
    Removed,
}
