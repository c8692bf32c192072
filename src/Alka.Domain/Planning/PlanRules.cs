using System.Globalization;
using Alka.Domain.Programs;
using NodaTime;
using NodaTime.Text;

namespace Alka.Domain.Planning;

/// <summary>
/// The planning rules of <c>rules.md</c> — every rule of a plan, of the District Managers Forum, of the council heads'
/// forum and of Merhav — as data, with their ids, strengths and numbers, plus the one rule the library adds
/// (<see cref="SameDay"/>). The budget rules of <c>rules.md</c> belong to <c>Alka.Domain.Budget</c>.
/// </summary>
/// <remarks>
/// Each id is written once, here; a rule's numbers are the sources' or, where <c>rules.md</c> says <i>default</i> (or
/// the contract is silent), a <see cref="PlanRuleOptions"/> value marked <see cref="RuleParameter.IsDefault"/>.
/// Thread-safe.
/// </remarks>
public static class PlanRules
{
    /// <summary>No meeting on a blocked day, nor on a blackout day, nor at a host on an election day of the host's authority (hard).</summary>
    public const string BlockedDay = "blocked-day";

    /// <summary>No meeting on an avoid day unless no ok day fits the meeting's cadence window; each such meeting says why (soft).</summary>
    public const string AvoidDay = "avoid-day";

    /// <summary>A host never hosts on a date it declared unavailable (hard).</summary>
    public const string HostUnavailable = "host-unavailable";

    /// <summary>In a roaming series, no host hosts a second time before every host of its pool has hosted once (hard).</summary>
    public const string RotationOrder = "rotation-order";

    /// <summary>No host hosts two meetings of a series in a row (hard).</summary>
    public const string RotationRepeat = "rotation-repeat";

    /// <summary>Over the period, the meetings of a series hosted by each host of its pool differ by at most one (hard).</summary>
    public const string RotationBalance = "rotation-balance";

    /// <summary>A meeting's host belongs to the meeting's group (hard).</summary>
    public const string HostGroup = "host-group";

    /// <summary>Every meeting lies inside the period (hard).</summary>
    public const string Period = "period";

    /// <summary>A library rule: a group meets at most once a day (soft).</summary>
    public const string SameDay = "same-day";

    /// <summary>Each regional forum meets every five weeks (hard).</summary>
    public const string RegionalCadence = "regional-cadence";

    /// <summary>A regional meeting is half a day (hard).</summary>
    public const string HalfDay = "half-day";

    /// <summary>Twice a year a national meeting of all district managers (hard).</summary>
    public const string NationalCount = "national-count";

    /// <summary>No regional meeting in the week of a national meeting (hard).</summary>
    public const string NationalWeek = "national-week";

    /// <summary>Forum meetings keep the caller's cadence, within ±20% (hard).</summary>
    public const string ForumCadence = "forum-cadence";

    /// <summary>Before every forum meeting a planning-team meeting (hard).</summary>
    public const string PlanningTeam = "planning-team";

    /// <summary>The steering committee meets every two to three months (hard).</summary>
    public const string SteeringCadence = "steering-cadence";

    /// <summary>Once a year the expanded steering committee plans the year (hard).</summary>
    public const string ExpandedSteering = "expanded-steering";

    /// <summary>At most one study tour abroad per municipal term (hard).</summary>
    public const string StudyTour = "study-tour";

    /// <summary>A cohort has 9–10 meetings (hard).</summary>
    public const string CohortSize = "cohort-size";

    /// <summary>Consecutive cohort meetings 10–28 days apart (hard).</summary>
    public const string CohortSpacing = "cohort-spacing";

    /// <summary>Cohort meetings are full days (soft).</summary>
    public const string FullDay = "full-day";

    // The sources' numbers, fixed.
    internal const int RegionalWeeks = 5;
    internal const int RegionalMeanSlack = 2;
    internal const int HalfDayMaxHours = 5;
    internal const int ForumTolerancePercent = 20;
    internal const int PlanningTeamHours = 2;
    internal const int SteeringMinGap = 56;
    internal const int SteeringMaxGap = 92;
    internal static readonly LocalTime HalfDayEarliest = new(8, 0);
    internal static readonly LocalTime HalfDayLatest = new(14, 0);

    private static readonly Lazy<IReadOnlyList<PlanRule>> Defaults = new(() => Describe(PlanRuleOptions.Default));

    /// <summary>Every planning rule with the default numbers, in the order of <c>rules.md</c> (<see cref="SameDay"/> after the rules of every plan).</summary>
    public static IReadOnlyList<PlanRule> All => Defaults.Value;

    /// <summary>The rule with id <paramref name="id"/> with the default numbers, or <see langword="null"/>.</summary>
    public static PlanRule? Find(string id) => All.FirstOrDefault(r => r.Id == id);

    /// <summary>Every planning rule with the numbers of <paramref name="options"/>, in the order of <see cref="All"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<PlanRule> Describe(PlanRuleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        const string dmf = BuiltInCatalog.ProgramIds.DistrictManagersForum;
        const string heads = BuiltInCatalog.ProgramIds.CouncilHeadsForum;
        const string merhav = BuiltInCatalog.ProgramIds.Merhav;
        var nominal = RegionalWeeks * 7;
        var tolerance = options.RegionalTolerance;
        PlanRule Rule(string id, RuleStrength strength, string? program, string text, params RuleParameter[] parameters) =>
            new(id, strength, program, text, parameters);
        return
        [
            Rule(BlockedDay, RuleStrength.Hard, null, "No meeting on a blocked day, nor on a blackout day, nor at a host on an election day of the host's authority."),
            Rule(AvoidDay, RuleStrength.Soft, null, "No meeting on an avoid day unless no ok day fits the meeting's cadence window; each such meeting says why."),
            Rule(HostUnavailable, RuleStrength.Hard, null, "A host never hosts on a date it declared unavailable."),
            Rule(RotationOrder, RuleStrength.Hard, null, "In a roaming series, no host hosts a second time before every host of its pool has hosted once."),
            Rule(RotationRepeat, RuleStrength.Hard, null, "No host hosts two meetings of a series in a row."),
            Rule(RotationBalance, RuleStrength.Hard, null, "Over the period, the meetings of a series hosted by each host of its pool differ by at most one.", Number("max-difference", 1)),
            Rule(HostGroup, RuleStrength.Hard, null, "A meeting's host belongs to the meeting's group (a regional forum's host is in its region); a meeting of a series that does not roam has no host."),
            Rule(Period, RuleStrength.Hard, null, "Every meeting lies inside the period."),
            new(SameDay, RuleStrength.Soft, null, "A group meets at most once a day: two meetings whose participants overlap (the same group, or one of them all or national) are on different days unless no free day fits.", [], isLibraryRule: true),
            Rule(
                RegionalCadence,
                RuleStrength.Hard,
                dmf,
                "Each of the five regional forums meets every five weeks: consecutive meetings 28–42 days apart, the mean gap over the period 33–37 days; the first meeting within 42 days of the period's start and (the library's choice) the last within 42 days of its end.",
                Number("nominal-gap-days", nominal),
                Number("tolerance-days", tolerance, isDefault: true),
                Number("min-gap-days", nominal - tolerance),
                Number("max-gap-days", nominal + tolerance),
                Number("min-mean-gap-days", nominal - RegionalMeanSlack),
                Number("max-mean-gap-days", nominal + RegionalMeanSlack),
                Number("first-within-days", nominal + tolerance),
                Number("last-within-days", nominal + tolerance, isDefault: true)),
            Rule(
                HalfDay,
                RuleStrength.Hard,
                dmf,
                "A regional meeting is half a day: it starts at or after 08:00, ends by 14:00 and lasts at most 5 hours.",
                Time("earliest-start", HalfDayEarliest),
                Time("latest-end", HalfDayLatest),
                Number("max-hours", HalfDayMaxHours),
                Time("start", options.HalfDay.Start, isDefault: true),
                Time("end", options.HalfDay.End, isDefault: true)),
            Rule(
                NationalCount,
                RuleStrength.Hard,
                dmf,
                "Twice a year a national meeting of all district managers: exactly two in each 12 months of the period (for a last part shorter than a year, its share of two, rounded), consecutive ones 150–215 days apart.",
                Number("per-year", 2),
                Number("min-gap-days", options.NationalSpacing.Minimum, isDefault: true),
                Number("max-gap-days", options.NationalSpacing.Maximum, isDefault: true)),
            Rule(NationalWeek, RuleStrength.Hard, dmf, "No regional meeting in the week (Sunday to Saturday) of a national meeting."),
            Rule(
                ForumCadence,
                RuleStrength.Hard,
                heads,
                "Forum meetings keep the caller's cadence (--every; the source gives none): consecutive meetings within ±20% of it; the library's choice: the first within the longest gap of the period's start, the last within it of its end.",
                Number("tolerance-percent", ForumTolerancePercent)),
            Rule(
                PlanningTeam,
                RuleStrength.Hard,
                heads,
                "Before every forum meeting a planning-team meeting, 7–21 days before it (and after the previous forum meeting), on a workday (Sunday–Thursday), 2 hours.",
                Number("min-lead-days", options.PlanningTeamLead.Minimum, isDefault: true),
                Number("max-lead-days", options.PlanningTeamLead.Maximum, isDefault: true),
                Number("hours", PlanningTeamHours),
                Time("start", options.PlanningTeamStart, isDefault: true)),
            Rule(
                SteeringCadence,
                RuleStrength.Hard,
                heads,
                "The steering committee meets every two to three months: consecutive meetings 56–92 days apart, the first within 92 days of the period's start and (the library's choice) the last within 92 days of its end.",
                Number("min-gap-days", SteeringMinGap),
                Number("max-gap-days", SteeringMaxGap),
                Number("first-within-days", SteeringMaxGap),
                Number("last-within-days", SteeringMaxGap, isDefault: true)),
            Rule(
                ExpandedSteering,
                RuleStrength.Hard,
                heads,
                "Once a year the expanded steering committee plans the year: one in each 12 months of the period that holds a forum meeting, before that year's first forum meeting.",
                Number("per-year", 1)),
            Rule(
                StudyTour,
                RuleStrength.Hard,
                heads,
                "At most one study tour abroad per municipal term (the terms run between general local elections); a tour is consecutive days, none blocked, with no other meeting of the program; a plan holds one only when asked.",
                Number("days", options.StudyTourDays, isDefault: true),
                new RuleParameter("first-day", options.StudyTourFirstDay.ToString(), isDefault: true),
                Number("per-term", 1),
                new RuleParameter("municipal-elections", string.Join("|", options.MunicipalElections.Select(d => LocalDatePattern.Iso.Format(d))), isDefault: true)),
            Rule(CohortSize, RuleStrength.Hard, merhav, "A cohort has 9–10 meetings over about half a year: 10 when the period allows, else 9; fewer is an error.", Number("min", 9), Number("max", 10)),
            Rule(
                CohortSpacing,
                RuleStrength.Hard,
                merhav,
                "Consecutive cohort meetings 10–28 days apart; the first within 14 days of the period's start.",
                Number("min-gap-days", options.CohortSpacing.Minimum, isDefault: true),
                Number("max-gap-days", options.CohortSpacing.Maximum, isDefault: true),
                Number("first-within-days", options.CohortFirstWithin, isDefault: true)),
            Rule(
                FullDay,
                RuleStrength.Soft,
                merhav,
                "Cohort meetings are full days.",
                Time("start", options.FullDay.Start, isDefault: true),
                Time("end", options.FullDay.End, isDefault: true)),
        ];
    }

    private static RuleParameter Number(string name, int value, bool isDefault = false) =>
        new(name, value.ToString(CultureInfo.InvariantCulture), isDefault);

    private static RuleParameter Time(string name, LocalTime value, bool isDefault = false) =>
        new(name, MeetingHours.Text(value), isDefault);
}
