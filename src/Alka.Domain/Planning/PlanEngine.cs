using System.Globalization;
using Alka.Domain.Scheduling;
using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Planning;

/// <summary>
/// Plans a resolved request stage by stage: the study tour (each possible week in turn, cheapest first, until the rest
/// fits), the yearly national meetings (a week a regional forum cannot do without is closed to them, and they are planned
/// again), each chain with its companions, then the committees; each series' hosts are assigned after its dates, and a
/// date the rotation cannot use is closed and the series solved again. Every loop closes at least one more day per turn,
/// so the whole is bounded.
/// </summary>
internal sealed class PlanEngine
{
    private readonly PlanningContext _context;
    private readonly ChainSolver _solver;
    private readonly Dictionary<SeriesPlan, List<PlannedMeeting>> _previous;
    private readonly List<SolvedSeries> _solved = [];
    private readonly Dictionary<int, List<(string Id, MeetingGroup Group)>> _taken = [];
    private readonly List<(string Id, int Day)> _nationals = [];
    private readonly Dictionary<int, string> _regionsNeed = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private (SolvedSeries Solved, int Start)? _tour;

    private PlanEngine(PlanningContext context, Dictionary<SeriesPlan, List<PlannedMeeting>> previous)
    {
        _context = context;
        _solver = new ChainSolver(context);
        _previous = previous;
    }

    public static Result<Plan> Run(PlanningContext context)
    {
        var previous = MatchPrevious(context, context.Request.Previous ?? []);
        return previous.Bind(p => new PlanEngine(context, p).Run());
    }

    /// <summary>The previous plan's meetings by series (their kind and group); every problem: an unknown series, a repeated id.</summary>
    public static Result<Dictionary<SeriesPlan, List<PlannedMeeting>>> MatchPrevious(PlanningContext context, IReadOnlyList<PlannedMeeting> meetings)
    {
        var problems = new Problems();
        var bySeries = new Dictionary<SeriesPlan, List<PlannedMeeting>>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < meetings.Count; i++)
        {
            var meeting = meetings[i] ?? throw new ArgumentNullException(nameof(meetings), $"meetings[{i}] is null.");
            var at = string.Create(CultureInfo.InvariantCulture, $"meetings[{i}]");
            if (!ids.Add(meeting.Id))
            {
                problems.Add(at, PlanningErrors.DuplicateMeeting, $"The meeting id '{meeting.Id}' appears twice.");
                continue;
            }

            var series = context.Series.FirstOrDefault(s => s.Kind == meeting.Kind && s.Group == meeting.Group);
            if (series is null)
            {
                problems.Add(
                    at,
                    PlanningErrors.UnknownSeries,
                    $"{meeting.Id} ({meeting.Kind.ToId()}, {meeting.Group}) matches no series planned for {context.Program.Id}{(meeting.Kind == MeetingKind.StudyTour ? " (a study tour is planned only when asked)" : "")}.");
                continue;
            }

            if (!bySeries.TryGetValue(series, out var list))
            {
                bySeries[series] = list = [];
            }

            list.Add(meeting);
        }

        foreach (var list in bySeries.Values)
        {
            list.Sort((a, b) => a.Date.CompareTo(b.Date));
        }

        return problems.Any ? Result<Dictionary<SeriesPlan, List<PlannedMeeting>>>.Invalid(problems.Errors) : bySeries;
    }

    private Result<Plan> Run()
    {
        var tour = _context.Series.FirstOrDefault(s => s.Shape == SeriesShape.Tour);
        if (tour is null)
        {
            return PlanAll(null) is { } failure ? Result<Plan>.Invalid(failure) : Build();
        }

        var starts = _solver.TourStarts(tour, Days(tour));
        if (!starts.IsSuccess)
        {
            return Result<Plan>.Invalid(starts.ValidationErrors);
        }

        List<ValidationError>? first = null;
        foreach (var start in starts.Value)
        {
            var failure = PlanAll((tour, start));
            if (failure is null)
            {
                return Build();
            }

            first ??= failure;
        }

        return Result<Plan>.Invalid(first!);
    }

    /// <summary>Plans every series after the tour; the failure, or <see langword="null"/>.</summary>
    private List<ValidationError>? PlanAll((SeriesPlan Series, int Start)? tour)
    {
        _regionsNeed.Clear();
        while (true)
        {
            _solved.Clear();
            _taken.Clear();
            _nationals.Clear();
            _ids.Clear();
            _tour = null;
            if (tour is { } placed)
            {
                var days = Days(placed.Series);
                var identified = Identify(placed.Series, [placed.Start]);
                Record(new SolvedSeries
                {
                    Series = placed.Series, Days = days, Dates = [placed.Start], Ids = identified.Ids, Hosts = [null],
                    Previous = identified.Previous, Removed = identified.Removed,
                });
                _tour = (_solved[^1], placed.Start);
            }

            var retry = false;
            foreach (var series in _context.Series.Where(s => s.Shape != SeriesShape.Tour && s.Companion == CompanionKind.None))
            {
                var failure = Solve(series);
                if (failure is null)
                {
                    continue;
                }

                if (series.AvoidsNationalWeeks && _nationals.Count > 0 && CloseNationalWeeksFor(series))
                {
                    retry = true;
                    break;
                }

                return failure;
            }

            if (!retry)
            {
                return null;
            }
        }
    }

    /// <summary>
    /// When a regional forum fails only for the national weeks, closes to the national meetings the weeks it would use
    /// without them; <see langword="false"/> when the national weeks are not the cause.
    /// </summary>
    private bool CloseNationalWeeksFor(SeriesPlan series)
    {
        var days = Days(series, withNationalWeeks: false);
        var free = _solver.SolveChain(series, days, null);
        if (!free.IsSuccess)
        {
            return false;
        }

        var closed = false;
        foreach (var (_, national) in _nationals)
        {
            var week = WeekStart(national);
            if (free.Value.Dates.Any(d => d >= week && d < week + 7))
            {
                for (var day = Math.Max(week, 0); day < Math.Min(week + 7, _context.DayCount); day++)
                {
                    closed |= _regionsNeed.TryAdd(day, series.Id);
                }
            }
        }

        return closed;
    }

    private List<ValidationError>? Solve(SeriesPlan series)
    {
        var days = Days(series);
        CompanionDays? companions = null;
        var team = series.Companions.FirstOrDefault(c => c.Companion == CompanionKind.PlanningTeam);
        var expanded = series.Companions.FirstOrDefault(c => c.Companion == CompanionKind.ExpandedSteering);
        if (team is not null || expanded is not null)
        {
            companions = new CompanionDays(_context, team, team is null ? null : Days(team), expanded, expanded is null ? null : Days(expanded));
        }

        while (true)
        {
            var chain = series.Shape switch
            {
                SeriesShape.Cohort => _solver.SolveCohort(series, days),
                SeriesShape.PerYear => _solver.SolvePerYear(series, days),
                _ => _solver.SolveChain(series, days, companions),
            };
            if (!chain.IsSuccess)
            {
                return [.. chain.ValidationErrors];
            }

            var dates = chain.Value.Dates;
            var identified = Identify(series, dates);
            var hosts = new string?[dates.Count];
            if (series.Roaming)
            {
                if (series.Hosts.Count == 1 && dates.Count > 1)
                {
                    return [ChainSolver.Failure(series, PlanRules.RotationRepeat, $"the pool has one host, {series.Hosts[0].Id}, which would host the meetings of {_solver.Iso(dates[0])} and {_solver.Iso(dates[1])} in a row")];
                }

                var assigned = HostRotation.Assign(_context, series.Hosts, dates, [.. identified.Previous.Select(p => p?.HostId)], out var failed);
                if (assigned is null)
                {
                    days.Close(dates[failed], DayBlock.NoRotation);
                    continue;
                }

                for (var i = 0; i < hosts.Length; i++)
                {
                    hosts[i] = series.Hosts[assigned[i]].Id;
                }
            }

            var solved = new SolvedSeries
            {
                Series = series, Days = days, Dates = dates, Ids = identified.Ids, Hosts = hosts,
                Previous = identified.Previous, Removed = identified.Removed, Companions = companions,
            };
            Record(solved);
            if (team is not null)
            {
                RecordCompanion(team, companions!.TeamDays!, solved, chain.Value.Team, [.. Enumerable.Range(0, dates.Count)]);
            }

            if (expanded is not null)
            {
                var owners = dates.Select((d, i) => (d, i)).Where(x => companions!.OpensYear(x.i == 0 ? -1 : dates[x.i - 1], x.d)).Select(x => x.i).ToArray();
                RecordCompanion(expanded, companions!.ExpandedDays!, solved, chain.Value.Expanded, owners);
            }

            if (series.Kind == MeetingKind.National)
            {
                _nationals.AddRange(dates.Select((d, i) => (solved.Ids[i], d)));
            }

            return null;
        }
    }

    private void RecordCompanion(SeriesPlan companion, SeriesDays days, SolvedSeries parent, IReadOnlyList<int> dates, int[] owners)
    {
        // A planning team takes its forum meeting's number; the expanded committees are numbered in turn.
        var numbers = companion.Companion == CompanionKind.PlanningTeam ? parent.Ids.Select(id => Number(id, parent.Series.Id)).ToArray() : null;
        var identified = Identify(companion, dates, numbers, owners);
        var solved = new SolvedSeries
        {
            Series = companion, Days = days, Dates = dates, Ids = identified.Ids, Hosts = new string?[dates.Count],
            Previous = identified.Previous, Removed = identified.Removed, Parent = parent, Owners = owners,
        };
        parent.CompanionSolutions.Add(solved);
        Record(solved);
    }

    private void Record(SolvedSeries solved)
    {
        _solved.Add(solved);
        for (var i = 0; i < solved.Dates.Count; i++)
        {
            for (var day = solved.Dates[i]; day < solved.Dates[i] + solved.Series.Length; day++)
            {
                if (!_taken.TryGetValue(day, out var list))
                {
                    _taken[day] = list = [];
                }

                list.Add((solved.Ids[i], solved.Series.Group));
            }
        }
    }

    /// <summary>The days of the period for <paramref name="series"/> given what is planned so far.</summary>
    private SeriesDays Days(SeriesPlan series, bool withNationalWeeks = true)
    {
        var days = SeriesDays.For(_context, series);
        if (_tour is { } tour && tour.Solved.Series != series && PlanningContext.Overlap(series.Group, tour.Solved.Series.Group))
        {
            for (var day = tour.Start; day < tour.Start + tour.Solved.Series.Length; day++)
            {
                days.Close(day, DayBlock.StudyTour, tour.Solved.Ids[0], tour.Start);
            }
        }

        if (series.AvoidsNationalWeeks && withNationalWeeks)
        {
            foreach (var (id, national) in _nationals)
            {
                var week = WeekStart(national);
                for (var day = Math.Max(week, 0); day < Math.Min(week + 7, days.Count); day++)
                {
                    days.Close(day, DayBlock.NationalWeek, id, national);
                }
            }
        }

        if (series.Shape == SeriesShape.PerYear)
        {
            foreach (var (day, region) in _regionsNeed)
            {
                days.Close(day, DayBlock.RegionsNeedWeek, region, day);
            }
        }

        foreach (var (day, meetings) in _taken)
        {
            foreach (var (id, group) in meetings)
            {
                if (PlanningContext.Overlap(group, series.Group))
                {
                    days.MarkSameDay(day, id);
                }
            }
        }

        if (_previous.TryGetValue(series, out var previous))
        {
            foreach (var meeting in previous)
            {
                foreach (var meetingDay in meeting.Days)
                {
                    var day = _context.DayOf(meetingDay.Date);
                    if (_context.Contains(day))
                    {
                        days.MarkPrevious(day);
                    }
                }
            }
        }

        days.Seal();
        return days;
    }

    /// <summary>The first day (Sunday) of the Israeli week of <paramref name="day"/>.</summary>
    private int WeekStart(int day) => day - ((int)_context.Days[day].DayOfWeek % 7);

    /// <summary>
    /// The ids of a series' meetings and the previous meetings they continue: a previous meeting on the same date is kept;
    /// the others are paired in order (moved); the rest are added (new numbers) or removed. Afresh, meeting k is
    /// <c>id-0k</c> (a companion takes its forum meeting's number).
    /// </summary>
    private (string[] Ids, PlannedMeeting?[] Previous, List<PlannedMeeting> Removed) Identify(SeriesPlan series, IReadOnlyList<int> dates, int[]? parentNumbers = null, int[]? owners = null)
    {
        var n = dates.Count;
        var ids = new string[n];
        var continued = new PlannedMeeting?[n];
        var previous = _previous.GetValueOrDefault(series) ?? [];
        var used = new bool[previous.Count];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < previous.Count; j++)
            {
                if (!used[j] && _context.DayOf(previous[j].Date) == dates[i])
                {
                    (used[j], continued[i]) = (true, previous[j]);
                    break;
                }
            }
        }

        var j2 = 0;
        for (var i = 0; i < n; i++)
        {
            if (continued[i] is not null)
            {
                continue;
            }

            while (j2 < previous.Count && used[j2])
            {
                j2++;
            }

            if (j2 < previous.Count)
            {
                (used[j2], continued[i]) = (true, previous[j2]);
            }
        }

        var next = previous.Select(p => Number(p.Id, series.Id)).DefaultIfEmpty(0).Max() + 1;
        for (var i = 0; i < n; i++)
        {
            if (continued[i] is { } kept)
            {
                ids[i] = kept.Id;
            }
            else if (previous.Count == 0 && parentNumbers is not null && owners is not null && parentNumbers[owners[i]] > 0)
            {
                ids[i] = Id(series.Id, parentNumbers[owners[i]]);
            }
            else if (previous.Count == 0)
            {
                ids[i] = Id(series.Id, i + 1);
            }
            else
            {
                while (_ids.Contains(Id(series.Id, next)) || previous.Any(p => p.Id == Id(series.Id, next)))
                {
                    next++;
                }

                ids[i] = Id(series.Id, next++);
            }

            _ids.Add(ids[i]);
        }

        var removed = previous.Where((_, j) => !used[j]).ToList();
        return (ids, continued, removed);
    }

    private static string Id(string series, int number) => string.Create(CultureInfo.InvariantCulture, $"{series}-{number:00}");

    /// <summary>The number of a meeting id <c>series-NN</c>; 0 when it has another form.</summary>
    private static int Number(string id, string series) =>
        id.Length > series.Length + 1 && id.StartsWith(series + "-", StringComparison.Ordinal)
        && int.TryParse(id.AsSpan(series.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : 0;

    private Plan Build()
    {
        var meetings = new List<PlannedMeeting>();
        foreach (var solved in _solved)
        {
            var (considered, givenUp) = Explanations.For(_context, _solver, solved);
            var series = solved.Series;
            for (var i = 0; i < solved.Dates.Count; i++)
            {
                var date = _context.Date(solved.Dates[i]);
                meetings.Add(new PlannedMeeting(
                    solved.Ids[i],
                    series.Kind,
                    series.Group,
                    series.Id,
                    series.Name,
                    solved.Hosts[i],
                    PlannedMeeting.DaysFrom(date, series.Length, series.Hours.Start, series.Hours.End),
                    considered[i],
                    givenUp[i]));
            }
        }

        meetings.Sort(PlanOrder);
        var changes = _context.Request.Previous is null ? [] : Replanning.Changes(_context, _solved, meetings);
        return new Plan(_context.Program.Id, _context.From, _context.To, _context.Communities, _context.Hosts, meetings, changes, _context.Rules);
    }

    /// <summary>By date, then start, then id (ordinal): the order of <c>alka plan</c>.</summary>
    public static int PlanOrder(PlannedMeeting a, PlannedMeeting b)
    {
        var order = a.Date.CompareTo(b.Date);
        order = order != 0 ? order : a.Start.TimeOfDay.CompareTo(b.Start.TimeOfDay);
        return order != 0 ? order : string.CompareOrdinal(a.Id, b.Id);
    }
}
