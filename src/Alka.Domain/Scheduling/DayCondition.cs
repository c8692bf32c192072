namespace Alka.Domain.Scheduling;

/// <summary>
/// A condition of a day, other than its observances, that a <see cref="DayPolicy"/> rules on: the weekend, a
/// community's day off, the possible day after a provisional Islamic holiday, and caller-supplied days.
/// </summary>
/// <remarks>
/// Each condition's id is the id of its rule and appears as <see cref="DayReason.RuleId"/>: see
/// <see cref="DayConditionIds"/>. The value <c>0</c> is not a condition.
/// </remarks>
public enum DayCondition
{
    /// <summary>Friday or Saturday, the Israeli weekend (<c>weekend</c>).</summary>
    Weekend = 1,

    /// <summary>A day of a listed community's day off, every day of a multi-day holiday (<c>community-day-off</c>).</summary>
    CommunityDayOff,

    /// <summary>
    /// The day right after a provisional Islamic holiday of a listed community, on which it may still fall
    /// (<c>possible-day</c>; see <see cref="Calendar.CommunityDay.IsPossible"/>).
    /// </summary>
    PossibleDay,

    /// <summary>
    /// A caller-supplied day that is a day off where the forum sits: a Knesset election, an emergency, a strike, a
    /// blackout, or a local election in one of the forum's authorities (<c>caller-day-off</c>).
    /// </summary>
    CallerDayOff,

    /// <summary>
    /// A caller-supplied day that is a workday for the forum: a run-off, or a local election in none of the forum's
    /// authorities (<c>caller-day-workday</c>).
    /// </summary>
    CallerWorkday,
}
