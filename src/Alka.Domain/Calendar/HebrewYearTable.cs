using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Alka.Domain.Calendar;

/// <summary>
/// The days of one Hebrew year as computed by an <see cref="IsraeliCalendar"/>: per day its standing, categories and
/// observances (ordered by id), and a running count of workdays. Immutable once built; thread-safe.
/// </summary>
internal sealed class HebrewYearTable : CachedYear
{
    private readonly byte[] _standing;
    private readonly ushort[] _categories;
    private readonly ushort[] _firstObservance; // Length + 1 entries: day d has _observances[_firstObservance[d] .. _firstObservance[d + 1]).
    private readonly Observance[] _observances;
    private readonly ushort[] _workdaysBefore; // Length + 1 entries: workdays among days 0 … d − 1.

    private HebrewYearTable(HebrewYearInfo info, byte[] standing, ushort[] categories, ushort[] firstObservance, Observance[] observances, ushort[] workdaysBefore)
        : base(info.Year)
    {
        Info = info;
        _standing = standing;
        _categories = categories;
        _firstObservance = firstObservance;
        _observances = observances;
        _workdaysBefore = workdaysBefore;
    }

    public HebrewYearInfo Info { get; }

    /// <summary>Epoch day of 1 Tishrei.</summary>
    public int Start => Info.Start;

    public int Length => Info.Length;

    /// <summary>The standing of a day of the year; <paramref name="dayOfYear"/> must be within 0 … <see cref="Length"/> − 1 (unchecked: the hot path).</summary>
    public DayStanding Standing(int dayOfYear) =>
        (DayStanding)Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_standing), dayOfYear);

    public ObservanceCategories Categories(int dayOfYear) => (ObservanceCategories)_categories[dayOfYear];

    public ObservanceList Observances(int dayOfYear) =>
        new(_observances, _firstObservance[dayOfYear], _firstObservance[dayOfYear + 1] - _firstObservance[dayOfYear]);

    /// <summary>Observances on the days <paramref name="fromDay"/> … <paramref name="toDay"/> of the year, both inclusive.</summary>
    public int ObservanceCount(int fromDay, int toDay) => _firstObservance[toDay + 1] - _firstObservance[fromDay];

    /// <summary>The index of the first observance of day <paramref name="dayOfYear"/> (0 … <see cref="Length"/>, the last the end) among the year's.</summary>
    public int FirstObservance(int dayOfYear) => _firstObservance[dayOfYear];

    /// <summary>The observance at <paramref name="index"/> among the year's (by day, then id).</summary>
    public Observance ObservanceAt(int index) => _observances[index];

    /// <summary>Writes the occurrences on the days <paramref name="fromDay"/> … <paramref name="toDay"/> into <paramref name="target"/> from <paramref name="index"/>.</summary>
    /// <returns>The index after the last one written.</returns>
    public int CopyOccurrences(int fromDay, int toDay, Span<ObservanceOccurrence> target, int index)
    {
        for (var day = fromDay; day <= toDay; day++)
        {
            int start = _firstObservance[day], end = _firstObservance[day + 1];
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
    public int Workdays(int fromDay, int toDay) => _workdaysBefore[toDay] - _workdaysBefore[fromDay];

    /// <summary>The Hebrew date of a day of this year.</summary>
    public HebrewDate HebrewDate(int dayOfYear) => Calendar.HebrewDate.FromYearDay(Info, dayOfYear);

    /// <summary>Computes the year <paramref name="year"/> for <paramref name="observances"/>, which are ordered by id.</summary>
    public static HebrewYearTable Build(int year, Observance[] observances)
    {
        var info = new HebrewYearInfo(year);
        var length = info.Length;

        // Resolve every rule in force, then place the observances by day with a counting sort: stable, so each day keeps id order.
        Span<int> found = stackalloc int[ObservanceDateRule.MaxDaysPerYear];
        var capacity = observances.Length * ObservanceDateRule.MaxDaysPerYear;
        Span<int> dayOf = capacity <= 512 ? stackalloc int[512] : new int[capacity];
        Span<int> observanceOf = capacity <= 512 ? stackalloc int[512] : new int[capacity];
        var firstObservance = new ushort[length + 1];
        var count = 0;
        for (var o = 0; o < observances.Length; o++)
        {
            var rule = observances[o].RuleFor(year);
            var days = rule is null ? 0 : rule.Date.Resolve(info, found);
            for (var i = 0; i < days; i++)
            {
                dayOf[count] = found[i];
                observanceOf[count++] = o;
                firstObservance[found[i] + 1]++;
            }
        }

        for (var d = 0; d < length; d++)
        {
            firstObservance[d + 1] += firstObservance[d];
        }

        var placed = new Observance[count];
        Span<ushort> next = stackalloc ushort[length];
        firstObservance.AsSpan(0, length).CopyTo(next);
        var categories = new ushort[length];
        for (var i = 0; i < count; i++)
        {
            var observance = observances[observanceOf[i]];
            placed[next[dayOf[i]]++] = observance;
            categories[dayOf[i]] |= (ushort)observance.Categories;
        }

        var standing = new byte[length];
        var workdaysBefore = new ushort[length + 1];
        for (int d = 0, isoDayOfWeek = info.DayOfWeek(0); d < length; d++, isoDayOfWeek = isoDayOfWeek == 7 ? 1 : isoDayOfWeek + 1)
        {
            var dayStanding = StandingOf(isoDayOfWeek, (ObservanceCategories)categories[d]);
            standing[d] = (byte)dayStanding;
            workdaysBefore[d + 1] = (ushort)(workdaysBefore[d] + (dayStanding is DayStanding.Workday or DayStanding.ShortWorkday ? 1 : 0));
        }

        return new HebrewYearTable(info, standing, categories, firstObservance, placed, workdaysBefore);
    }

    // A day of rest outranks the weekend, the weekend an eve.
    private static DayStanding StandingOf(int isoDayOfWeek, ObservanceCategories categories) =>
        (categories & ObservanceCategories.RestDay) != 0 ? DayStanding.RestDay
        : isoDayOfWeek is 5 or 6 ? DayStanding.Weekend
        : (categories & ObservanceCategories.Eve) != 0 ? DayStanding.ShortWorkday
        : DayStanding.Workday;
}
