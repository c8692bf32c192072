using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Alka.Domain.Calendar;

/// <summary>
/// The days of one Hebrew year as computed by an <see cref="IsraeliCalendar"/>: per day its standing, categories and
/// observances (ordered by id), and a running count of workdays. Immutable once built; thread-safe.
/// </summary>
/// <remarks>
/// One array of 16-bit values holds the whole year (2.3 KB for 385 days), in three parts of one entry a day: the day's
/// categories with its standing in the top bits; the index of its first observance in the year's observances, with
/// one entry past the end; the workdays before it, likewise.
/// </remarks>
internal sealed class HebrewYearTable : CachedYear
{
    // The standing of a day in the top 3 bits of its entry; the categories (10 flags) in the bits below.
    private const int StandingShift = 13;
    private const ushort CategoryMask = (1 << StandingShift) - 1;

    private readonly ushort[] _table;
    private readonly Observance[] _observances;
    private readonly int _firstObservance; // the offset of that part of _table, as _workdaysBefore
    private readonly int _workdaysBefore;

    private HebrewYearTable(HebrewYearInfo info, ushort[] table, Observance[] observances)
        : base(info.Year)
    {
        Info = info;
        _table = table;
        _observances = observances;
        _firstObservance = info.Length;
        _workdaysBefore = (2 * info.Length) + 1;
    }

    public HebrewYearInfo Info { get; }

    /// <summary>Epoch day of 1 Tishrei.</summary>
    public int Start => Info.Start;

    public int Length => Info.Length;

    /// <summary>The standing of a day of the year; <paramref name="dayOfYear"/> must be within 0 … <see cref="Length"/> − 1 (unchecked: the hot path).</summary>
    public DayStanding Standing(int dayOfYear) =>
        (DayStanding)(Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_table), dayOfYear) >> StandingShift);

    public ObservanceCategories Categories(int dayOfYear) => (ObservanceCategories)(_table[dayOfYear] & CategoryMask);

    public ObservanceList Observances(int dayOfYear)
    {
        var first = FirstObservance(dayOfYear);
        return new(_observances, first, FirstObservance(dayOfYear + 1) - first);
    }

    /// <summary>The index among the year's observances (by day, then id) of the first of day <paramref name="dayOfYear"/>, 0 … <see cref="Length"/> (the end).</summary>
    public int FirstObservance(int dayOfYear) => _table[_firstObservance + dayOfYear];

    /// <summary>The observance at <paramref name="index"/> among the year's (by day, then id).</summary>
    public Observance ObservanceAt(int index) => _observances[index];

    /// <summary>Observances on the days <paramref name="fromDay"/> … <paramref name="toDay"/> of the year, both inclusive.</summary>
    public int ObservanceCount(int fromDay, int toDay) => FirstObservance(toDay + 1) - FirstObservance(fromDay);

    /// <summary>Writes the occurrences on the days <paramref name="fromDay"/> … <paramref name="toDay"/> into <paramref name="target"/> from <paramref name="index"/>.</summary>
    /// <returns>The index after the last one written.</returns>
    public int CopyOccurrences(int fromDay, int toDay, Span<ObservanceOccurrence> target, int index)
    {
        var first = _table.AsSpan(_firstObservance, Length + 1);
        for (var day = fromDay; day <= toDay; day++)
        {
            int start = first[day], end = first[day + 1];
            if (start == end)
            {
                continue;
            }

            var hebrewDate = HebrewDate(day);
            for (var i = start; i < end; i++)
            {
                target[index++] = new ObservanceOccurrence(hebrewDate, _observances[i]);
            }
        }

        return index;
    }

    /// <summary>Workdays among the days <paramref name="fromDay"/> … <paramref name="toDay"/> − 1 of the year.</summary>
    public int Workdays(int fromDay, int toDay) => _table[_workdaysBefore + toDay] - _table[_workdaysBefore + fromDay];

    /// <summary>The Hebrew date of a day of this year.</summary>
    public HebrewDate HebrewDate(int dayOfYear) => Calendar.HebrewDate.FromYearDay(Info, dayOfYear);

    /// <summary>Computes the year <paramref name="year"/> for <paramref name="observances"/>, which are ordered by id.</summary>
    public static HebrewYearTable Build(int year, Observance[] observances)
    {
        var info = new HebrewYearInfo(year);
        var length = info.Length;
        var table = new ushort[(3 * length) + 2];
        var days = table.AsSpan(0, length);
        var first = table.AsSpan(length, length + 1);
        var workdaysBefore = table.AsSpan((2 * length) + 1, length + 1);

        // Resolve every rule in force, counting the observances of each day in first[day].
        var capacity = observances.Length * ObservanceDateRule.MaxDaysPerYear;
        Span<int> dayOf = capacity <= 256 ? stackalloc int[capacity] : new int[capacity];
        Span<int> found = stackalloc int[ObservanceDateRule.MaxDaysPerYear];
        var count = 0;
        for (var o = 0; o < observances.Length; o++)
        {
            var rule = observances[o].RuleFor(year);
            var resolved = rule is null ? 0 : rule.Date.Resolve(info, found);
            for (var i = 0; i < resolved; i++)
            {
                dayOf[count++] = (found[i] << 16) | o;
                first[found[i]]++;
            }
        }

        // A stable counting sort by day, each day in id order: first[day] becomes the end of the day's observances,
        // then, placing from the last, its start.
        for (int d = 0, end = 0; d < length; d++)
        {
            first[d] = (ushort)(end += first[d]);
        }

        first[length] = (ushort)count;
        var placed = new Observance[count];
        for (var i = count - 1; i >= 0; i--)
        {
            var day = dayOf[i] >> 16;
            var observance = observances[dayOf[i] & 0xFFFF];
            placed[--first[day]] = observance;
            days[day] |= (ushort)observance.Categories;
        }

        for (int d = 0, isoDayOfWeek = info.DayOfWeek(0), workdays = 0; d < length; d++, isoDayOfWeek = isoDayOfWeek == 7 ? 1 : isoDayOfWeek + 1)
        {
            var standing = StandingOf(isoDayOfWeek, (ObservanceCategories)days[d]);
            days[d] |= (ushort)((int)standing << StandingShift);
            workdays += standing is DayStanding.Workday or DayStanding.ShortWorkday ? 1 : 0;
            workdaysBefore[d + 1] = (ushort)workdays;
        }

        return new HebrewYearTable(info, table, placed);
    }

    // A day of rest outranks the weekend, the weekend an eve.
    private static DayStanding StandingOf(int isoDayOfWeek, ObservanceCategories categories) =>
        (categories & ObservanceCategories.RestDay) != 0 ? DayStanding.RestDay
        : isoDayOfWeek is 5 or 6 ? DayStanding.Weekend
        : (categories & ObservanceCategories.Eve) != 0 ? DayStanding.ShortWorkday
        : DayStanding.Workday;
}
