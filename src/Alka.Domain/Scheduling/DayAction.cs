using System.Text.Json.Serialization;
using Alka.Domain.Serialization;

namespace Alka.Domain.Scheduling;

/// <summary>What a rule of a <see cref="DayPolicy"/> does with a day it applies to.</summary>
/// <remarks>
/// Ordered by severity: <see cref="Allow"/> &lt; <see cref="Avoid"/> &lt; <see cref="Block"/>; a day's
/// <see cref="DayVerdict"/> follows the most severe action among its reasons. The ids of its members are public API
/// (see <see cref="Ids"/>). The value <c>0</c> is not an action.
/// </remarks>
[JsonConverter(typeof(IdJsonConverter<DayAction>))]
public enum DayAction
{
    /// <summary>The day is fine for a meeting.</summary>
    [JsonStringEnumMemberName("allow")]
    Allow = 1,

    /// <summary>A meeting is possible but better elsewhere.</summary>
    [JsonStringEnumMemberName("avoid")]
    Avoid,

    /// <summary>No meeting on the day.</summary>
    [JsonStringEnumMemberName("block")]
    Block,
}
