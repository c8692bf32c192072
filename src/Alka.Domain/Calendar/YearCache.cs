namespace Alka.Domain.Calendar;

/// <summary>The table a calendar computes for one year, immutable once built; kept in a <see cref="YearCache{TYear}"/>.</summary>
internal abstract class CachedYear(int year)
{
    /// <summary>The year the table is of, in the calendar's own numbering (Hebrew or Gregorian).</summary>
    public int Year { get; } = year;
}

/// <summary>
/// The year tables of one calendar, each computed on first use: the one cache of <see cref="IsraeliCalendar"/>,
/// <see cref="CommunityCalendar"/> and <see cref="Scheduling.ForumCalendar"/>. Thread-safe without locks, and bounded:
/// it holds at most <see cref="Capacity"/> tables.
/// </summary>
/// <remarks>
/// <para>
/// Direct-mapped: year <c>y</c> lives in slot <c>y mod Capacity</c>. Any <see cref="Capacity"/> consecutive years are
/// held together, so a sweep over a range of that length computes each year once (and a longer sweep each year once
/// as it passes); a year further away takes the slot of the year <see cref="Capacity"/> before or after it, which is
/// computed again if asked for again.
/// </para>
/// <para>
/// A table is a deterministic function of its year and immutable, published whole by a release write: a reader sees
/// an empty slot, a table of another year (the year is checked) or a complete table. Two threads that miss the same
/// year at once may both compute it and one table replaces the other; both answers are the same. The table asked for
/// last is kept in <see cref="Recent"/>, which callers check first.
/// </para>
/// </remarks>
/// <typeparam name="TYear">The table of a year.</typeparam>
internal sealed class YearCache<TYear>
    where TYear : CachedYear
{
    private readonly TYear?[] _slots;
    private readonly int _mask;
    private readonly Func<int, TYear> _build;
    private TYear? _recent;

    /// <param name="capacity">The number of slots, a power of two: the most tables held at once.</param>
    /// <param name="build">Computes the table of a year; called on a miss, possibly on several threads at once.</param>
    public YearCache(int capacity, Func<int, TYear> build)
    {
        if (capacity < 1 || (capacity & (capacity - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "The capacity is a power of two.");
        }

        _slots = new TYear?[capacity];
        _mask = capacity - 1;
        _build = build;
    }

    /// <summary>The most tables held at once; any this many consecutive years are held together.</summary>
    public int Capacity => _slots.Length;

    /// <summary>The table asked for last (by any thread), or <see langword="null"/> before the first.</summary>
    public TYear? Recent => Volatile.Read(ref _recent);

    /// <summary>The table of <paramref name="year"/>, computed now when it is not held.</summary>
    public TYear Get(int year)
    {
        ref var slot = ref _slots[year & _mask];
        var table = Volatile.Read(ref slot);
        if (table is null || table.Year != year)
        {
            table = _build(year);
            Volatile.Write(ref slot, table);
        }

        if (!ReferenceEquals(Volatile.Read(ref _recent), table))
        {
            Volatile.Write(ref _recent, table);
        }

        return table;
    }
}
