using Alka.Domain.Scheduling;
using NodaTime.Text;

namespace Alka.Domain.Planning;

/// <summary>
/// Explains a solved series: for each meeting, every date of its window before the chosen one and the rule that
/// rejected it — a closed day, a hard rule with the neighbours (the next meeting too far, the mean gap, no day for a
/// companion), a soft cost (the previous plan's date, a same-day clash, an avoid day), or the cadence — and every soft
/// rule the meeting gives up, with its window. Computed once the plan is final, from the days as the series saw them.
/// </summary>
internal static class Explanations
{
    public static (IReadOnlyList<DateRejection>[] Considered, IReadOnlyList<WaivedRule>[] GivenUp) For(PlanningContext context, ChainSolver solver, SolvedSeries solved)
    {
        var n = solved.Dates.Count;
        var considered = new IReadOnlyList<DateRejection>[n];
        var givenUp = new IReadOnlyList<WaivedRule>[n];
        var explainer = new Explainer(context, solver, solved);
        for (var i = 0; i < n; i++)
        {
            var (low, high) = explainer.Window(i);
            var chosen = solved.Dates[i];
            var list = new List<DateRejection>();
            if (solved.Series.Shape == SeriesShape.Tour)
            {
                explainer.Tour(chosen, list);
            }
            else
            {
                for (var day = Math.Max(low, 0); day < chosen; day++)
                {
                    list.Add(explainer.Reject(i, day));
                }
            }

            considered[i] = list;
            givenUp[i] = explainer.GivenUp(i, low, high);
        }

        return (considered, givenUp);
    }

    private sealed class Explainer(PlanningContext context, ChainSolver solver, SolvedSeries solved)
    {
        private readonly SeriesPlan _series = solved.Series;
        private readonly SeriesDays _days = solved.Days;
        private readonly IReadOnlyList<int> _dates = solved.Dates;
        private readonly (int[] Years, int[] Targets) _yearly = solved.Series.Shape == SeriesShape.PerYear ? solver.YearlyTargets(solved.Series) : ([], []);

        private int Last => context.DayCount - 1;

        private int CohortNominal => _dates.Count < 2 ? 0 : Math.Clamp(Last / (_dates.Count - 1), _series.GapMin, _series.GapMax);

        /// <summary>The days meeting <paramref name="i"/> could take with its neighbours where they are.</summary>
        public (int Low, int High) Window(int i)
        {
            var previous = i > 0 ? _dates[i - 1] : -1;
            var next = i + 1 < _dates.Count ? _dates[i + 1] : -1;
            switch (_series.Companion)
            {
                case CompanionKind.PlanningTeam:
                    var meeting = solved.Parent!.Dates[solved.Owners[i]];
                    var before = solved.Owners[i] > 0 ? solved.Parent.Dates[solved.Owners[i] - 1] : -1;
                    return (Math.Max(Math.Max(meeting - _series.LeadMax, before + 1), 0), meeting - _series.LeadMin);
                case CompanionKind.ExpandedSteering:
                    var first = solved.Parent!.Dates[solved.Owners[i]];
                    return (context.YearStart(context.YearOf(first)), first - 1);
            }

            var low = previous < 0 ? 0 : previous + _series.GapMin;
            var high = Math.Min(previous < 0 ? (_series.FirstWithin < 0 ? Last : _series.FirstWithin) : previous + _series.GapMax, Last);
            if (next >= 0)
            {
                high = Math.Min(high, next - _series.GapMin);
            }

            if (_series.Shape == SeriesShape.PerYear)
            {
                var year = _yearly.Years[i];
                (low, high) = (Math.Max(low, context.YearStart(year)), Math.Min(high, context.YearEnd(year)));
            }

            return _series.Shape == SeriesShape.Tour ? (0, Last) : (low, high);
        }

        public DateRejection Reject(int i, int day)
        {
            ref readonly var judged = ref context.Days[day];
            var chosen = _dates[i];
            if (Closed(day) is { } closed)
            {
                return closed;
            }

            var next = i + 1 < _dates.Count ? _dates[i + 1] : -1;
            var previous = i > 0 ? _dates[i - 1] : -1;
            if (_series.Companion == CompanionKind.None)
            {
                if (next >= 0 && next - day > _series.GapMax)
                {
                    return DateRejection.For(judged, _series.CadenceRule, DateRejection.Why.NextTooFar, solved.Ids[i + 1], context.Date(next), next - day, _series.GapMax);
                }

                if (next < 0 && _series.LastWithin >= 0 && Last - day > _series.LastWithin)
                {
                    return DateRejection.For(judged, _series.CadenceRule, DateRejection.Why.NextTooFar, "the period's end", context.To, Last - day, _series.LastWithin);
                }

                if (_series.MeanMin > 0 && _dates.Count >= 2 && i == 0
                    && (_dates[^1] - day < _series.MeanMin * (_dates.Count - 1) || _dates[^1] - day > _series.MeanMax * (_dates.Count - 1)))
                {
                    return DateRejection.For(judged, _series.CadenceRule, DateRejection.Why.MeanGap, a: _series.MeanMin, b: _series.MeanMax);
                }

                if (solved.Companions is { } companions
                    && (companions.Evaluate(previous, day, out _, out _) == Cost.Infinite || (next >= 0 && companions.Evaluate(day, next, out _, out _) == Cost.Infinite)))
                {
                    var team = companions.Team is not null && (!TeamFits(companions, previous, day) || (next >= 0 && !TeamFits(companions, day, next)));
                    var companion = team || companions.Expanded is null ? companions.Team! : companions.Expanded;
                    return DateRejection.For(judged, companion.CadenceRule, DateRejection.Why.NoCompanion, team || companions.Expanded is null ? "planning team" : "expanded steering committee");
                }
            }

            if (Sibling(i) is { } sibling && sibling.Day == day)
            {
                return DateRejection.For(judged, PlanRules.SameDay, DateRejection.Why.SameDay, sibling.Id);
            }

            if (Worse(day, chosen, judged) is { } worse)
            {
                return worse;
            }

            return _series.Companion switch
            {
                CompanionKind.PlanningTeam => Target(judged, solved.Parent!.Dates[solved.Owners[i]] - ((_series.LeadMin + _series.LeadMax) / 2)),
                CompanionKind.ExpandedSteering => DateRejection.For(judged, _series.CadenceRule, DateRejection.Why.WorseForPlan),
                _ when _series.Shape == SeriesShape.PerYear => Target(judged, _yearly.Targets[i]),
                _ when i == 0 && _series.FirstTarget >= 0 && Math.Abs(day - _series.FirstTarget) > Math.Abs(chosen - _series.FirstTarget) => Target(judged, _series.FirstTarget),
                _ => Nominal() is var nominal && nominal > 0
                    ? DateRejection.For(judged, _series.CadenceRule, DateRejection.Why.FurtherFromCadence, i == 0 ? null : solved.Ids[i - 1], a: i == 0 ? 0 : day - previous, b: nominal)
                    : DateRejection.For(judged, _series.CadenceRule, DateRejection.Why.WorseForPlan),
            };
        }

        /// <summary>The starts considered before the tour's: each rejected by its first closed day, a term boundary or its cost.</summary>
        public void Tour(int chosen, List<DateRejection> list)
        {
            var middle = Last / 2;
            for (var start = 0; start < chosen; start++)
            {
                ref readonly var judged = ref context.Days[start];
                if (judged.DayOfWeek != _series.FirstWeekday || start + _series.Length > context.DayCount)
                {
                    continue;
                }

                DateRejection? rejection = null;
                for (var day = start; day < start + _series.Length && rejection is null; day++)
                {
                    rejection = Closed(day);
                }

                if (rejection is null && solver.CrossesTerm(start, _series.Length))
                {
                    var election = context.Options.MunicipalElections.First(e => context.DayOf(e) > start && context.DayOf(e) < start + _series.Length);
                    rejection = DateRejection.For(judged, PlanRules.StudyTour, DateRejection.Why.CrossesTerm, otherDate: election);
                }

                for (var day = start; day < start + _series.Length && rejection is null; day++)
                {
                    rejection = Worse(day, chosen + (day - start), context.Days[day]);
                }

                list.Add(rejection ?? Target(judged, middle - ((_series.Length - 1) / 2)));
            }
        }

        public IReadOnlyList<WaivedRule> GivenUp(int i, int low, int high)
        {
            var chosen = _dates[i];
            var window = $"from {Iso(low)} to {Iso(high)}";
            List<WaivedRule>? rules = null;
            for (var day = chosen; day < chosen + _series.Length; day++)
            {
                if (_days.Avoid(day))
                {
                    (rules ??= []).Add(new WaivedRule(
                        PlanRules.AvoidDay,
                        _series.Shape == SeriesShape.Tour
                            ? $"{Iso(day)} is an avoid day ({DateRejection.DayText(context.Days[day])}); no {_series.Length} days with fewer keep the rules"
                            : $"{Iso(day)} is an avoid day ({DateRejection.DayText(context.Days[day])}); no ok day {window} keeps the rules"));
                }

                var other = _days.SameDayWith(day) ?? (Sibling(i) is { } sibling && sibling.Day == day ? sibling.Id : null);
                if (other is not null)
                {
                    (rules ??= []).Add(new WaivedRule(PlanRules.SameDay, $"{other} meets the same day, {Iso(day)}; no free day {window} keeps the rules"));
                }
            }

            return rules ?? (IReadOnlyList<WaivedRule>)[];
        }

        // Whether the planning team of a meeting on day, after one on previous, has an open day.
        private static bool TeamFits(CompanionDays companions, int previous, int day)
        {
            var team = companions.Team!;
            for (var p = Math.Max(Math.Max(day - team.LeadMax, previous + 1), 0); p <= day - team.LeadMin; p++)
            {
                if (companions.TeamDays!.Open(p))
                {
                    return true;
                }
            }

            return false;
        }

        private int Nominal() => _series.Shape == SeriesShape.Cohort ? CohortNominal : _series.NominalGap;

        private DateRejection? Closed(int day)
        {
            ref readonly var judged = ref context.Days[day];
            var (cause, causeDay) = _days.Cause(day);
            return _days.Block[day] switch
            {
                DayBlock.Calendar => DateRejection.ForDay(judged),
                DayBlock.NationalWeek => DateRejection.For(judged, PlanRules.NationalWeek, DateRejection.Why.NationalWeek, cause, context.Date(causeDay)),
                DayBlock.StudyTour => DateRejection.For(judged, PlanRules.StudyTour, DateRejection.Why.StudyTourDays, cause),
                DayBlock.NoHost => DateRejection.For(judged, PlanRules.HostUnavailable, DateRejection.Why.NoHost),
                DayBlock.NoRotation => DateRejection.For(judged, PlanRules.HostUnavailable, DateRejection.Why.NoHostRotation),
                DayBlock.NotWorkday => DateRejection.For(judged, PlanRules.PlanningTeam, DateRejection.Why.NotWorkday),
                DayBlock.RegionsNeedWeek => DateRejection.For(judged, PlanRules.NationalWeek, DateRejection.Why.RegionsNeedWeek, cause),
                _ => null,
            };
        }

        /// <summary>The soft cost that makes <paramref name="day"/> worse than <paramref name="chosen"/> on its own, the weightiest first.</summary>
        private DateRejection? Worse(int day, int chosen, in DayJudgement judged)
        {
            var (cost, best) = (_days.Cost[day], _days.Cost[chosen]);
            if (cost <= best)
            {
                return null;
            }

            if (cost / Cost.Change > best / Cost.Change)
            {
                return DateRejection.For(judged, _series.CadenceRule, DateRejection.Why.Kept);
            }

            if (cost % Cost.Change / Cost.SameDay > best % Cost.Change / Cost.SameDay)
            {
                return DateRejection.For(judged, PlanRules.SameDay, DateRejection.Why.SameDay, _days.SameDayWith(day));
            }

            return DateRejection.ForDay(judged);
        }

        private DateRejection Target(in DayJudgement judged, int target) =>
            DateRejection.For(judged, _series.CadenceRule, DateRejection.Why.FurtherFromTarget, otherDate: context.Date(Math.Clamp(target, 0, Last)));

        /// <summary>For a companion, the other companion of the same meeting (a planning team's expanded committee, or the reverse).</summary>
        private (string Id, int Day)? Sibling(int i)
        {
            if (_series.Companion == CompanionKind.None)
            {
                return null;
            }

            var owner = solved.Owners[i];
            var other = solved.Parent?.CompanionSolutions.FirstOrDefault(c => c.Series != _series);
            if (other is null)
            {
                return null;
            }

            var index = Array.IndexOf(other.Owners, owner);
            return index < 0 ? null : (other.Ids[index], other.Dates[index]);
        }

        private string Iso(int day) => LocalDatePattern.Iso.Format(context.Date(Math.Clamp(day, 0, Last)));
    }
}
