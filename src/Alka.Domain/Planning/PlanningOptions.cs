using Alka.Domain.Calendar;
using Alka.Domain.Programs;
using Alka.Domain.Scheduling;
using NodaTime;

namespace Alka.Domain.Planning;

/// <summary>
/// What to plan: a program, a period and the facts of the world — the forum's communities, hosts, caller days
/// (blackouts, elections) — with the options the program's data leaves open (a cadence, a study tour, the rules'
/// defaults) and, to re-plan, the previous plan. The input of <see cref="Planner.Plan"/> and <see cref="PlanChecker.Check"/>.
/// </summary>
/// <remarks>Read once, and checked, by the planner: every problem is an error naming what is missing or wrong.</remarks>
public sealed class PlanningOptions
{
    /// <summary>The program to plan: its meeting series and its governing bodies with a cadence.</summary>
    public required InstituteProgram Program { get; init; }

    /// <summary>The period's first day, inclusive.</summary>
    public required LocalDate From { get; init; }

    /// <summary>The period's last day, inclusive (at most ten years after <see cref="From"/>).</summary>
    public required LocalDate To { get; init; }

    /// <summary>The communities of the participants, whose days off count.</summary>
    /// <value>The default value is <see langword="null"/>: the program's <see cref="ProgramSchedule.Communities"/>, else <c>jewish</c>.</value>
    public CommunityMix? Communities { get; init; }

    /// <summary>Which days the program meets on.</summary>
    /// <value>The default value is <see langword="null"/>: the program's <see cref="ProgramSchedule.DayPolicy"/>, else <see cref="DayPolicy.GovernmentForum"/>.</value>
    public DayPolicy? DayPolicy { get; init; }

    /// <summary>
    /// The hosts of the program's roaming series, replacing the catalog's pools: each series takes the hosts that serve its
    /// group (<see cref="Host.Serves"/>), in this order.
    /// </summary>
    /// <value>The default value is <see langword="null"/>: each roaming series' catalog pool (an empty pool is an error naming <c>--hosts</c>).</value>
    public IReadOnlyList<Host>? Hosts { get; init; }

    /// <summary>
    /// The cadence of the program's series whose sources state none (the council heads' forum): an interval, e.g.
    /// <c>Cadence.Every(6, CadenceUnit.Week)</c> (read <c>6w</c> with <see cref="Cadence.ParseEvery"/>).
    /// </summary>
    /// <value>The default value is <see langword="null"/>: a series without a cadence is then an error naming <c>--every</c>.</value>
    public Cadence? Every { get; init; }

    /// <summary>
    /// Days the calendar cannot know: blackouts (<see cref="CallerDay.Blackout"/>), Knesset elections (a rest day
    /// everywhere) and local elections (a rest day in the authorities named by CBS code: no meeting at a host there).
    /// </summary>
    /// <value>The default value is empty.</value>
    public IReadOnlyList<CallerDay> CallerDays { get; init; } = [];

    /// <summary>Whether to plan the term's study tour abroad in this period (a program with a study-tour series).</summary>
    /// <value>The default value is <see langword="false"/>: a plan holds a tour only when asked.</value>
    public bool StudyTour { get; init; }

    /// <summary>
    /// The meetings of a previous plan to re-plan from: every meeting that still keeps the rules keeps its date and host,
    /// and the new plan lists each change (<see cref="Plan.Changes"/>). Meetings are matched to series by kind and group.
    /// </summary>
    /// <value>The default value is <see langword="null"/>: plan afresh.</value>
    public IReadOnlyList<PlannedMeeting>? Previous { get; init; }

    /// <summary>The numbers of the rules that are defaults, and the hours of meetings the sources give no length for.</summary>
    /// <value>The default value is <see cref="PlanRuleOptions.Default"/>.</value>
    public PlanRuleOptions RuleOptions { get; init; } = PlanRuleOptions.Default;
}
