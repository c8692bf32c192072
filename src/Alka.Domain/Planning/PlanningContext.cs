using System.Globalization;
using Alka.Domain.Calendar;
using Alka.Domain.Governance;
using Alka.Domain.Programs;
using Alka.Domain.Scheduling;
using Alka.Domain.Validation;
using Ardalis.Result;
using NodaTime;

namespace Alka.Domain.Planning;

/// <summary>
/// A checked <see cref="PlanningOptions"/>, resolved: the period as day numbers (day 0 is <see cref="From"/>), each day
/// judged once, the local elections by day, and every series and governing body to plan as a <see cref="SeriesPlan"/>
/// with its rules' numbers and hosts. Shared by the planner and the checker; it searches nothing.
/// </summary>
internal sealed class PlanningContext
{
    /// <summary>The longest period planned at once.</summary>
    public const int MaxYears = 10;

    private const double DaysPerMonth = 365.2425 / 12;

    private readonly Dictionary<int, HashSet<string>> _localElections;
    private readonly Dictionary<Host, bool[]> _closedHosts = new(ReferenceEqualityComparer.Instance);
    private readonly int[] _yearStarts;

    private PlanningContext(
        PlanningOptions request,
        CommunityMix communities,
        ForumCalendar calendar,
        DayJudgement[] days,
        Dictionary<int, HashSet<string>> localElections,
        List<SeriesPlan> series,
        IReadOnlyList<Host> hosts,
        IReadOnlyList<PlanRule> rules)
    {
        Request = request;
        Program = request.Program;
        Options = request.RuleOptions;
        From = request.From.WithCalendar(CalendarSystem.Iso);
        To = request.To.WithCalendar(CalendarSystem.Iso);
        Communities = communities;
        Calendar = calendar;
        Days = days;
        _localElections = localElections;
        Series = series;
        Hosts = hosts;
        Rules = rules;
        var starts = new List<int>();
        for (var year = 0; From.PlusYears(year) <= To; year++)
        {
            starts.Add(Period.DaysBetween(From, From.PlusYears(year)));
        }

        _yearStarts = [.. starts];
        foreach (var host in hosts)
        {
            if (host.Unavailable.Count == 0 && (host.Authority is null || !localElections.Values.Any(v => v.Contains(host.Authority))))
            {
                continue;
            }

            var closed = new bool[days.Length];
            for (var day = 0; day < closed.Length; day++)
            {
                closed[day] = host.IsUnavailableOn(From.PlusDays(day)) || HasLocalElection(host, day);
            }

            _closedHosts[host] = closed;
        }
    }

    public PlanningOptions Request { get; }

    public InstituteProgram Program { get; }

    public PlanRuleOptions Options { get; }

    public LocalDate From { get; }

    public LocalDate To { get; }

    public int DayCount => Days.Length;

    public CommunityMix Communities { get; }

    public ForumCalendar Calendar { get; }

    /// <summary>Every day of the period, judged for the forum (caller days included), by day number.</summary>
    public DayJudgement[] Days { get; }

    /// <summary>Every series and body to plan, in planning order: the tour, the yearly series, the chains (each followed by its companions), the committees.</summary>
    public List<SeriesPlan> Series { get; }

    /// <summary>The hosts of the roaming series, in order of first appearance.</summary>
    public IReadOnlyList<Host> Hosts { get; }

    /// <summary>The rules that apply to the plan, with their numbers.</summary>
    public IReadOnlyList<PlanRule> Rules { get; }

    /// <summary>The number of plan years: 12-month spans from <see cref="From"/>, the last possibly shorter.</summary>
    public int YearCount => _yearStarts.Length;

    public LocalDate Date(int day) => From.PlusDays(day);

    public int DayOf(LocalDate date) => Period.DaysBetween(From, date.WithCalendar(CalendarSystem.Iso));

    public bool Contains(int day) => (uint)day < (uint)Days.Length;

    /// <summary>The first day of plan year <paramref name="year"/>.</summary>
    public int YearStart(int year) => _yearStarts[year];

    /// <summary>The last day of plan year <paramref name="year"/>.</summary>
    public int YearEnd(int year) => year + 1 < _yearStarts.Length ? _yearStarts[year + 1] - 1 : Days.Length - 1;

    /// <summary>The plan year of day <paramref name="day"/>.</summary>
    public int YearOf(int day)
    {
        var year = 0;
        while (year + 1 < _yearStarts.Length && _yearStarts[year + 1] <= day)
        {
            year++;
        }

        return year;
    }

    /// <summary>Whether a local election is held on day <paramref name="day"/> in the authority where <paramref name="host"/> sits.</summary>
    public bool HasLocalElection(Host host, int day) =>
        host.Authority is { } authority && _localElections.TryGetValue(day, out var voting) && voting.Contains(authority);

    /// <summary>Whether <paramref name="host"/> (of <see cref="Hosts"/>) may host on day <paramref name="day"/>: not unavailable, no local election there.</summary>
    public bool CanHost(Host host, int day) => !_closedHosts.TryGetValue(host, out var closed) || !closed[day];

    /// <summary>Whether every day of the period is open to <paramref name="host"/>.</summary>
    public bool AlwaysHosts(Host host) => !_closedHosts.ContainsKey(host);

    /// <summary>Whether two groups' participants overlap: the same group, or one of them all or national.</summary>
    public static bool Overlap(MeetingGroup a, MeetingGroup b) =>
        a == b || a == MeetingGroup.All || b == MeetingGroup.All || a == MeetingGroup.National || b == MeetingGroup.National;

    public static Result<PlanningContext> Create(PlanningOptions request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Program, nameof(request.Program));
        ArgumentNullException.ThrowIfNull(request.RuleOptions, nameof(request.RuleOptions));
        ArgumentNullException.ThrowIfNull(request.CallerDays, nameof(request.CallerDays));

        var problems = new Problems();
        var from = request.From.WithCalendar(CalendarSystem.Iso);
        var to = request.To.WithCalendar(CalendarSystem.Iso);
        problems.DateRange(from, to, ForumCalendar.MinDate, ForumCalendar.MaxDate);
        if (!problems.Any && to >= from.PlusYears(MaxYears))
        {
            problems.Add("to", PlanningErrors.PeriodTooLong, $"A plan covers at most {MaxYears} years; plan {from:uuuu-MM-dd}..{to:uuuu-MM-dd} in parts.");
        }

        CheckOptions(request.RuleOptions, problems);
        var localElections = new Dictionary<int, HashSet<string>>();
        for (var i = 0; i < request.CallerDays.Count; i++)
        {
            var day = request.CallerDays[i] ?? throw new ArgumentNullException(nameof(request), $"CallerDays[{i}] is null.");
            if (day.Kind != CallerDayKind.LocalElection)
            {
                continue;
            }

            if (!problems.Any)
            {
                var index = Period.DaysBetween(from, day.Date);
                if (!localElections.TryGetValue(index, out var voting))
                {
                    localElections[index] = voting = new HashSet<string>(StringComparer.Ordinal);
                }

                voting.UnionWith(day.Authorities);
            }
        }

        var series = ResolveSeries(request, problems, out var hosts);
        if (problems.Any)
        {
            return Result<PlanningContext>.Invalid(problems.Errors);
        }

        var communities = request.Communities ?? request.Program.Schedule.Communities ?? CommunityMix.Of(Community.Jewish);
        var policy = request.DayPolicy ?? request.Program.Schedule.DayPolicy ?? DayPolicy.GovernmentForum;
        var calendar = PlanCalendar.For(communities, policy, request.CallerDays);
        if (!calendar.IsSuccess)
        {
            return Result<PlanningContext>.Invalid(calendar.ValidationErrors);
        }

        var days = calendar.Value.Judge(from, to).Value;
        return new PlanningContext(request, communities, calendar.Value, days as DayJudgement[] ?? [.. days], localElections, series, hosts, ApplicableRules(request.RuleOptions, series));
    }

    private static void CheckOptions(PlanRuleOptions options, Problems problems)
    {
        void Check(bool ok, string option, string rule, string message)
        {
            if (!ok)
            {
                problems.Add("options." + option, PlanningErrors.InvalidOption, $"{rule}: {message}");
            }
        }

        Check(options.RegionalTolerance is >= 0 and < PlanRules.RegionalWeeks * 7, "regionalTolerance", PlanRules.RegionalCadence, $"the tolerance is 0–{(PlanRules.RegionalWeeks * 7) - 1} days.");
        Check(
            options.HalfDay.End > options.HalfDay.Start && options.HalfDay.Start >= PlanRules.HalfDayEarliest && options.HalfDay.End <= PlanRules.HalfDayLatest
            && options.HalfDay.Length.Minutes <= PlanRules.HalfDayMaxHours * 60,
            "halfDay",
            PlanRules.HalfDay,
            $"a half day starts at or after {MeetingHours.Text(PlanRules.HalfDayEarliest)}, ends by {MeetingHours.Text(PlanRules.HalfDayLatest)} and lasts at most {PlanRules.HalfDayMaxHours} hours.");
        Check(options.FullDay.End > options.FullDay.Start, "fullDay", PlanRules.FullDay, "the hours end after they start.");
        Check(options.NationalSpacing.Minimum >= 1, "nationalSpacing", PlanRules.NationalCount, "national meetings are at least a day apart.");
        Check(options.PlanningTeamLead.Minimum >= 1, "planningTeamLead", PlanRules.PlanningTeam, "a planning team meets at least a day before its forum meeting.");
        Check(options.PlanningTeamStart <= new LocalTime(24 - PlanRules.PlanningTeamHours, 0), "planningTeamStart", PlanRules.PlanningTeam, "a two-hour meeting ends the day it starts.");
        Check(options.SteeringCommitteeHours.End > options.SteeringCommitteeHours.Start, "steeringCommitteeHours", PlanRules.SteeringCadence, "the hours end after they start.");
        Check(options.ExpandedSteeringCommitteeHours.End > options.ExpandedSteeringCommitteeHours.Start, "expandedSteeringCommitteeHours", PlanRules.ExpandedSteering, "the hours end after they start.");
        Check(options.StudyTourHours.End > options.StudyTourHours.Start, "studyTourHours", PlanRules.StudyTour, "the hours end after they start.");
        Check(options.StudyTourDays is >= 1 and <= PlannedMeeting.MaxDays, "studyTourDays", PlanRules.StudyTour, $"a tour lasts 1–{PlannedMeeting.MaxDays} days.");
        Check(options.StudyTourFirstDay is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday, "studyTourFirstDay", PlanRules.StudyTour, "name a weekday.");
        Check(options.MunicipalElections is not null && options.MunicipalElections.Zip(options.MunicipalElections.Skip(1)).All(p => p.First < p.Second), "municipalElections", PlanRules.StudyTour, "the election dates are ascending and distinct.");
        Check(options.CohortSpacing.Minimum >= 1, "cohortSpacing", PlanRules.CohortSpacing, "cohort meetings are at least a day apart.");
        Check(options.CohortFirstWithin >= 0, "cohortFirstWithin", PlanRules.CohortSpacing, "the first meeting's window is not negative.");
    }

    private static List<SeriesPlan> ResolveSeries(PlanningOptions request, Problems problems, out IReadOnlyList<Host> hosts)
    {
        var program = request.Program;
        var options = request.RuleOptions;
        var meetings = program.Schedule.Meetings;
        var hasNational = meetings.Any(m => m.Kind == MeetingKind.National);
        var regions = meetings.Where(m => m.Kind == MeetingKind.Forum && m.Group.Region is not null).ToList();
        var tours = new List<SeriesPlan>();
        var yearly = new List<SeriesPlan>();
        var chains = new List<SeriesPlan>();
        var committees = new List<SeriesPlan>();
        var used = new List<Host>();

        if (request.Every is { Kind: not CadenceKind.Every })
        {
            problems.Add("every", PlanningErrors.UnplannableSeries, $"The forum's cadence is an interval (6w, 30d, 2m), not '{request.Every}'.");
        }

        if (request.Hosts is { } given)
        {
            for (var i = 0; i < given.Count; i++)
            {
                ArgumentNullException.ThrowIfNull(given[i], $"{nameof(request)}.Hosts[{i}]");
                if (given.Take(i).Any(h => h.Id == given[i].Id))
                {
                    problems.Add(Invariant($"hosts[{i}]"), Validation.CommonErrors.DuplicateId, $"The host '{given[i].Id}' is listed twice.");
                }
                else if (!meetings.Any(m => m.Roaming is not null && given[i].Serves(m.Group)))
                {
                    problems.Add(Invariant($"hosts[{i}]"), PlanningErrors.HostUnused, $"The host '{given[i].Id}' ({given[i].Group}) serves no roaming series of {program.Id}.");
                }
            }
        }

        foreach (var series in meetings)
        {
            var hours = series.Length switch
            {
                MeetingLength.HalfDay => options.HalfDay,
                MeetingLength.MultiDay => options.StudyTourHours,
                _ => options.FullDay,
            };
            var hoursRule = series.Length switch
            {
                MeetingLength.HalfDay => PlanRules.HalfDay,
                MeetingLength.FullDay => PlanRules.FullDay,
                _ => series.Kind == MeetingKind.CohortMeeting ? PlanRules.FullDay : null,
            };
            var pool = PoolOf(series, request, problems);
            foreach (var host in pool.Where(h => !used.Contains(h)))
            {
                used.Add(host);
            }

            var cadence = series.Cadence;
            if (series.Kind == MeetingKind.StudyTour)
            {
                if (cadence is not { Kind: CadenceKind.PerPeriod, Unit: CadenceUnit.MunicipalTerm })
                {
                    Unplannable(problems, series.Id, "a study tour is planned once per municipal term");
                }
                else if (request.StudyTour)
                {
                    tours.Add(new SeriesPlan
                    {
                        Id = series.Id, Kind = series.Kind, Group = series.Group, Name = series.Name, Shape = SeriesShape.Tour,
                        CadenceRule = PlanRules.StudyTour, Length = options.StudyTourDays, FirstWeekday = options.StudyTourFirstDay,
                        Hours = options.StudyTourHours, Roaming = series.Roaming is not null, Hosts = pool,
                    });
                }

                continue;
            }

            if (cadence is { Kind: CadenceKind.PerPeriod, Unit: CadenceUnit.Year, Count.Minimum: 2 })
            {
                yearly.Add(new SeriesPlan
                {
                    Id = series.Id, Kind = series.Kind, Group = series.Group, Name = series.Name, Shape = SeriesShape.PerYear,
                    CadenceRule = PlanRules.NationalCount, PerYear = 2, GapMin = options.NationalSpacing.Minimum, GapMax = options.NationalSpacing.Maximum,
                    Hours = hours, HoursRule = hoursRule, Roaming = series.Roaming is not null, Hosts = pool,
                });
            }
            else if (cadence is { Kind: CadenceKind.OverSpan, Count: { } count })
            {
                chains.Add(new SeriesPlan
                {
                    Id = series.Id, Kind = series.Kind, Group = series.Group, Name = series.Name, Shape = SeriesShape.Cohort,
                    CadenceRule = PlanRules.CohortSpacing, CountMin = count.Minimum, CountMax = count.Maximum,
                    GapMin = options.CohortSpacing.Minimum, GapMax = options.CohortSpacing.Maximum, FirstWithin = options.CohortFirstWithin,
                    Hours = hours, HoursRule = hoursRule, Roaming = series.Roaming is not null, Hosts = pool,
                });
            }
            else if (cadence is { Kind: CadenceKind.Every, Count.IsExact: true } && series.Group.Region is not null)
            {
                var nominal = DaysOf(cadence.Value.Count!.Value.Minimum, cadence.Value.Unit!.Value);
                var tolerance = Math.Min(options.RegionalTolerance, nominal - 1);
                var stagger = regions.IndexOf(series) * nominal / Math.Max(regions.Count, 1);
                chains.Add(new SeriesPlan
                {
                    Id = series.Id, Kind = series.Kind, Group = series.Group, Name = series.Name, Shape = SeriesShape.Chain,
                    CadenceRule = PlanRules.RegionalCadence, NominalGap = nominal, GapMin = nominal - tolerance, GapMax = nominal + tolerance,
                    FirstWithin = nominal + tolerance, LastWithin = nominal + tolerance, FirstTarget = stagger,
                    MeanMin = nominal - PlanRules.RegionalMeanSlack, MeanMax = nominal + PlanRules.RegionalMeanSlack,
                    Hours = hours, HoursRule = hoursRule, Roaming = series.Roaming is not null, Hosts = pool, AvoidsNationalWeeks = hasNational,
                });
            }
            else if (cadence is { Kind: CadenceKind.Every } || (cadence is null && request.Every is { Kind: CadenceKind.Every }))
            {
                var every = cadence ?? request.Every!.Value;
                var (low, high) = every.Count!.Value.IsExact
                    ? WithinPercent(DaysOf(every.Count.Value.Minimum, every.Unit!.Value))
                    : (MinDaysOf(every.Count.Value.Minimum, every.Unit!.Value), MaxDaysOf(every.Count.Value.Maximum, every.Unit.Value));
                chains.Add(new SeriesPlan
                {
                    Id = series.Id, Kind = series.Kind, Group = series.Group, Name = series.Name, Shape = SeriesShape.Chain,
                    CadenceRule = PlanRules.ForumCadence, NominalGap = every.Count.Value.IsExact ? DaysOf(every.Count.Value.Minimum, every.Unit.Value) : (low + high) / 2,
                    GapMin = low, GapMax = high, FirstWithin = high, LastWithin = high,
                    Hours = hours, HoursRule = hoursRule, Roaming = series.Roaming is not null, Hosts = pool,
                });
            }
            else if (cadence is null)
            {
                problems.Add("every", PlanningErrors.CadenceMissing, $"The sources give the series '{series.Id}' of {program.Id} no cadence: give one (--every 6w, 30d, 2m).");
            }
            else
            {
                Unplannable(problems, series.Id, $"the planner cannot turn '{cadence}' into dates");
            }
        }

        if (request.Every is { Kind: CadenceKind.Every } && meetings.All(m => m.Cadence is not null))
        {
            problems.Add("every", PlanningErrors.CadenceUnused, $"The sources give every series of {program.Id} its cadence; a cadence is given only for a series without one.");
        }

        foreach (var body in program.Governance.Bodies)
        {
            if (body.Cadence is not { } cadence)
            {
                continue;
            }

            switch (body.Kind)
            {
                case GoverningBodyKind.PlanningTeam when cadence.Kind == CadenceKind.BeforeEach:
                    var parent = chains.FirstOrDefault(c => c.Id == cadence.Before && c.Shape == SeriesShape.Chain);
                    if (parent is null)
                    {
                        Unplannable(problems, body.Id, $"a planning team precedes a chain of meetings, and '{cadence.Before}' is none");
                        break;
                    }

                    parent.Companions.Add(new SeriesPlan
                    {
                        Id = body.Id, Kind = MeetingKind.PlanningTeam, Group = parent.Group, Name = body.Name, Shape = SeriesShape.Chain,
                        CadenceRule = PlanRules.PlanningTeam, LeadMin = options.PlanningTeamLead.Minimum, LeadMax = options.PlanningTeamLead.Maximum,
                        Hours = new MeetingHours(options.PlanningTeamStart, options.PlanningTeamStart.PlusHours(PlanRules.PlanningTeamHours)),
                        HoursRule = PlanRules.PlanningTeam, WorkdaysOnly = true, Companion = CompanionKind.PlanningTeam, Parent = parent,
                    });
                    break;
                case GoverningBodyKind.ExpandedSteeringCommittee when cadence is { Kind: CadenceKind.PerPeriod, Unit: CadenceUnit.Year, Count.Minimum: 1 }:
                    var forum = chains.FirstOrDefault(c => c is { Kind: MeetingKind.Forum, Shape: SeriesShape.Chain, Group.Region: null });
                    if (forum is null)
                    {
                        Unplannable(problems, body.Id, "an expanded committee plans the year before its first forum meeting, and the program has no forum series");
                        break;
                    }

                    forum.Companions.Add(new SeriesPlan
                    {
                        Id = body.Id, Kind = MeetingKind.ExpandedSteeringCommittee, Group = forum.Group, Name = body.Name, Shape = SeriesShape.Chain,
                        CadenceRule = PlanRules.ExpandedSteering, Hours = options.ExpandedSteeringCommitteeHours,
                        Companion = CompanionKind.ExpandedSteering, Parent = forum,
                    });
                    break;
                case GoverningBodyKind.SteeringCommittee when cadence is { Kind: CadenceKind.Every, Count: { } count, Unit: { } unit }:
                    var high = MaxDaysOf(count.Maximum, unit);
                    var low = MinDaysOf(count.Minimum, unit);
                    committees.Add(new SeriesPlan
                    {
                        Id = body.Id, Kind = MeetingKind.SteeringCommittee, Group = MeetingGroup.All, Name = body.Name, Shape = SeriesShape.Chain,
                        CadenceRule = PlanRules.SteeringCadence, GapMin = low, GapMax = high, NominalGap = (low + high) / 2,
                        FirstWithin = high, LastWithin = high, Hours = options.SteeringCommitteeHours,
                    });
                    break;
                default:
                    Unplannable(problems, body.Id, $"a {body.Kind.ToId()} meeting '{cadence}' has no meeting kind in a plan");
                    break;
            }
        }

        if (request.StudyTour && !meetings.Any(m => m.Kind == MeetingKind.StudyTour))
        {
            problems.Add("studyTour", PlanningErrors.NoStudyTour, $"{program.Id} has no study tour to plan.");
        }

        if (meetings.Count == 0 && committees.Count == 0 && !problems.Any)
        {
            problems.Add("program", PlanningErrors.NothingToPlan, $"The catalog states no meeting series of {program.Id}: there is nothing to plan.");
        }

        hosts = used;
        var all = new List<SeriesPlan>();
        all.AddRange(tours);
        all.AddRange(yearly);
        foreach (var chain in chains)
        {
            all.Add(chain);
            all.AddRange(chain.Companions);
        }

        all.AddRange(committees);
        return all;
    }

    private static List<Host> PoolOf(MeetingSeries series, PlanningOptions request, Problems problems)
    {
        if (series.Roaming is null)
        {
            return [];
        }

        var pool = request.Hosts is { } given ? given.Where(h => h is not null && h.Serves(series.Group)).ToList() : [.. series.Roaming.HostPool.Hosts];
        if (pool.Count == 0)
        {
            problems.Add(
                "hosts",
                PlanningErrors.HostsMissing,
                request.Hosts is null
                    ? $"The series '{series.Id}' of {request.Program.Id} roams between hosts the catalog does not name: give them (--hosts)."
                    : $"No host given (--hosts) serves the series '{series.Id}' ({series.Group}).");
        }

        return pool;
    }

    private static IReadOnlyList<PlanRule> ApplicableRules(PlanRuleOptions options, List<SeriesPlan> series)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal) { PlanRules.BlockedDay, PlanRules.AvoidDay, PlanRules.Period, PlanRules.SameDay };
        foreach (var plan in series)
        {
            ids.Add(plan.CadenceRule);
            if (plan.HoursRule is { } hoursRule)
            {
                ids.Add(hoursRule);
            }

            if (plan.Shape == SeriesShape.Cohort)
            {
                ids.Add(PlanRules.CohortSize);
            }

            if (plan.AvoidsNationalWeeks)
            {
                ids.Add(PlanRules.NationalWeek);
            }

            if (plan.Roaming)
            {
                ids.UnionWith([PlanRules.HostUnavailable, PlanRules.RotationOrder, PlanRules.RotationRepeat, PlanRules.RotationBalance, PlanRules.HostGroup]);
            }
        }

        var rules = ReferenceEquals(options, PlanRuleOptions.Default) ? PlanRules.All : PlanRules.Describe(options);
        return [.. rules.Where(r => ids.Contains(r.Id))];
    }

    private static void Unplannable(Problems problems, string id, string why) =>
        problems.Add(id, PlanningErrors.UnplannableSeries, $"'{id}' cannot be planned: {why}.");

    /// <summary>A cadence's nominal gap in days: a week is 7, a month 30.44 (a Gregorian year's twelfth), rounded.</summary>
    private static int DaysOf(int count, CadenceUnit unit) => unit switch
    {
        CadenceUnit.Day => count,
        CadenceUnit.Week => 7 * count,
        CadenceUnit.Month => (int)Math.Round(count * DaysPerMonth, MidpointRounding.AwayFromZero),
        _ => 365 * count,
    };

    /// <summary>The fewest days of <paramref name="count"/> units: a month is at least 28 days.</summary>
    private static int MinDaysOf(int count, CadenceUnit unit) => unit == CadenceUnit.Month ? 28 * count : DaysOf(count, unit);

    /// <summary>The most days of <paramref name="count"/> units: a month is at most its mean, rounded up (3 months: 92).</summary>
    private static int MaxDaysOf(int count, CadenceUnit unit) => unit == CadenceUnit.Month ? (int)Math.Ceiling(count * DaysPerMonth) : DaysOf(count, unit);

    /// <summary>The whole days within ±20% of <paramref name="days"/>: 6 weeks (42) is 34–50.</summary>
    private static (int Low, int High) WithinPercent(int days) =>
        (((100 - PlanRules.ForumTolerancePercent) * days + 99) / 100, Math.Max(1, (100 + PlanRules.ForumTolerancePercent) * days / 100));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
