namespace Alka.Domain.Calendar;

/// <summary>
/// The days of one Hebrew year as computed by an <see cref="IsraeliCalendar"/>: per day its standing, categories and
/// observances (ordered by id), and a running count of workdays. Immutable once built; thread-safe.
/// </summary>
internal sealed class HebrewYearTable
{
    private readonly byte[] _standing;
    private readonly ushort[] _categories;
    private readonly ushort[] _firstObservance; // Length + 1 entries: day d has _observances[_firstObservance[d] .. _firstObservance[d + 1]).
    private readonly Observance[] _observances;
    private readonly ushort[] _workdaysBefore; // Length + 1 entries: workdays among days 0 … d − 1.

    private HebrewYearTable(HebrewYearInfo info, byte[] standing, ushort[] categories, ushort[] firstObservance, Observance[] observances, ushort[] workdaysBefore)
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

    public DayStanding Standing(int dayOfYear) => (DayStanding)_standing[dayOfYear];

    public ObservanceCategories Categories(int dayOfYear) => (ObservanceCategories)_categories[dayOfYear];

    public ObservanceList Observances(int dayOfYear) =>
        new(_observances, _firstObservance[dayOfYear], _firstObservance[dayOfYear + 1] - _firstObservance[dayOfYear]);

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
        var days = new List<(int Day, Observance Observance)>(observances.Length + 16);
        var firstObservance = new ushort[length + 1];
        foreach (var observance in observances)
        {
            var rule = observance.RuleFor(year);
            var count = rule is null ? 0 : rule.Date.Resolve(info, found);
            for (var i = 0; i < count; i++)
            {
                days.Add((found[i], observance));
                firstObservance[found[i] + 1]++;
            }
        }

        for (var d = 0; d < length; d++)
        {
            firstObservance[d + 1] += firstObservance[d];
        }

        var placed = new Observance[days.Count];
        var next = firstObservance[..length];
        var categories = new ushort[length];
        foreach (var (day, observance) in days)
        {
            placed[next[day]++] = observance;
            categories[day] |= (ushort)observance.Categories;
        }

        var standing = new byte[length];
        var workdaysBefore = new ushort[length + 1];
        for (var d = 0; d < length; d++)
        {
            standing[d] = (byte)StandingOf(info.DayOfWeek(d), (ObservanceCategories)categories[d]);
            var isWorkday = standing[d] is (byte)DayStanding.Workday or (byte)DayStanding.ShortWorkday;
            workdaysBefore[d + 1] = (ushort)(workdaysBefore[d] + (isWorkday ? 1 : 0));
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
