using Alka.Domain.Calendar;

namespace Alka.Domain.Scheduling;

/// <summary>What a <see cref="ForumCalendar"/> judges by: the calendars, the forum's communities and authorities, and the policy.</summary>
/// <remarks>Read once by <see cref="ForumCalendar.Create"/>, which checks it and copies the lists.</remarks>
public sealed class ForumCalendarOptions
{
    /// <summary>The Jewish and Israeli observances.</summary>
    /// <value>The default value is <see cref="IsraeliCalendar.Default"/>.</value>
    public IsraeliCalendar IsraeliCalendar { get; init; } = IsraeliCalendar.Default;

    /// <summary>
    /// The community days, announced dates and caller-supplied days (elections, blackouts). Its possible days
    /// (<see cref="CommunityCalendarOptions.IncludePossibleDays"/>, on by default) are what
    /// <see cref="DayCondition.PossibleDay"/> rules on.
    /// </summary>
    /// <value>The default value is <see cref="CommunityCalendar.Default"/>: the built-in days with possible days, nothing announced, no caller days.</value>
    public CommunityCalendar CommunityCalendar { get; init; } = CommunityCalendar.Default;

    /// <summary>The communities the forum's participants come from; their days off count (at least one).</summary>
    /// <value>The default value is <see cref="Community.Jewish"/> alone, as in <c>alka days</c>.</value>
    public CommunityMix Communities { get; init; } = CommunityMix.Of(Community.Jewish);

    /// <summary>What to do with each kind of day.</summary>
    /// <value>The default value is <see cref="DayPolicy.GovernmentForum"/>.</value>
    public DayPolicy Policy { get; init; } = DayPolicy.GovernmentForum;

    /// <summary>
    /// The local authorities the forum sits in or its participants serve, by their CBS codes
    /// (<see cref="Geography.LocalAuthority.Code"/>, as in <see cref="CallerDay.Authorities"/> and a pool of host councils):
    /// a local election is a day off for the forum when it is held in one of them.
    /// </summary>
    /// <value>The default value is empty: no local election is a day off for the forum.</value>
    public IReadOnlyList<string> Authorities { get; init; } = [];
}
