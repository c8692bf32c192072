using NodaTime;

namespace Alka.Domain.Planning;

/// <summary>
/// The numbers of the planning rules that are defaults — the sources give none, <c>rules.md</c> marks them
/// <i>default</i> — and the hours of meetings the sources give no length for; change them here. Every other number
/// of the rules comes from the sources and is fixed (see <see cref="PlanRules"/>).
/// </summary>
/// <remarks>
/// Read once by <see cref="Planner"/> and <see cref="PlanChecker"/>, which check it: a value out of its rule's bounds is
/// an error naming the option and the rule. <see cref="Default"/> holds the defaults.
/// </remarks>
public sealed class PlanRuleOptions
{
    /// <summary>The defaults.</summary>
    public static PlanRuleOptions Default { get; } = new();

    /// <summary>
    /// How many days a regional forum's meeting may fall from the five-week cadence (rule <c>regional-cadence</c>):
    /// consecutive meetings 35 ± this many days apart, the first within 35 + this many days of the period's start and the
    /// last within as many days of its end.
    /// </summary>
    /// <value>The default value is 7 (28–42 days).</value>
    public int RegionalTolerance { get; init; } = 7;

    /// <summary>The hours of a half-day meeting (rule <c>half-day</c>: from 08:00, until 14:00, at most 5 hours).</summary>
    /// <value>The default value is 09:00–13:00.</value>
    public MeetingHours HalfDay { get; init; } = MeetingHours.From(9, 4);

    /// <summary>
    /// The hours of a full-day meeting (rule <c>full-day</c>), and of every meeting whose series states no length: a
    /// national meeting, a council heads' forum meeting, a cohort meeting.
    /// </summary>
    /// <value>The default value is 09:00–16:00.</value>
    public MeetingHours FullDay { get; init; } = MeetingHours.From(9, 7);

    /// <summary>How many days apart consecutive national meetings are (rule <c>national-count</c>).</summary>
    /// <value>The default value is 150–215.</value>
    public CountRange NationalSpacing { get; init; } = CountRange.Between(150, 215);

    /// <summary>How many days before its forum meeting a planning-team meeting is (rule <c>planning-team</c>).</summary>
    /// <value>The default value is 7–21.</value>
    public CountRange PlanningTeamLead { get; init; } = CountRange.Between(7, 21);

    /// <summary>When a planning-team meeting starts; it lasts two hours (rule <c>planning-team</c>).</summary>
    /// <value>The default value is 10:00.</value>
    public LocalTime PlanningTeamStart { get; init; } = new(10, 0);

    /// <summary>The hours of a steering-committee meeting (the sources give no length).</summary>
    /// <value>The default value is 10:00–12:00.</value>
    public MeetingHours SteeringCommitteeHours { get; init; } = MeetingHours.From(10, 2);

    /// <summary>The hours of an expanded steering-committee meeting (the sources give no length).</summary>
    /// <value>The default value is 09:00–13:00.</value>
    public MeetingHours ExpandedSteeringCommitteeHours { get; init; } = MeetingHours.From(9, 4);

    /// <summary>How many consecutive days a study tour lasts (rule <c>study-tour</c>).</summary>
    /// <value>The default value is 5.</value>
    public int StudyTourDays { get; init; } = 5;

    /// <summary>The weekday a study tour starts on (rule <c>study-tour</c>).</summary>
    /// <value>The default value is <see cref="IsoDayOfWeek.Sunday"/> (with five days: Sunday–Thursday).</value>
    public IsoDayOfWeek StudyTourFirstDay { get; init; } = IsoDayOfWeek.Sunday;

    /// <summary>The hours of each day of a study tour, in Israel's time (the sources give none).</summary>
    /// <value>The default value is 09:00–17:00.</value>
    public MeetingHours StudyTourHours { get; init; } = MeetingHours.From(9, 8);

    /// <summary>
    /// The dates of the general local elections that bound municipal terms (rule <c>study-tour</c>: at most one tour per
    /// term), ascending. A term runs from one election day up to the day before the next.
    /// </summary>
    /// <value>
    /// The default value is 2018-10-30 and 2024-02-27 (the elections held) and 2028-11-07 (the next, by the Local
    /// Authorities (Elections) Law's rule: the third Tuesday of Cheshvan; a default, as the date may be changed by law).
    /// </value>
    public IReadOnlyList<LocalDate> MunicipalElections { get; init; } =
        [new LocalDate(2018, 10, 30), new LocalDate(2024, 2, 27), new LocalDate(2028, 11, 7)];

    /// <summary>How many days apart consecutive cohort meetings are (rule <c>cohort-spacing</c>).</summary>
    /// <value>The default value is 10–28.</value>
    public CountRange CohortSpacing { get; init; } = CountRange.Between(10, 28);

    /// <summary>Within how many days of the period's start a cohort's first meeting is (rule <c>cohort-spacing</c>).</summary>
    /// <value>The default value is 14.</value>
    public int CohortFirstWithin { get; init; } = 14;
}
