using System.Globalization;
using Alka.Domain.Scheduling;
using Ardalis.Result;
using NodaTime;
using NodaTime.Text;

namespace Alka.Domain.Planning;

/// <summary>
/// Checks a plan made anywhere — by hand, by another tool, by <see cref="Planner"/> — against every planning rule:
/// one <see cref="PlanFinding"/> per broken rule and meeting (hard: the plan is invalid; soft: a warning).
/// </summary>
/// <remarks>
/// An implementation of the rules over a plan of its own, written apart from the planner's search: it judges each
/// meeting's days, hosts and hours, then each series' gaps, counts, rotations and companions, and — for the soft rules,
/// which allow an avoid day or a same-day clash only when nothing better fits — tries each other day of the meeting's
/// window, keeping the rest of the plan, and warns when one keeps every hard rule and is better. Thread-safe.
/// </remarks>
public static class PlanChecker
{
    /// <summary>Checks <paramref name="meetings"/> against the rules of <paramref name="options"/> (its program, period, facts and rule options; <see cref="PlanningOptions.Previous"/> is ignored).</summary>
    /// <returns>
    /// The findings, ordered by date, meeting and rule (empty for a valid plan); or <c>Invalid</c> when the request is
    /// (see <see cref="Planner.Plan"/>) or a meeting matches no series of the program
    /// (<see cref="PlanningErrors.UnknownSeries"/>) or repeats an id (<see cref="PlanningErrors.DuplicateMeeting"/>).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or <paramref name="meetings"/> is <see langword="null"/>.</exception>
    public static Result<IReadOnlyList<PlanFinding>> Check(PlanningOptions options, IEnumerable<PlannedMeeting> meetings)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(meetings);
        var list = meetings.ToList();
        return PlanningContext.Create(options)
            .Bind(context => PlanEngine.MatchPrevious(context, list).Map(_ => (IReadOnlyList<PlanFinding>)Findings(context, list, soft: true)));
    }

    /// <summary>Every finding of <paramref name="meetings"/> (each matching a series of the context), soft ones when <paramref name="soft"/>.</summary>
    internal static List<PlanFinding> Findings(PlanningContext context, IReadOnlyList<PlannedMeeting> meetings, bool soft)
    {
        var check = new Checks(context, meetings);
        var findings = check.Hard();
        if (soft)
        {
            check.Soft(findings);
        }

        findings.Sort((a, b) =>
        {
            var order = a.Date.CompareTo(b.Date);
            order = order != 0 ? order : string.CompareOrdinal(a.MeetingId, b.MeetingId);
            return order != 0 ? order : string.CompareOrdinal(a.RuleId, b.RuleId);
        });
        return OnePerMeetingAndRule(findings);
    }

    // A rule a meeting breaks in several ways (a gap too short and the series ending too early) is one finding: at the
    // first date, its messages joined.
    private static List<PlanFinding> OnePerMeetingAndRule(List<PlanFinding> findings)
    {
        var merged = new List<PlanFinding>(findings.Count);
        var at = new Dictionary<(string Meeting, string Rule), int>();
        foreach (var finding in findings)
        {
            if (at.TryGetValue((finding.MeetingId, finding.RuleId), out var index))
            {
                var first = merged[index];
                merged[index] = new PlanFinding(first.MeetingId, first.Date, first.RuleId, first.Strength, $"{first.Message}; {finding.Message}");
            }
            else
            {
                at[(finding.MeetingId, finding.RuleId)] = merged.Count;
                merged.Add(finding);
            }
        }

        return merged;
    }

    private sealed class Checks
    {
        private readonly PlanningContext _context;
        private readonly IReadOnlyList<PlannedMeeting> _meetings;
        private readonly Dictionary<PlannedMeeting, SeriesPlan> _series = new(ReferenceEqualityComparer.Instance);

        public Checks(PlanningContext context, IReadOnlyList<PlannedMeeting> meetings)
        {
            _context = context;
            _meetings = meetings;
            foreach (var meeting in meetings)
            {
                _series[meeting] = context.Series.First(s => s.Kind == meeting.Kind && s.Group == meeting.Group);
            }
        }

        private int Last => _context.DayCount - 1;

        public List<PlanFinding> Hard() => HardOf(_meetings);

        public void Soft(List<PlanFinding> findings)
        {
            var hard = Keys(findings);
            foreach (var meeting in _meetings)
            {
                // Fewer avoid days, without a same-day clash it does not have now (a clash weighs more than an avoid day).
                var avoid = AvoidDays(meeting);
                var clashes = Clash(meeting, _meetings) is not null;
                if (avoid > 0 && Better(meeting, hard, m => AvoidDays(m) < avoid && (clashes || Clash(m, Replace(_meetings, meeting, m)) is null)) is var avoidWindow && avoidWindow is not null)
                {
                    var day = meeting.Days.First(d => Day(d.Date) is var t && _context.Contains(t) && _context.Days[t].Verdict == DayVerdict.Avoid).Date;
                    findings.Add(Finding(meeting, day, PlanRules.AvoidDay, RuleStrength.Soft, $"{Iso(day)} is an avoid day ({DateRejection.DayText(_context.Days[Day(day)])}), and {avoidWindow} would keep every rule"));
                }

                if (clashes && Clash(meeting, _meetings) is { } other && Better(meeting, hard, m => Clash(m, Replace(_meetings, meeting, m)) is null) is var clashWindow && clashWindow is not null)
                {
                    findings.Add(Finding(meeting, meeting.Date, PlanRules.SameDay, RuleStrength.Soft, $"{other.Id} meets the same day, and {clashWindow} would keep every rule"));
                }

                if (_series[meeting].HoursRule == PlanRules.FullDay && meeting.Days.Any(d => Minutes(d) < (_context.Options.FullDay.End - _context.Options.FullDay.Start).ToDuration().TotalMinutes))
                {
                    findings.Add(Finding(meeting, meeting.Date, PlanRules.FullDay, RuleStrength.Soft, $"a cohort meeting is a full day ({_context.Options.FullDay}), not {Hours(meeting.Days[0])}"));
                }
            }
        }

        private List<PlanFinding> HardOf(IReadOnlyList<PlannedMeeting> meetings)
        {
            var findings = new List<PlanFinding>();
            foreach (var meeting in meetings)
            {
                Meeting(meeting, findings);
            }

            foreach (var group in meetings.GroupBy(m => _series[m]))
            {
                var series = group.Key;
                var ordered = group.OrderBy(m => m.Date).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();
                switch (series.Shape)
                {
                    case SeriesShape.Tour:
                        Tour(series, ordered, meetings, findings);
                        break;
                    case SeriesShape.PerYear:
                        Yearly(series, ordered, findings);
                        break;
                    case SeriesShape.Cohort:
                        Cohort(series, ordered, findings);
                        break;
                    default:
                        if (series.Companion == CompanionKind.None)
                        {
                            Chain(series, ordered, findings);
                        }

                        break;
                }

                if (series.Roaming)
                {
                    Rotation(series, ordered, findings);
                }
            }

            foreach (var series in _context.Series.Where(s => s.Companion == CompanionKind.None && s.Shape != SeriesShape.Tour && !meetings.Any(m => _series[m] == s)))
            {
                Empty(series, findings);
            }

            if (_context.Request.StudyTour && _context.Series.FirstOrDefault(s => s.Shape == SeriesShape.Tour) is { } tour && !meetings.Any(m => _series[m] == tour))
            {
                findings.Add(new PlanFinding(tour.Id, _context.From, PlanRules.StudyTour, RuleStrength.Hard, "a study tour was asked for, and the plan has none"));
            }

            Companions(meetings, findings);
            NationalWeeks(meetings, findings);
            return findings;
        }

        // Rules of one meeting: the period, blocked days, its host, its hours.
        private void Meeting(PlannedMeeting meeting, List<PlanFinding> findings)
        {
            var series = _series[meeting];
            var host = meeting.HostId is null ? null : series.Hosts.FirstOrDefault(h => h.Id == meeting.HostId);
            foreach (var day in meeting.Days)
            {
                var t = Day(day.Date);
                if (!_context.Contains(t))
                {
                    findings.Add(Finding(meeting, day.Date, PlanRules.Period, RuleStrength.Hard, $"{Iso(day.Date)} is outside the period {Iso(_context.From)}..{Iso(_context.To)}"));
                    continue;
                }

                if (_context.Days[t].Verdict == DayVerdict.Blocked)
                {
                    findings.Add(Finding(meeting, day.Date, PlanRules.BlockedDay, RuleStrength.Hard, DateRejection.DayText(_context.Days[t])));
                }

                if (host is not null && _context.HasLocalElection(host, t))
                {
                    findings.Add(Finding(meeting, day.Date, PlanRules.BlockedDay, RuleStrength.Hard, $"a local election is held in {host.Authority}, where the host {host.Id} sits"));
                }

                if (host is not null && host.IsUnavailableOn(day.Date))
                {
                    findings.Add(Finding(meeting, day.Date, PlanRules.HostUnavailable, RuleStrength.Hard, $"the host {host.Id} is unavailable on {Iso(day.Date)}"));
                }
            }

            if (series.Roaming && host is null)
            {
                var elsewhere = meeting.HostId is null ? null : _context.Hosts.FirstOrDefault(h => h.Id == meeting.HostId);
                findings.Add(Finding(meeting, meeting.Date, PlanRules.HostGroup, RuleStrength.Hard, meeting.HostId is null
                    ? $"a meeting of {series.Id} roams: it needs a host of {series.Group}"
                    : elsewhere is null ? $"{meeting.HostId} is not a host of the pool" : $"the host {meeting.HostId} belongs to {elsewhere.Group}, not {series.Group}"));
            }
            else if (!series.Roaming && meeting.HostId is not null)
            {
                findings.Add(Finding(meeting, meeting.Date, PlanRules.HostGroup, RuleStrength.Hard, $"{series.Id} does not roam between hosts: a meeting has none, not {meeting.HostId}"));
            }

            var first = meeting.Days[0];
            if (series.HoursRule == PlanRules.HalfDay
                && (first.Start.TimeOfDay < PlanRules.HalfDayEarliest || first.End.TimeOfDay > PlanRules.HalfDayLatest || Minutes(first) > PlanRules.HalfDayMaxHours * 60))
            {
                findings.Add(Finding(meeting, meeting.Date, PlanRules.HalfDay, RuleStrength.Hard, $"a half day starts at or after 08:00, ends by 14:00 and lasts at most 5 hours, not {Hours(first)}"));
            }

            if (series.Companion == CompanionKind.PlanningTeam
                && (Minutes(first) != PlanRules.PlanningTeamHours * 60 || meeting.Date.DayOfWeek is IsoDayOfWeek.Friday or IsoDayOfWeek.Saturday))
            {
                findings.Add(Finding(meeting, meeting.Date, PlanRules.PlanningTeam, RuleStrength.Hard, $"a planning team meets 2 hours on a workday (Sunday–Thursday), not {meeting.Date.DayOfWeek} {Hours(first)}"));
            }
        }

        private void Chain(SeriesPlan series, List<PlannedMeeting> meetings, List<PlanFinding> findings)
        {
            Gaps(series, meetings, series.CadenceRule, findings);
            var first = Day(meetings[0].Date);
            if (series.FirstWithin >= 0 && first > series.FirstWithin)
            {
                findings.Add(Finding(meetings[0], meetings[0].Date, series.CadenceRule, RuleStrength.Hard, $"the first meeting is {first} days after the period's start; at most {series.FirstWithin}"));
            }

            var last = Day(meetings[^1].Date);
            if (series.LastWithin >= 0 && Last - last > series.LastWithin)
            {
                findings.Add(Finding(meetings[^1], meetings[^1].Date, series.CadenceRule, RuleStrength.Hard, $"the last meeting is {Last - last} days before the period's end; at most {series.LastWithin}"));
            }

            if (series.MeanMin > 0 && meetings.Count >= 2)
            {
                var span = last - first;
                var gaps = meetings.Count - 1;
                if (span < series.MeanMin * gaps || span > series.MeanMax * gaps)
                {
                    findings.Add(new PlanFinding(series.Id, meetings[0].Date, series.CadenceRule, RuleStrength.Hard, string.Create(CultureInfo.InvariantCulture, $"the mean gap is {(double)span / gaps:0.##} days; the cadence allows {series.MeanMin}–{series.MeanMax}")));
                }
            }
        }

        private void Cohort(SeriesPlan series, List<PlannedMeeting> meetings, List<PlanFinding> findings)
        {
            Gaps(series, meetings, PlanRules.CohortSpacing, findings);
            if (Day(meetings[0].Date) > series.FirstWithin)
            {
                findings.Add(Finding(meetings[0], meetings[0].Date, PlanRules.CohortSpacing, RuleStrength.Hard, $"the first meeting is {Day(meetings[0].Date)} days after the period's start; at most {series.FirstWithin}"));
            }

            var fit = MostCohortMeetings(series);
            if (meetings.Count < series.CountMin || meetings.Count > series.CountMax || (meetings.Count < series.CountMax && fit >= series.CountMax))
            {
                findings.Add(new PlanFinding(series.Id, meetings[0].Date, PlanRules.CohortSize, RuleStrength.Hard, $"the cohort has {meetings.Count} meetings; it has {series.CountMax} when the period allows (here {Math.Min(fit, series.CountMax)}), else {series.CountMin}"));
            }
        }

        private void Yearly(SeriesPlan series, List<PlannedMeeting> meetings, List<PlanFinding> findings)
        {
            Gaps(series, meetings, series.CadenceRule, findings);
            for (var year = 0; year < _context.YearCount; year++)
            {
                var (start, end) = (_context.YearStart(year), _context.YearEnd(year));
                var length = end - start + 1;
                var full = _context.Date(start).PlusYears(1) <= _context.To.PlusDays(1);
                var expected = full ? series.PerYear : (int)Math.Round(series.PerYear * length / 365.0, MidpointRounding.AwayFromZero);
                var count = meetings.Count(m => Day(m.Date) >= start && Day(m.Date) <= end);
                if (count != expected)
                {
                    findings.Add(new PlanFinding(series.Id, _context.Date(start), series.CadenceRule, RuleStrength.Hard, $"{count} national meetings from {Iso(_context.Date(start))} to {Iso(_context.Date(end))}; the rule asks {expected}"));
                }
            }
        }

        private void Tour(SeriesPlan series, List<PlannedMeeting> tours, IReadOnlyList<PlannedMeeting> meetings, List<PlanFinding> findings)
        {
            var terms = new Dictionary<int, PlannedMeeting>();
            foreach (var tour in tours)
            {
                if (tour.Days.Count != series.Length || tour.Date.DayOfWeek != series.FirstWeekday)
                {
                    findings.Add(Finding(tour, tour.Date, PlanRules.StudyTour, RuleStrength.Hard, $"a tour is {series.Length} consecutive days from a {series.FirstWeekday}, not {tour.Days.Count} from a {tour.Date.DayOfWeek}"));
                }

                var term = Term(tour.Date);
                if (Term(tour.LastDate) != term)
                {
                    findings.Add(Finding(tour, tour.Date, PlanRules.StudyTour, RuleStrength.Hard, "the tour's days cross a general local election into another municipal term"));
                }

                if (!terms.TryAdd(term, tour))
                {
                    findings.Add(Finding(tour, tour.Date, PlanRules.StudyTour, RuleStrength.Hard, $"{terms[term].Id} is already this municipal term's study tour"));
                }

                foreach (var other in meetings.Where(m => m != tour && m.Date <= tour.LastDate && m.LastDate >= tour.Date && PlanningContext.Overlap(m.Group, tour.Group)))
                {
                    findings.Add(Finding(other, other.Date, PlanRules.StudyTour, RuleStrength.Hard, $"the participants are abroad on {tour.Id}"));
                }
            }
        }

        private void Gaps(SeriesPlan series, List<PlannedMeeting> meetings, string rule, List<PlanFinding> findings)
        {
            for (var i = 1; i < meetings.Count; i++)
            {
                var gap = Period.DaysBetween(meetings[i - 1].Date, meetings[i].Date);
                if (gap < series.GapMin || gap > series.GapMax)
                {
                    findings.Add(Finding(meetings[i], meetings[i].Date, rule, RuleStrength.Hard, $"{gap} days after {meetings[i - 1].Id} ({Iso(meetings[i - 1].Date)}); the rule allows {series.GapMin}–{series.GapMax}"));
                }
            }
        }

        private void Empty(SeriesPlan series, List<PlanFinding> findings)
        {
            var needed = series.Shape switch
            {
                SeriesShape.Cohort => true,
                SeriesShape.PerYear => false, // the yearly counts are checked with the meetings
                _ => series.FirstWithin >= 0 && Last >= series.FirstWithin,
            };
            if (series.Shape == SeriesShape.PerYear)
            {
                Yearly(series, [], findings);
            }
            else if (needed)
            {
                findings.Add(new PlanFinding(series.Id, _context.From, series.Shape == SeriesShape.Cohort ? PlanRules.CohortSize : series.CadenceRule, RuleStrength.Hard, $"the plan has no meeting of {series.Id}"));
            }
        }

        // Planning teams before every forum meeting; an expanded committee before each year's first.
        private void Companions(IReadOnlyList<PlannedMeeting> meetings, List<PlanFinding> findings)
        {
            foreach (var series in _context.Series.Where(s => s.Companion != CompanionKind.None))
            {
                var forum = meetings.Where(m => _series[m] == series.Parent).OrderBy(m => m.Date).ToList();
                var own = meetings.Where(m => _series[m] == series).OrderBy(m => m.Date).ToList();
                var used = new bool[own.Count];
                if (series.Companion == CompanionKind.PlanningTeam)
                {
                    for (var j = 0; j < forum.Count; j++)
                    {
                        var after = j > 0 ? forum[j - 1].Date : LocalDate.MinIsoValue;
                        var match = own.FindIndex(p => !used[own.IndexOf(p)] && p.Date > after && Period.DaysBetween(p.Date, forum[j].Date) is var lead && lead >= series.LeadMin && lead <= series.LeadMax);
                        if (match < 0)
                        {
                            findings.Add(Finding(forum[j], forum[j].Date, PlanRules.PlanningTeam, RuleStrength.Hard, $"no planning-team meeting {series.LeadMin}–{series.LeadMax} days before it (after the forum meeting before it)"));
                        }
                        else
                        {
                            used[match] = true;
                        }
                    }
                }
                else
                {
                    for (var year = 0; year < _context.YearCount; year++)
                    {
                        var (start, end) = (_context.YearStart(year), _context.YearEnd(year));
                        var firstForum = forum.FirstOrDefault(m => Day(m.Date) >= start && Day(m.Date) <= end);
                        var inYear = own.Where(e => Day(e.Date) >= start && Day(e.Date) <= end).ToList();
                        if (firstForum is null)
                        {
                            inYear.ForEach(e => used[own.IndexOf(e)] = true);
                            continue;
                        }

                        var before = inYear.FirstOrDefault(e => e.Date < firstForum.Date);
                        if (before is null)
                        {
                            findings.Add(new PlanFinding(series.Id, _context.Date(start), PlanRules.ExpandedSteering, RuleStrength.Hard, $"no expanded steering committee from {Iso(_context.Date(start))} before the year's first forum meeting, {firstForum.Id} on {Iso(firstForum.Date)}"));
                        }
                        else
                        {
                            used[own.IndexOf(before)] = true;
                        }
                    }
                }

                for (var i = 0; i < own.Count; i++)
                {
                    if (!used[i])
                    {
                        findings.Add(Finding(own[i], own[i].Date, series.CadenceRule, RuleStrength.Hard, series.Companion == CompanionKind.PlanningTeam
                            ? $"it precedes no forum meeting by {series.LeadMin}–{series.LeadMax} days"
                            : "it is not its year's one expanded committee before the year's first forum meeting"));
                    }
                }
            }
        }

        private void NationalWeeks(IReadOnlyList<PlannedMeeting> meetings, List<PlanFinding> findings)
        {
            var nationals = meetings.Where(m => m.Kind == MeetingKind.National).ToList();
            foreach (var meeting in meetings.Where(m => _series[m].AvoidsNationalWeeks))
            {
                var week = Sunday(meeting.Date);
                if (nationals.FirstOrDefault(n => Sunday(n.Date) == week) is { } national)
                {
                    findings.Add(Finding(meeting, meeting.Date, PlanRules.NationalWeek, RuleStrength.Hard, $"{national.Id} meets on {Iso(national.Date)}, that week"));
                }
            }
        }

        private void Rotation(SeriesPlan series, List<PlannedMeeting> meetings, List<PlanFinding> findings)
        {
            var counts = series.Hosts.ToDictionary(h => h.Id, _ => 0, StringComparer.Ordinal);
            string? previous = null;
            foreach (var meeting in meetings)
            {
                if (meeting.HostId is not { } host || !counts.TryGetValue(host, out var count))
                {
                    previous = meeting.HostId;
                    continue;
                }

                if (host == previous)
                {
                    findings.Add(Finding(meeting, meeting.Date, PlanRules.RotationRepeat, RuleStrength.Hard, $"{host} hosted the meeting before it too"));
                }

                // The contract's rule: no second time before every host of the pool has hosted once.
                if (count > 0 && counts.FirstOrDefault(c => c.Value == 0).Key is { } waiting)
                {
                    findings.Add(Finding(meeting, meeting.Date, PlanRules.RotationOrder, RuleStrength.Hard, $"{host} hosts for the {Ordinal(count + 1)} time while {waiting} has not hosted yet"));
                }

                counts[host] = count + 1;
                previous = host;
            }

            if (meetings.Count > 0 && counts.Values.Max() - counts.Values.Min() > 1)
            {
                var most = counts.MaxBy(c => c.Value);
                var least = counts.MinBy(c => c.Value);
                findings.Add(new PlanFinding(series.Id, meetings[0].Date, PlanRules.RotationBalance, RuleStrength.Hard, $"{most.Key} hosts {most.Value} meetings and {least.Key} {least.Value}; they differ by at most one"));
            }
        }

        /// <summary>
        /// The window in which <paramref name="meeting"/> could move to a day that <paramref name="better"/> likes and that
        /// adds no hard finding (its text, for the warning); <see langword="null"/> when no such day exists.
        /// </summary>
        private string? Better(PlannedMeeting meeting, HashSet<(string, string)> hard, Func<PlannedMeeting, bool> better)
        {
            var series = _series[meeting];
            var siblings = _meetings.Where(m => _series[m] == series && m != meeting).Select(m => Day(m.Date)).ToList();
            var day = Day(meeting.Date);
            var low = siblings.Where(d => d < day).DefaultIfEmpty(-1).Max() + 1;
            var high = siblings.Where(d => d > day).DefaultIfEmpty(Last + 1).Min() - 1;
            if (series.Shape == SeriesShape.Tour)
            {
                (low, high) = (0, Last);
            }

            for (var t = Math.Max(low, 0); t <= Math.Min(high, Last); t++)
            {
                if (t == day)
                {
                    continue;
                }

                var moved = new PlannedMeeting(meeting.Id, meeting.Kind, meeting.Group, meeting.SeriesId, meeting.Name, meeting.HostId, Shift(meeting, t));
                _series[moved] = series;
                var candidate = Replace(_meetings, meeting, moved);
                var ok = better(moved) && Keys(HardOf(candidate)).IsSubsetOf(hard);
                _series.Remove(moved);
                if (ok)
                {
                    return $"{Iso(_context.Date(t))} (from {Iso(_context.Date(Math.Max(low, 0)))} to {Iso(_context.Date(Math.Min(high, Last)))})";
                }
            }

            return null;
        }

        private MeetingDay[] Shift(PlannedMeeting meeting, int day)
        {
            var offset = Period.DaysBetween(meeting.Date, _context.Date(day));
            return [.. meeting.Days.Select(d => MeetingDay.At(d.Date.PlusDays(offset), d.Start.TimeOfDay, d.End.TimeOfDay))];
        }

        private int AvoidDays(PlannedMeeting meeting) =>
            meeting.Days.Count(d => Day(d.Date) is var t && _context.Contains(t) && _context.Days[t].Verdict == DayVerdict.Avoid);

        /// <summary>Another meeting of overlapping participants on one of <paramref name="meeting"/>'s days.</summary>
        private static PlannedMeeting? Clash(PlannedMeeting meeting, IReadOnlyList<PlannedMeeting> meetings) =>
            meetings.FirstOrDefault(m => m.Id != meeting.Id && m.Date <= meeting.LastDate && m.LastDate >= meeting.Date && PlanningContext.Overlap(m.Group, meeting.Group)
                && !(m.Kind == MeetingKind.StudyTour || meeting.Kind == MeetingKind.StudyTour));

        private static List<PlannedMeeting> Replace(IReadOnlyList<PlannedMeeting> meetings, PlannedMeeting old, PlannedMeeting replacement) =>
            [.. meetings.Select(m => ReferenceEquals(m, old) ? replacement : m)];

        private static HashSet<(string, string)> Keys(IEnumerable<PlanFinding> findings) =>
            [.. findings.Where(f => f.Strength == RuleStrength.Hard).Select(f => (f.MeetingId, f.RuleId))];

        /// <summary>The most cohort meetings that fit the period's open days, with the series' spacing and first window.</summary>
        private int MostCohortMeetings(SeriesPlan series)
        {
            var longest = new int[_context.DayCount];
            var most = 0;
            for (var t = 0; t <= Last; t++)
            {
                if (_context.Days[t].Verdict == DayVerdict.Blocked)
                {
                    continue;
                }

                var length = t <= series.FirstWithin ? 1 : 0;
                for (var p = Math.Max(t - series.GapMax, 0); p <= t - series.GapMin; p++)
                {
                    length = longest[p] > 0 ? Math.Max(length, longest[p] + 1) : length;
                }

                longest[t] = length;
                most = Math.Max(most, length);
            }

            return most;
        }

        private int Term(LocalDate date) => _context.Options.MunicipalElections.Count(e => e <= date);

        private static LocalDate Sunday(LocalDate date) => date.PlusDays(-((int)date.DayOfWeek % 7));

        private int Day(LocalDate date) => _context.DayOf(date);

        private static double Minutes(MeetingDay day) => (day.End.ToInstant() - day.Start.ToInstant()).TotalMinutes;

        private static string Hours(MeetingDay day) => $"{MeetingHours.Text(day.Start.TimeOfDay)}–{MeetingHours.Text(day.End.TimeOfDay)}";

        private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

        private static string Ordinal(int n) => n switch
        {
            2 => "second",
            3 => "third",
            _ => n.ToString(CultureInfo.InvariantCulture) + "th",
        };

        private static PlanFinding Finding(PlannedMeeting meeting, LocalDate date, string rule, RuleStrength strength, string message) =>
            new(meeting.Id, date, rule, strength, message);
    }
}
