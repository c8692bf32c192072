namespace Alka.Domain.Calendar;

/// <summary>What a <see cref="CommunityCalendar"/> knows: its community days, announced dates and caller-supplied days.</summary>
/// <remarks>
/// Read once by <see cref="CommunityCalendar.Create"/>, which checks it and copies the lists: changing a list
/// afterwards does not change the calendar.
/// </remarks>
public sealed class CommunityCalendarOptions
{
    /// <summary>The community days the calendar places; ids must be unique.</summary>
    /// <value>The default value is <see cref="CommunityDayDefinitions.All"/>.</value>
    public IReadOnlyList<CommunityDayDefinition> Definitions { get; init; } = CommunityDayDefinitions.All;

    /// <summary>Officially announced first days of Hijri holidays, replacing the estimates (at most one per holiday and Hijri year).</summary>
    /// <value>The default value is empty: every Hijri holiday is provisional.</value>
    public IReadOnlyList<AnnouncedDate> AnnouncedDates { get; init; } = [];

    /// <summary>Election days and blackout days (at most one of each kind per date).</summary>
    /// <value>The default value is empty.</value>
    public IReadOnlyList<CallerDay> CallerDays { get; init; } = [];

    /// <summary>
    /// Whether the day right after each provisional Hijri span is listed as a <i>possible</i> day
    /// (<see cref="CommunityDay.IsPossible"/>, reason id <c>ID:possible</c>): the holiday may begin a day later than
    /// computed, so a forum avoids that day (<c>possible-day</c>). Turn it off only for a list of days off proper.
    /// </summary>
    /// <value>The default value is <see langword="true"/>, as in <see cref="CommunityCalendar.Default"/>.</value>
    public bool IncludePossibleDays { get; init; } = true;
}
