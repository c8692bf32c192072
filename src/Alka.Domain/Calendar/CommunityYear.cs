using NodaTime;

namespace Alka.Domain.Calendar;

/// <summary>
/// The community and caller days of one Gregorian year, indexed by day of year: a slice of a flat array per date, so
/// a look-up is two array reads. Immutable once built.
/// </summary>
internal sealed class CommunityYear : CachedYear
{
    /// <summary>The index of a year without items, shared: every day's slice is empty.</summary>
    private static readonly int[] NoItems = new int[367];

    private readonly CommunityDay[] _days;
    private readonly int[] _dayStarts;
    private readonly CallerDay[] _callerDays;
    private readonly int[] _callerStarts;

    private CommunityYear(int year, CommunityDay[] days, int[] dayStarts, CallerDay[] callerDays, int[] callerStarts)
        : base(year)
    {
        _days = days;
        _dayStarts = dayStarts;
        _callerDays = callerDays;
        _callerStarts = callerStarts;
    }

    public ReadOnlySpan<CommunityDay> DaysOn(int dayOfYear) => Slice(_days, _dayStarts, dayOfYear);

    public ReadOnlySpan<CallerDay> CallerDaysOn(int dayOfYear) => Slice(_callerDays, _callerStarts, dayOfYear);

    /// <summary>Indexes the days of <paramref name="year"/>; days of other years are left out. Keeps the given order within a date.</summary>
    public static CommunityYear Build(int year, IReadOnlyList<CommunityDay> days, IReadOnlyList<CallerDay> callerDays)
    {
        var (dayArray, dayStarts) = Index(year, days, static d => d.Date);
        var (callerArray, callerStarts) = Index(year, callerDays, static d => d.Date);
        return new CommunityYear(year, dayArray, dayStarts, callerArray, callerStarts);
    }

    private static ReadOnlySpan<T> Slice<T>(T[] items, int[] starts, int dayOfYear) =>
        new(items, starts[dayOfYear - 1], starts[dayOfYear] - starts[dayOfYear - 1]);

    /// <summary>A stable counting sort by day of year: <c>starts[d - 1]</c> … <c>starts[d]</c> are the items of day <c>d</c>.</summary>
    private static (T[] Items, int[] Starts) Index<T>(int year, IReadOnlyList<T> items, Func<T, LocalDate> dateOf)
    {
        var starts = new int[CalendarSystem.Iso.GetDaysInYear(year) + 1];
        foreach (var item in items)
        {
            var date = dateOf(item);
            if (date.Year == year)
            {
                starts[date.DayOfYear]++;
            }
        }

        if (Array.TrueForAll(starts, count => count == 0))
        {
            return ([], NoItems);
        }

        for (var day = 1; day < starts.Length; day++)
        {
            starts[day] += starts[day - 1];
        }

        var sorted = new T[starts[^1]];
        var next = starts[..^1];
        foreach (var item in items)
        {
            var date = dateOf(item);
            if (date.Year == year)
            {
                sorted[next[date.DayOfYear - 1]++] = item;
            }
        }

        return (sorted, starts);
    }
}
