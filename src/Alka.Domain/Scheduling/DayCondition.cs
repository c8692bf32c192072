using System.Text.Json.Serialization;
using Alka.Domain.Serialization;

namespace Alka.Domain.Scheduling;

/// <summary>
/// A condition of a day, other than its observances, that a <see cref="DayPolicy"/> rules on: the weekend, a
/// community's day off, the possible day after a provisional Islamic holiday, and caller-supplied days.
/// </summary>
/// <remarks>
/// Each condition's id (see <see cref="Ids"/>) is the id of its rule and appears as <see cref="DayReason.RuleId"/>.
/// The value <c>0</c> is not a condition.
/// </remarks>
[JsonConverter(typeof(IdJsonConverter<DayCondition>))]
public enum DayCondition
{
    /// <summary>Friday or Saturday, the Israeli weekend.</summary>
    [JsonStringEnumMemberName("weekend")]
    Weekend = 1,

    /// <summary>A day of a listed community's day off, every day of a multi-day holiday.</summary>
    [JsonStringEnumMemberName("community-day-off")]
    CommunityDayOff,

    /// <summary>
    /// The day right after a provisional Islamic holiday of a listed community, on which it may still fall
    /// (see <see cref="Calendar.CommunityDay.IsPossible"/>).
    /// </summary>
    [JsonStringEnumMemberName("possible-day")]
    PossibleDay,

    /// <summary>
    /// A caller-supplied day that is a day off where the forum sits: a Knesset election, an emergency, a strike, a
    /// blackout, or a local election in one of the forum's authorities.
    /// </summary>
    [JsonStringEnumMemberName("caller-day-off")]
    CallerDayOff,

    /// <summary>
    /// A caller-supplied day that is a workday for the forum: a run-off, or a local election in none of the forum's
    /// authorities.
    /// </summary>
    [JsonStringEnumMemberName("caller-day-workday")]
    CallerWorkday,
}
