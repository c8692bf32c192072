using System.Globalization;
using Alka.Domain.Validation;
using Ardalis.Result;
using NodaTime.Text;

namespace Alka.Domain.Planning;

/// <summary>
/// Chooses the dates of one series by dynamic programming over the days of the period: exact for the series' own
/// objective — hard rules as constraints, then (lexicographically) the fewest changes to a previous plan, same-day clashes,
/// avoid days and days of deviation from the cadence or target dates, ties to the earliest dates.
/// </summary>
/// <remarks>
/// <para>
/// A chain (a forum, a committee) is solved backwards: <c>best[t]</c> is the cheapest way to hold the rest of the series
/// after a meeting on day <c>t</c>, over the next meeting <c>t + gap</c> for every gap the cadence allows, or the end
/// when <c>t</c> is near enough to it; the first meeting is then the earliest cheapest day of the first window, and each
/// next the earliest cheapest. O(days × gap range) time, O(days) memory. A mean-gap rule the best chain breaks is then
/// kept by an exact search over (first day, count) — rare, and still polynomial.
/// </para>
/// <para>
/// A cohort (a fixed count, the most that fits) and yearly meetings (a count per plan year, near target dates) add the
/// meeting's index to the state: O(count × days × gap range).
/// </para>
/// </remarks>
internal sealed class ChainSolver(PlanningContext context)
{
    // Working arrays of the chains, one set per plan: a series is solved to its dates before the next one starts.
    private readonly long[] _best = new long[context.DayCount];
    private readonly int[] _next = new int[context.DayCount];
    private readonly long[] _early = new long[context.DayCount];
    private readonly long[] _late = new long[context.DayCount];
    private readonly WindowMinimum _below = new(context.DayCount);
    private readonly WindowMinimum _above = new(context.DayCount);

    public PlanningContext Context { get; } = context;

    /// <summary>The cheapest chain of <paramref name="series"/>, with its companions' days; or the failure naming the rule and the dates.</summary>
    public Result<Chain> SolveChain(SeriesPlan series, SeriesDays days, CompanionDays? companions)
    {
        var count = days.Count;
        var (best, next) = (_best, _next);
        var lastFrom = series.LastWithin < 0 ? 0 : count - 1 - series.LastWithin;
        if (companions is null && series.NominalGap >= series.GapMin && series.NominalGap <= series.GapMax)
        {
            FillLinear(series, days, lastFrom);
        }
        else
        {
            Fill(series, days, companions, best, next, lastFrom);
        }

        var first = -1;
        var total = Cost.Infinite;
        var firstLast = series.FirstWithin < 0 ? count - 1 : Math.Min(series.FirstWithin, count - 1);
        for (var t = 0; t <= firstLast; t++)
        {
            if (best[t] == Cost.Infinite)
            {
                continue;
            }

            var cost = best[t] + (days.PreviousBetween(0, t - 1) * Cost.Change) + (series.FirstTarget >= 0 ? Math.Abs(t - series.FirstTarget) : 0);
            if (companions is not null)
            {
                var extra = companions.Evaluate(-1, t, out _, out _);
                if (extra == Cost.Infinite)
                {
                    continue;
                }

                cost += extra;
            }

            if (cost < total)
            {
                total = cost;
                first = t;
            }
        }

        if (first < 0)
        {
            return series.FirstWithin >= 0 && count - 1 < series.FirstWithin
                ? new Chain([], [], [])
                : Result<Chain>.Invalid(DiagnoseChain(series, days, companions));
        }

        var dates = new List<int>();
        for (var t = first; t >= 0; t = next[t])
        {
            dates.Add(t);
        }

        if (series.MeanMin > 0 && !KeepsMean(series, dates))
        {
            var exact = SolveWithMean(series, days);
            if (exact is null)
            {
                return Result<Chain>.Invalid(Failure(
                    series,
                    series.CadenceRule,
                    $"no plan from {Iso(0)} to {Iso(count - 1)} keeps consecutive meetings {series.GapMin}–{series.GapMax} days apart and their mean gap {series.MeanMin}–{series.MeanMax} days"));
            }

            dates = exact;
        }

        return WithCompanions(dates, companions);
    }

    /// <summary>
    /// <c>best[t]</c>, the cheapest rest of the series after a meeting on day <c>t</c>, and <c>next[t]</c>, its next meeting
    /// (−1: none, the end; −2: no way), trying every gap: O(days × gap range), companions included.
    /// </summary>
    private static void Fill(SeriesPlan series, SeriesDays days, CompanionDays? companions, long[] best, int[] next, int lastFrom)
    {
        var count = days.Count;
        for (var t = count - 1; t >= 0; t--)
        {
            if (!days.Open(t))
            {
                best[t] = Cost.Infinite;
                continue;
            }

            var found = Cost.Infinite;
            var after = -2;
            if (t >= lastFrom)
            {
                found = days.PreviousBetween(t + 1, count - 1) * Cost.Change;
                after = -1;
            }

            var last = Math.Min(t + series.GapMax, count - 1);
            for (var u = t + series.GapMin; u <= last; u++)
            {
                if (best[u] == Cost.Infinite)
                {
                    continue;
                }

                var cost = best[u] + Deviation(series, u - t) + (days.PreviousBetween(t + 1, u - 1) * Cost.Change);
                if (companions is not null)
                {
                    var extra = companions.Evaluate(t, u, out _, out _);
                    if (extra == Cost.Infinite)
                    {
                        continue;
                    }

                    cost += extra;
                }

                if (cost < found)
                {
                    found = cost;
                    after = u;
                }
            }

            best[t] = found == Cost.Infinite ? Cost.Infinite : days.Cost[t] + found;
            next[t] = after;
        }
    }

    /// <summary>
    /// The same as <see cref="Fill"/> without companions, in O(days): the cost of a gap, <c>|u − t − nominal|</c> plus the
    /// previous dates skipped, splits into a part of <c>u</c> and a part of <c>t</c> on each side of the nominal gap, so the
    /// best next meeting is the least of two sliding windows (<see cref="WindowMinimum"/>); ties go to the earliest day, as
    /// in <see cref="Fill"/>.
    /// </summary>
    private void FillLinear(SeriesPlan series, SeriesDays days, int lastFrom)
    {
        var count = days.Count;
        var nominal = series.NominalGap;
        var (best, next, below, above) = (_best, _next, _below, _above);
        var early = _early; // best[u] + skipped(u) − u, for gaps up to the nominal
        var late = _late;   // best[u] + skipped(u) + u, for gaps from the nominal
        below.Clear();
        above.Clear();
        for (var t = count - 1; t >= 0; t--)
        {
            if (t + series.GapMin < count)
            {
                below.Enter(t + series.GapMin, early);
            }

            if (t + nominal < count)
            {
                above.Enter(t + nominal, late);
            }

            below.Leave(t + nominal);
            above.Leave(t + series.GapMax);
            if (!days.Open(t))
            {
                best[t] = early[t] = late[t] = Cost.Infinite;
                continue;
            }

            var skippedBefore = days.PreviousBefore(t + 1) * Cost.Change;
            var found = Cost.Infinite;
            var after = -2;
            if (t >= lastFrom)
            {
                found = days.PreviousBetween(t + 1, count - 1) * Cost.Change;
                after = -1;
            }

            if (below.Best is var u1 and >= 0 && early[u1] + t + nominal - skippedBefore is var viaEarly && viaEarly < found)
            {
                (found, after) = (viaEarly, u1);
            }

            if (above.Best is var u2 and >= 0 && late[u2] - t - nominal - skippedBefore is var viaLate && viaLate < found)
            {
                (found, after) = (viaLate, u2);
            }

            best[t] = found == Cost.Infinite ? Cost.Infinite : days.Cost[t] + found;
            next[t] = after;
            var skipped = days.PreviousBefore(t) * Cost.Change;
            (early[t], late[t]) = best[t] == Cost.Infinite ? (Cost.Infinite, Cost.Infinite) : (best[t] + skipped - t, best[t] + skipped + t);
        }
    }

    /// <summary>Whether the chain's mean gap lies within the series' bounds (one meeting or none: no gap to judge).</summary>
    public static bool KeepsMean(SeriesPlan series, IReadOnlyList<int> dates)
    {
        if (dates.Count < 2 || series.MeanMin == 0)
        {
            return true;
        }

        var span = dates[^1] - dates[0];
        var gaps = dates.Count - 1;
        return span >= series.MeanMin * gaps && span <= series.MeanMax * gaps;
    }

    /// <summary>The meetings of a cohort: the most of <c>CountMax</c>…<c>CountMin</c> that fit, spread evenly.</summary>
    public Result<Chain> SolveCohort(SeriesPlan series, SeriesDays days)
    {
        var count = days.Count;
        for (var n = series.CountMax; n >= series.CountMin; n--)
        {
            var nominal = n < 2 ? 0 : Math.Clamp((count - 1) / (n - 1), series.GapMin, series.GapMax);
            var dates = SolveFixed(
                n,
                days,
                series.GapMin,
                series.GapMax,
                k => k == 0 ? (0, Math.Min(series.FirstWithin < 0 ? count - 1 : series.FirstWithin, count - 1)) : (0, count - 1),
                (_, _) => 0,
                nominal);
            if (dates is not null)
            {
                return new Chain(dates, [], []);
            }
        }

        return Result<Chain>.Invalid(DiagnoseCohort(series, days));
    }

    /// <summary>The meetings of a yearly series: its share of meetings in each plan year, each near its target date.</summary>
    public Result<Chain> SolvePerYear(SeriesPlan series, SeriesDays days)
    {
        var (years, targets) = YearlyTargets(series);
        if (years.Length == 0)
        {
            return new Chain([], [], []);
        }

        var dates = SolveFixed(
            years.Length,
            days,
            series.GapMin,
            series.GapMax,
            k => (Context.YearStart(years[k]), Context.YearEnd(years[k])),
            (k, t) => Math.Abs(t - targets[k]),
            nominal: 0);
        if (dates is not null)
        {
            return new Chain(dates, [], []);
        }

        // The first meeting no day can hold, after the earliest the ones before it allow.
        var reachable = new bool[days.Count];
        for (var k = 0; k < years.Length; k++)
        {
            var (low, high) = (Context.YearStart(years[k]), Context.YearEnd(years[k]));
            var any = false;
            var next = new bool[days.Count];
            for (var t = low; t <= high; t++)
            {
                next[t] = days.Open(t) && (k == 0 || AnyBetween(reachable, t - series.GapMax, t - series.GapMin));
                any |= next[t];
            }

            if (!any)
            {
                return Result<Chain>.Invalid(Failure(
                    series,
                    series.CadenceRule,
                    $"no day from {Iso(low)} to {Iso(high)} can hold national meeting {k + 1} ({(k == 0 ? "the first" : $"{series.GapMin}–{series.GapMax} days after the one before")}): {Causes(days, low, high)}"));
            }

            reachable = next;
        }

        return Result<Chain>.Invalid(Failure(series, series.CadenceRule, $"no days from {Iso(0)} to {Iso(days.Count - 1)} hold the national meetings"));
    }

    /// <summary>The plan year of each yearly meeting and its target day: 2 a full year, a part year its share of 2 (rounded), at the middles of equal parts.</summary>
    public (int[] Years, int[] Targets) YearlyTargets(SeriesPlan series)
    {
        var years = new List<int>();
        var targets = new List<int>();
        for (var year = 0; year < Context.YearCount; year++)
        {
            var start = Context.YearStart(year);
            var length = Context.YearEnd(year) - start + 1;
            var full = Context.Date(start).PlusYears(1) <= Context.To.PlusDays(1);
            var meetings = full ? series.PerYear : ((series.PerYear * length) + 182) / 365;
            for (var j = 0; j < meetings; j++)
            {
                years.Add(year);
                targets.Add(start + ((2 * j) + 1) * length / (2 * meetings));
            }
        }

        return ([.. years], [.. targets]);
    }

    /// <summary>
    /// The start days a study tour may take, cheapest first (fewest changes, clashes, avoid days, then nearest the middle
    /// of the period, then the earliest): every day on the tour's weekday whose days are all open, within one municipal term.
    /// </summary>
    public Result<List<int>> TourStarts(SeriesPlan series, SeriesDays days)
    {
        var candidates = new List<(long Cost, int Start)>();
        var middle = (days.Count - 1) / 2;
        for (var start = 0; start + series.Length <= days.Count; start++)
        {
            if (Context.Days[start].DayOfWeek != series.FirstWeekday || CrossesTerm(start, series.Length))
            {
                continue;
            }

            var cost = Math.Abs(start + ((series.Length - 1) / 2) - middle) * Cost.Deviation;
            var open = true;
            for (var day = start; day < start + series.Length && open; day++)
            {
                open = days.Open(day);
                cost += days.Cost[day];
            }

            if (open)
            {
                candidates.Add((cost, start));
            }
        }

        if (candidates.Count == 0)
        {
            return Result<List<int>>.Invalid(Failure(
                series,
                PlanRules.StudyTour,
                $"no {series.Length} consecutive days from a {series.FirstWeekday} between {Iso(0)} and {Iso(days.Count - 1)} are all open and within one municipal term"));
        }

        return candidates.OrderBy(c => c.Cost).ThenBy(c => c.Start).Select(c => c.Start).ToList();
    }

    /// <summary>Whether the days from <paramref name="start"/> (<paramref name="length"/> of them) cross into another municipal term.</summary>
    public bool CrossesTerm(int start, int length)
    {
        foreach (var election in Context.Options.MunicipalElections)
        {
            var day = Context.DayOf(election);
            if (day > start && day < start + length)
            {
                return true;
            }
        }

        return false;
    }

    public static long Deviation(SeriesPlan series, int gap) => series.NominalGap == 0 ? 0 : Math.Abs(gap - series.NominalGap) * Cost.Deviation;

    public static ValidationError Failure(SeriesPlan series, string rule, string message) =>
        Problems.Error(series.Id, rule, $"{rule}: {message}.");

    public string Iso(int day) => LocalDatePattern.Iso.Format(Context.Date(day));

    /// <summary>Why the days from <paramref name="low"/> to <paramref name="high"/> are closed, counted: <c>9 blocked, 5 in a national week</c>.</summary>
    public static string Causes(SeriesDays days, int low, int high)
    {
        var counts = new int[Enum.GetValues<DayBlock>().Length];
        for (var day = Math.Max(low, 0); day <= Math.Min(high, days.Count - 1); day++)
        {
            counts[(int)days.Block[day]]++;
        }

        var parts = new List<string>();
        void Add(DayBlock block, string words)
        {
            if (counts[(int)block] > 0)
            {
                parts.Add(counts[(int)block].ToString(CultureInfo.InvariantCulture) + " " + words);
            }
        }

        Add(DayBlock.Calendar, "blocked");
        Add(DayBlock.NationalWeek, "in a national meeting's week");
        Add(DayBlock.StudyTour, "on the study tour");
        Add(DayBlock.NoHost, "without an available host");
        Add(DayBlock.NoRotation, "without a host the rotation allows");
        Add(DayBlock.NotWorkday, "not workdays");
        Add(DayBlock.RegionsNeedWeek, "in weeks a regional forum needs");
        Add(DayBlock.None, "open but leaving no room for the rest");
        return string.Join(", ", parts);
    }

    private static bool AnyBetween(bool[] set, int low, int high)
    {
        for (var day = Math.Max(low, 0); day <= Math.Min(high, set.Length - 1); day++)
        {
            if (set[day])
            {
                return true;
            }
        }

        return false;
    }

    private Result<Chain> WithCompanions(List<int> dates, CompanionDays? companions)
    {
        if (companions is null)
        {
            return new Chain(dates, [], []);
        }

        var team = new List<int>();
        var expanded = new List<int>();
        for (var i = 0; i < dates.Count; i++)
        {
            companions.Evaluate(i == 0 ? -1 : dates[i - 1], dates[i], out var teamDay, out var expandedDay);
            if (companions.Team is not null)
            {
                team.Add(teamDay);
            }

            if (expandedDay >= 0)
            {
                expanded.Add(expandedDay);
            }
        }

        return new Chain(dates, team, expanded);
    }

    /// <summary>
    /// A fixed number of meetings, meeting <c>k</c> within <paramref name="window"/>(k), consecutive ones
    /// <paramref name="gapMin"/>–<paramref name="gapMax"/> apart; the cheapest by day cost, <paramref name="position"/> and
    /// the gaps' distance from <paramref name="nominal"/> (0: none), the earliest on ties; <see langword="null"/> when none
    /// fits. O(count × days): the next meeting is the least of sliding windows, as in <see cref="FillLinear"/>.
    /// </summary>
    private static List<int>? SolveFixed(int n, SeriesDays days, int gapMin, int gapMax, Func<int, (int Low, int High)> window, Func<int, int, long> position, int nominal)
    {
        if (n == 0)
        {
            return [];
        }

        var count = days.Count;
        var best = new long[n][];
        var next = new int[n][];
        var early = new long[count];
        var late = new long[count];
        var below = new WindowMinimum(count);
        var above = new WindowMinimum(count);
        var middle = nominal == 0 ? gapMax : nominal; // without a nominal gap, one window over every gap
        for (var k = n - 1; k >= 0; k--)
        {
            best[k] = new long[count];
            next[k] = new int[count];
            Array.Fill(best[k], Cost.Infinite);
            var (low, high) = window(k);
            (low, high) = (Math.Max(low, 0), Math.Min(high, count - 1));
            if (k < n - 1)
            {
                for (var u = 0; u < count; u++)
                {
                    var value = best[k + 1][u];
                    (early[u], late[u]) = value == Cost.Infinite ? (Cost.Infinite, Cost.Infinite) : nominal == 0 ? (value, Cost.Infinite) : (value - u, value + u);
                }

                below.Clear();
                above.Clear();
                for (var t = count - 1; t > high; t--)
                {
                    Slide(t);
                }
            }

            for (var t = high; t >= low; t--)
            {
                if (k < n - 1)
                {
                    Slide(t);
                }

                if (!days.Open(t))
                {
                    continue;
                }

                var found = k == n - 1 ? 0 : Cost.Infinite;
                var after = -1;
                if (k < n - 1)
                {
                    if (below.Best is var u1 and >= 0 && early[u1] + (nominal == 0 ? 0 : t + nominal) is var viaEarly && viaEarly < found)
                    {
                        (found, after) = (viaEarly, u1);
                    }

                    if (nominal != 0 && above.Best is var u2 and >= 0 && late[u2] - t - nominal is var viaLate && viaLate < found)
                    {
                        (found, after) = (viaLate, u2);
                    }
                }

                if (found != Cost.Infinite)
                {
                    best[k][t] = days.Cost[t] + position(k, t) + found;
                    next[k][t] = after;
                }
            }
        }

        var first = -1;
        for (var t = 0; t < count; t++)
        {
            if (best[0][t] != Cost.Infinite && (first < 0 || best[0][t] < best[0][first]))
            {
                first = t;
            }
        }

        if (first < 0)
        {
            return null;
        }

        var dates = new List<int>(n) { first };
        for (var k = 0; k < n - 1; k++)
        {
            dates.Add(next[k][dates[^1]]);
        }

        return dates;

        // The windows of meeting t's next: [t + gapMin, t + middle] below, [t + middle, t + gapMax] above.
        void Slide(int t)
        {
            if (t + gapMin < count)
            {
                below.Enter(t + gapMin, early);
            }

            if (nominal != 0 && t + nominal < count)
            {
                above.Enter(t + nominal, late);
            }

            below.Leave(t + middle);
            above.Leave(t + gapMax);
        }
    }

    /// <summary>
    /// The cheapest chain that also keeps the mean gap: for each first day (earliest first), a forward search over
    /// (meetings so far, day), each end checked against the mean. Chains without companions only.
    /// </summary>
    private List<int>? SolveWithMean(SeriesPlan series, SeriesDays days)
    {
        var count = days.Count;
        var maxMeetings = (count / Math.Max(series.GapMin, 1)) + 2;
        var lastFrom = series.LastWithin < 0 ? 0 : count - 1 - series.LastWithin;
        var firstLast = series.FirstWithin < 0 ? count - 1 : Math.Min(series.FirstWithin, count - 1);
        List<int>? best = null;
        var bestCost = Cost.Infinite;
        for (var first = 0; first <= firstLast; first++)
        {
            if (!days.Open(first))
            {
                continue;
            }

            var cost = new long[maxMeetings][];
            var previous = new int[maxMeetings][];
            cost[0] = new long[count];
            Array.Fill(cost[0], Cost.Infinite);
            cost[0][first] = days.Cost[first] + (days.PreviousBetween(0, first - 1) * Cost.Change) + (series.FirstTarget >= 0 ? Math.Abs(first - series.FirstTarget) : 0);
            for (var k = 0; k + 1 < maxMeetings; k++)
            {
                cost[k + 1] = new long[count];
                previous[k + 1] = new int[count];
                Array.Fill(cost[k + 1], Cost.Infinite);
                var any = false;
                for (var t = first; t < count; t++)
                {
                    if (cost[k][t] == Cost.Infinite)
                    {
                        continue;
                    }

                    for (var u = t + series.GapMin; u <= Math.Min(t + series.GapMax, count - 1); u++)
                    {
                        if (!days.Open(u))
                        {
                            continue;
                        }

                        var c = cost[k][t] + days.Cost[u] + Deviation(series, u - t) + (days.PreviousBetween(t + 1, u - 1) * Cost.Change);
                        if (c < cost[k + 1][u])
                        {
                            cost[k + 1][u] = c;
                            previous[k + 1][u] = t;
                            any = true;
                        }
                    }
                }

                if (!any)
                {
                    break;
                }
            }

            for (var k = 0; k < maxMeetings && cost[k] is not null; k++)
            {
                for (var t = lastFrom; t < count; t++)
                {
                    var span = t - first;
                    if (cost[k][t] == Cost.Infinite || (k > 0 && (span < series.MeanMin * k || span > series.MeanMax * k)))
                    {
                        continue;
                    }

                    var total = cost[k][t] + (days.PreviousBetween(t + 1, count - 1) * Cost.Change);
                    if (total < bestCost)
                    {
                        bestCost = total;
                        var dates = new List<int> { t };
                        for (var j = k; j > 0; j--)
                        {
                            dates.Add(previous[j][dates[^1]]);
                        }

                        dates.Reverse();
                        best = dates;
                    }
                }
            }
        }

        return best;
    }

    private ValidationError DiagnoseChain(SeriesPlan series, SeriesDays days, CompanionDays? companions)
    {
        // The latest day a chain can reach from the first window; the next window after it is where it breaks.
        var count = days.Count;
        var reachable = new bool[count];
        var firstLast = series.FirstWithin < 0 ? count - 1 : Math.Min(series.FirstWithin, count - 1);
        var latest = -1;
        for (var t = 0; t < count; t++)
        {
            if (!days.Open(t))
            {
                continue;
            }

            var reached = t <= firstLast && (companions is null || companions.Evaluate(-1, t, out _, out _) != Cost.Infinite);
            for (var p = Math.Max(t - series.GapMax, 0); p <= t - series.GapMin && !reached; p++)
            {
                reached = reachable[p] && (companions is null || companions.Evaluate(p, t, out _, out _) != Cost.Infinite);
            }

            reachable[t] = reached;
            latest = reached ? t : latest;
        }

        var (low, high) = latest < 0 ? (0, firstLast) : (latest + series.GapMin, Math.Min(latest + series.GapMax, count - 1));
        var rule = ClosingRule(days, low, high) ?? series.CadenceRule;
        if (companions is not null && OnlyCompanionsFail(days, companions, latest, low, high))
        {
            rule = companions.Team is not null && !TeamFits(days, companions, latest, low, high)
                ? companions.Team.CadenceRule
                : companions.Expanded?.CadenceRule ?? rule;
        }

        if (latest < 0)
        {
            return Failure(series, rule, $"no day from {Iso(low)} to {Iso(high)} can hold the first meeting ({Causes(days, low, high)})");
        }

        return low > count - 1
            ? Failure(series, rule, $"the last meeting possible, on {Iso(latest)}, is more than {series.LastWithin} days before the period's end, {Iso(count - 1)}")
            : Failure(series, rule, $"no day from {Iso(low)} to {Iso(high)} can hold the meeting after the one on {Iso(latest)} ({Causes(days, low, high)})");
    }

    /// <summary>
    /// The rule that closes a window the calendar leaves open: when every day the calendar allows is closed for one
    /// reason besides it (no host, a national week, the study tour, not a workday), that reason's rule; otherwise
    /// <see langword="null"/>.
    /// </summary>
    private static string? ClosingRule(SeriesDays days, int low, int high)
    {
        DayBlock? only = null;
        for (var day = Math.Max(low, 0); day <= Math.Min(high, days.Count - 1); day++)
        {
            var block = days.Block[day] == DayBlock.NoRotation ? DayBlock.NoHost : days.Block[day] == DayBlock.RegionsNeedWeek ? DayBlock.NationalWeek : days.Block[day];
            if (block == DayBlock.None || (only is { } seen && block != DayBlock.Calendar && block != seen))
            {
                return null;
            }

            only = block == DayBlock.Calendar ? only : block;
        }

        return only switch
        {
            DayBlock.NoHost => PlanRules.HostUnavailable,
            DayBlock.NationalWeek => PlanRules.NationalWeek,
            DayBlock.StudyTour => PlanRules.StudyTour,
            DayBlock.NotWorkday => PlanRules.PlanningTeam,
            _ => null,
        };
    }

    // Whether the failing window has open days, and each fails only for the meeting's companions.
    private static bool OnlyCompanionsFail(SeriesDays days, CompanionDays companions, int latest, int low, int high)
    {
        var any = false;
        for (var t = low; t <= Math.Min(high, days.Count - 1); t++)
        {
            if (days.Open(t))
            {
                any = true;
                if (companions.Evaluate(latest, t, out _, out _) != Cost.Infinite)
                {
                    return false;
                }
            }
        }

        return any;
    }

    // Whether some open day of the window has an open day for its planning team.
    private static bool TeamFits(SeriesDays days, CompanionDays companions, int latest, int low, int high)
    {
        var team = companions.Team!;
        for (var t = low; t <= Math.Min(high, days.Count - 1); t++)
        {
            for (var p = Math.Max(Math.Max(t - team.LeadMax, latest + 1), 0); days.Open(t) && p <= t - team.LeadMin; p++)
            {
                if (companions.TeamDays!.Open(p))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private ValidationError DiagnoseCohort(SeriesPlan series, SeriesDays days)
    {
        var count = days.Count;
        var firstLast = Math.Min(series.FirstWithin < 0 ? count - 1 : series.FirstWithin, count - 1);
        var longest = new int[count];
        var most = 0;
        for (var t = 0; t < count; t++)
        {
            if (!days.Open(t))
            {
                continue;
            }

            var length = t <= firstLast ? 1 : 0;
            for (var p = Math.Max(t - series.GapMax, 0); p <= t - series.GapMin; p++)
            {
                if (longest[p] > 0)
                {
                    length = Math.Max(length, longest[p] + 1);
                }
            }

            longest[t] = length;
            most = Math.Max(most, length);
        }

        return most == 0
            ? Failure(series, PlanRules.CohortSpacing, $"no day from {Iso(0)} to {Iso(firstLast)} can hold the first meeting ({Causes(days, 0, firstLast)})")
            : Failure(series, PlanRules.CohortSize, $"from {Iso(0)} to {Iso(count - 1)} at most {most} meetings fit {series.GapMin}–{series.GapMax} days apart with the first by {Iso(firstLast)}; a cohort has {series.CountMin}–{series.CountMax}");
    }
}

/// <summary>The days (day numbers) of a chain's meetings and of its companions: a planning team per meeting, an expanded committee per plan year.</summary>
internal sealed record Chain(IReadOnlyList<int> Dates, IReadOnlyList<int> Team, IReadOnlyList<int> Expanded);
