using System.Text.Json.Serialization;
using Alka.Domain.Serialization;

namespace Alka.Domain.Scheduling;

/// <summary>What a <see cref="DayReason"/> names.</summary>
/// <remarks>The ids of its members are public API (see <see cref="Ids"/>). The value <c>0</c> is not a kind.</remarks>
[JsonConverter(typeof(IdJsonConverter<DayReasonKind>))]
public enum DayReasonKind
{
    /// <summary>Friday or Saturday.</summary>
    [JsonStringEnumMemberName("weekend")]
    Weekend = 1,

    /// <summary>A Jewish or Israeli observance of the <see cref="Calendar.IsraeliCalendar"/>.</summary>
    [JsonStringEnumMemberName("observance")]
    Observance,

    /// <summary>A day of a community day off, or the possible day after a provisional span.</summary>
    [JsonStringEnumMemberName("community-day")]
    CommunityDay,

    /// <summary>A caller-supplied day: an election or a blackout.</summary>
    [JsonStringEnumMemberName("caller-day")]
    CallerDay,
}
