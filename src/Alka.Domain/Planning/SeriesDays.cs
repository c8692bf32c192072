using Alka.Domain.Scheduling;

namespace Alka.Domain.Planning;

/// <summary>Why a day cannot hold a meeting of a series (hard).</summary>
internal enum DayBlock : byte
{
    /// <summary>The day is free.</summary>
    None,

    /// <summary>The forum calendar blocks it (caller days included).</summary>
    Calendar,

    /// <summary>A national meeting is that week (a regional forum).</summary>
    NationalWeek,

    /// <summary>The participants are abroad on the study tour.</summary>
    StudyTour,

    /// <summary>No host of the pool can host that day.</summary>
    NoHost,

    /// <summary>The pool cannot be rotated onto the day (found by assigning hosts).</summary>
    NoRotation,

    /// <summary>Not a workday (a planning team).</summary>
    NotWorkday,

    /// <summary>A national meeting that week would leave a regional forum no day (found by planning the regions).</summary>
    RegionsNeedWeek,
}

/// <summary>
/// The costs of a lexicographic objective packed in a <see cref="long"/>: changes to a previous plan, then clashes with
/// another meeting of the same participants (<c>same-day</c>), then avoid days (<c>avoid-day</c>), then days of
/// deviation from the cadence or a target date. Each count has 13 bits (a plan of ten years has fewer than 8,192
/// meetings a series), the deviation 24; sums never carry between fields.
/// </summary>
internal static class Cost
{
    public const long Infinite = long.MaxValue;
    public const long Deviation = 1;
    public const long Avoid = 1L << 24;
    public const long SameDay = 1L << 37;
    public const long Change = 1L << 50;
}

/// <summary>
/// The days of the period as one series sees them: which are closed and why, and what each open one costs. What few
/// days have — a same-day clash, a previous date, the meeting that closes a day — is kept only when some day has it.
/// </summary>
internal sealed class SeriesDays
{
    private readonly DayJudgement[] _judged;
    private string?[]? _sameDayWith;
    private bool[]? _previous;
    private int[]? _previousBefore;
    private (string? Id, int Day)[]? _causes;

    private SeriesDays(DayJudgement[] judged)
    {
        _judged = judged;
        Block = new DayBlock[judged.Length];
        Cost = new long[judged.Length];
    }

    /// <summary>Why each day is closed; <see cref="DayBlock.None"/> when open.</summary>
    public DayBlock[] Block { get; }

    /// <summary>The cost of a meeting on each day: not a previous date, a same-day clash, an avoid day.</summary>
    public long[] Cost { get; }

    public int Count => Block.Length;

    /// <summary>Whether a meeting may be on <paramref name="day"/>.</summary>
    public bool Open(int day) => Block[day] == DayBlock.None;

    /// <summary>Whether <paramref name="day"/> is an avoid day for the forum.</summary>
    public bool Avoid(int day) => _judged[day].Verdict == DayVerdict.Avoid;

    /// <summary>The meeting of the same participants already on <paramref name="day"/>, if any.</summary>
    public string? SameDayWith(int day) => _sameDayWith?[day];

    /// <summary>Whether <paramref name="day"/> held a meeting of the series in the previous plan.</summary>
    public bool Previous(int day) => _previous?[day] ?? false;

    /// <summary>The number of previous dates before <paramref name="day"/> (<see cref="Count"/>: all).</summary>
    public int PreviousBefore(int day) => _previousBefore?[day] ?? 0;

    /// <summary>For a day closed by another meeting (a national week, the tour), that meeting's id and day.</summary>
    public (string? Id, int Day) Cause(int day) => _causes?[day] ?? default;

    /// <summary>The previous dates from <paramref name="first"/> to <paramref name="last"/>, inclusive.</summary>
    public int PreviousBetween(int first, int last) =>
        last < first || _previousBefore is null ? 0 : _previousBefore[last + 1] - _previousBefore[first];

    /// <summary>Closes <paramref name="day"/> for <paramref name="why"/>, keeping the first reason.</summary>
    public void Close(int day, DayBlock why, string? causeId = null, int causeDay = 0)
    {
        if (Block[day] == DayBlock.None)
        {
            Block[day] = why;
            if (causeId is not null)
            {
                (_causes ??= new (string?, int)[Count])[day] = (causeId, causeDay);
            }
        }
    }

    /// <summary>Records that <paramref name="id"/>, of overlapping participants, meets on <paramref name="day"/> (the first one kept).</summary>
    public void MarkSameDay(int day, string id) => (_sameDayWith ??= new string?[Count])[day] ??= id;

    /// <summary>Records a previous date of the series.</summary>
    public void MarkPrevious(int day) => (_previous ??= new bool[Count])[day] = true;

    /// <summary>Computes <see cref="Cost"/> and the previous dates' counts once the days are set.</summary>
    public void Seal()
    {
        if (_previous is not null)
        {
            _previousBefore = new int[Count + 1];
            for (var day = 0; day < Count; day++)
            {
                _previousBefore[day + 1] = _previousBefore[day] + (_previous[day] ? 1 : 0);
            }
        }

        for (var day = 0; day < Count; day++)
        {
            Cost[day] = (_previous is not null && !_previous[day] ? Planning.Cost.Change : 0)
                + (SameDayWith(day) is null ? 0 : Planning.Cost.SameDay)
                + (Avoid(day) ? Planning.Cost.Avoid : 0);
        }
    }

    /// <summary>The days of the period for <paramref name="series"/>, before other meetings close any.</summary>
    public static SeriesDays For(PlanningContext context, SeriesPlan series)
    {
        var days = new SeriesDays(context.Days);
        var hostsEveryDay = !series.Roaming || series.Hosts.Any(context.AlwaysHosts);
        for (var day = 0; day < days.Count; day++)
        {
            ref readonly var judged = ref context.Days[day];
            if (judged.Verdict == DayVerdict.Blocked)
            {
                days.Block[day] = DayBlock.Calendar;
            }
            else if (series.WorkdaysOnly && judged.DayOfWeek is NodaTime.IsoDayOfWeek.Friday or NodaTime.IsoDayOfWeek.Saturday)
            {
                days.Block[day] = DayBlock.NotWorkday;
            }
            else if (!hostsEveryDay && !AnyHost(context, series.Hosts, day))
            {
                days.Block[day] = DayBlock.NoHost;
            }
        }

        return days;
    }

    private static bool AnyHost(PlanningContext context, IReadOnlyList<Host> hosts, int day)
    {
        foreach (var host in hosts)
        {
            if (context.CanHost(host, day))
            {
                return true;
            }
        }

        return false;
    }
}
