using System.Text.Json.Serialization;
using Alka.Domain.Serialization;

namespace Alka.Domain.Scheduling;

/// <summary>Whether a forum may meet on a day, as a <see cref="ForumCalendar"/> judges it.</summary>
/// <remarks>
/// Ordered by severity: <see cref="Ok"/> &lt; <see cref="Avoid"/> &lt; <see cref="Blocked"/>. The ids of its members
/// are public API (see <see cref="Ids"/>). The value <c>0</c> is not a verdict.
/// </remarks>
[JsonConverter(typeof(IdJsonConverter<DayVerdict>))]
public enum DayVerdict
{
    /// <summary>No rule blocks or avoids the day.</summary>
    [JsonStringEnumMemberName("ok")]
    Ok = 1,

    /// <summary>A rule avoids the day and none blocks it.</summary>
    [JsonStringEnumMemberName("avoid")]
    Avoid,

    /// <summary>A rule blocks the day.</summary>
    [JsonStringEnumMemberName("blocked")]
    Blocked,
}
