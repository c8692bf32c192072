using Alka.Domain.Validation;
using Ardalis.Result;
using NodaTime;

namespace Alka.Domain.Calendar;

/// <summary>
/// The Israeli observance calendar: for any date, its Hebrew date, observances and standing for government work; and
/// observances, days and workdays over ranges.
/// </summary>
/// <remarks>
/// <para>
/// A calendar computes each Hebrew year on first use into an immutable table of about 3.2 KB; after that a day query
/// is a table lookup that does not allocate. It holds the tables of at most 256 years (any 256 consecutive years
/// together; about 0.8 MB in all), computing a year again when the year 256 before or after it has taken its place.
/// Instances are immutable and thread-safe: share one (e.g. as a singleton service). <see cref="Default"/> knows
/// <see cref="IsraeliObservances.All"/>; <see cref="Create"/> makes one from <see cref="IsraeliCalendarOptions"/>.
/// </para>
/// <para>
/// The supported range is that of <see cref="HebrewDate"/>, <see cref="MinDate"/> to <see cref="MaxDate"/>. The
/// single-day members throw <see cref="ArgumentOutOfRangeException"/> outside it (check with
/// <see cref="HebrewDate.IsSupported"/>); the range members return an invalid <see cref="Result"/>.
/// </para>
/// </remarks>
public sealed class IsraeliCalendar
{
    /// <summary>The most Hebrew years a calendar holds computed: 256, about 0.8 MB.</summary>
    internal const int CachedYears = 256;

    private readonly Observance[] _observances;
    private readonly Dictionary<string, Observance> _observancesById;
    private readonly YearCache<HebrewYearTable> _years;

    private IsraeliCalendar(IEnumerable<Observance> observances)
    {
        _observances = [.. observances.OrderBy(o => o.Id, StringComparer.Ordinal)];
        _observancesById = _observances.ToDictionary(o => o.Id, StringComparer.Ordinal);
        _years = new YearCache<HebrewYearTable>(CachedYears, year => HebrewYearTable.Build(year, _observances));
    }

    /// <summary>The calendar of the built-in observances, <see cref="IsraeliObservances.All"/>.</summary>
    public static IsraeliCalendar Default { get; } = new(IsraeliObservances.All);

    /// <summary>The first supported date, 1 Tishrei AM 1 (-3760-09-07).</summary>
    public static LocalDate MinDate { get; } = HebrewDate.MinValue.ToLocalDate();

    /// <summary>The last supported date, 29 Elul 9999 (6239-09-25).</summary>
    public static LocalDate MaxDate { get; } = HebrewDate.MaxValue.ToLocalDate();

    /// <summary>The observances of this calendar, ordered by id (ordinal).</summary>
    public IReadOnlyList<Observance> Observances => _observances;

    /// <summary>Creates a calendar from <paramref name="options"/>.</summary>
    /// <returns>The calendar, or an invalid result naming each observance whose id repeats an earlier one (<see cref="CommonErrors.DuplicateId"/>, identifier <c>observances[i]</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/>, its observances or one of them is <see langword="null"/>.</exception>
    public static Result<IsraeliCalendar> Create(IsraeliCalendarOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Observances, nameof(options.Observances));
        for (var i = 0; i < options.Observances.Count; i++)
        {
            _ = options.Observances[i] ?? throw new ArgumentNullException(nameof(options), $"Observances[{i}] is null.");
        }

        var problems = new Problems();
        problems.Unique(options.Observances, o => o.Id, "observances", "observance id");
        return problems.Any ? problems.Invalid<IsraeliCalendar>() : new IsraeliCalendar(options.Observances);
    }

    /// <summary>Finds the observance of this calendar with <paramref name="id"/> (ordinal).</summary>
    /// <returns>The observance, or <see langword="null"/>.</returns>
    public Observance? FindObservance(string id) => _observancesById.GetValueOrDefault(id);

    /// <summary>The day <paramref name="date"/>: Hebrew date, observances, categories and standing.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the supported range.</exception>
    public CalendarDay GetDay(LocalDate date)
    {
        var epochDay = HebrewDate.ToEpochDay(date);
        var year = YearOf(epochDay, nameof(date));
        var day = epochDay - year.Start;
        return new CalendarDay(date, year.HebrewDate(day), year.Standing(day), year.Categories(day), year.Observances(day));
    }

    /// <summary>The standing of <paramref name="date"/> for government work.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the supported range.</exception>
    public DayStanding GetStanding(LocalDate date)
    {
        var epochDay = HebrewDate.ToEpochDay(date);
        var year = YearOf(epochDay, nameof(date));
        return year.Standing(epochDay - year.Start);
    }

    /// <summary>Every observance from <paramref name="from"/> to <paramref name="to"/>, both inclusive, ordered by date and then id (ordinal).</summary>
    /// <returns>
    /// A copy of the occurrences, or an invalid result naming each problem: a date outside the supported range
    /// (<see cref="CommonErrors.DateOutOfRange"/>, identifier <c>from</c> or <c>to</c>), <paramref name="to"/> before
    /// <paramref name="from"/> (<see cref="CommonErrors.EndBeforeStart"/>, <c>to</c>).
    /// </returns>
    /// <remarks>
    /// The copy takes 16 bytes an occurrence, some 85 a year, in arrays of at most 4,096 occurrences, so that a long
    /// range stays off the large-object heap. To read ranges without copying them, or into a buffer of your own, use
    /// <see cref="EnumerateObservances"/>.
    /// </remarks>
    public Result<IReadOnlyList<ObservanceOccurrence>> GetObservances(LocalDate from, LocalDate to)
    {
        var range = EnumerateObservances(from, to);
        if (!range.IsSuccess)
        {
            return Result<IReadOnlyList<ObservanceOccurrence>>.Invalid(range.ValidationErrors);
        }

        var occurrences = range.Value;
        return occurrences.Count <= ChunkedList<ObservanceOccurrence>.ChunkLength
            ? occurrences.ToArray()
            : ChunkedList<ObservanceOccurrence>.Of(occurrences.GetEnumerator(), occurrences.Count);
    }

    /// <summary>
    /// Every observance from <paramref name="from"/> to <paramref name="to"/>, both inclusive, ordered by date and then
    /// id (ordinal), as a view that reads them from the calendar's year tables: enumerating it, counting it or copying
    /// it into a buffer of the caller's does not allocate.
    /// </summary>
    /// <returns>The view, or an invalid result naming each problem, as for <see cref="GetObservances"/>.</returns>
    /// <example>
    /// <code>
    /// var range = IsraeliCalendar.Default.EnumerateObservances(new LocalDate(1900, 1, 1), new LocalDate(2099, 12, 31));
    /// if (range.IsSuccess)
    /// {
    ///     foreach (var occurrence in range.Value)
    ///     {
    ///         Console.WriteLine(occurrence); // 1900-01-01 tevet-10 … 2099-12-…
    ///     }
    /// }
    /// </code>
    /// </example>
    public Result<ObservanceRange> EnumerateObservances(LocalDate from, LocalDate to)
    {
        var problems = CheckRange(from, to);
        if (problems.Any)
        {
            return problems.Invalid<ObservanceRange>();
        }

        var first = HebrewDate.ToEpochDay(from);
        var last = HebrewDate.ToEpochDay(to);
        var count = 0;
        for (var epochDay = first; epochDay <= last;)
        {
            var year = YearOf(epochDay, nameof(from));
            var yearLast = Math.Min(last, year.Start + year.Length - 1);
            count += year.ObservanceCount(epochDay - year.Start, yearLast - year.Start);
            epochDay = yearLast + 1;
        }

        return new ObservanceRange(this, first, last, count);
    }

    /// <summary>Every day from <paramref name="from"/> to <paramref name="to"/>, both inclusive.</summary>
    /// <returns>The days, or an invalid result naming each problem, as for <see cref="GetObservances"/>.</returns>
    public Result<IReadOnlyList<CalendarDay>> GetDays(LocalDate from, LocalDate to)
    {
        var problems = CheckRange(from, to);
        if (problems.Any)
        {
            return problems.Invalid<IReadOnlyList<CalendarDay>>();
        }

        var days = new List<CalendarDay>();
        ForEachDay(from, to, (year, day, epochDay) =>
            days.Add(new CalendarDay(ToLocalDate(epochDay), year.HebrewDate(day), year.Standing(day), year.Categories(day), year.Observances(day))));
        return days;
    }

    /// <summary>The first workday (<see cref="CalendarDay.IsWorkday"/>) after <paramref name="date"/>.</summary>
    /// <returns>The date, or an invalid result when <paramref name="date"/> or the answer is outside the supported range.</returns>
    public Result<LocalDate> NextWorkday(LocalDate date)
    {
        var problems = new Problems();
        if (!problems.DateInRange(date.WithCalendar(CalendarSystem.Iso), MinDate, MaxDate, nameof(date)))
        {
            return problems.Invalid<LocalDate>();
        }

        for (var epochDay = HebrewDate.ToEpochDay(date) + 1; epochDay <= HebrewArithmetic.MaxDay; epochDay++)
        {
            var year = YearOf(epochDay, nameof(date));
            var standing = year.Standing(epochDay - year.Start);
            if (standing is DayStanding.Workday or DayStanding.ShortWorkday)
            {
                return ToLocalDate(epochDay);
            }
        }

        return Problems.Invalid<LocalDate>(nameof(date), CommonErrors.DateOutOfRange, $"No workday after {date:uuuu-MM-dd} is within the supported range.");
    }

    /// <summary>
    /// The number of workdays (<see cref="CalendarDay.IsWorkday"/>) from <paramref name="start"/>, inclusive, to
    /// <paramref name="end"/>, exclusive — as <see cref="Period.DaysBetween"/> counts days. From a Sunday to the next
    /// Sunday of an ordinary week it is 5.
    /// </summary>
    /// <returns>The count, or an invalid result naming each problem: a date outside the supported range, <paramref name="end"/> before <paramref name="start"/>.</returns>
    public Result<int> WorkdaysBetween(LocalDate start, LocalDate end)
    {
        var problems = CheckRange(start, end, nameof(start), nameof(end), endExclusive: true);
        if (problems.Any)
        {
            return problems.Invalid<int>();
        }

        var count = 0;
        var from = HebrewDate.ToEpochDay(start);
        var to = HebrewDate.ToEpochDay(end);
        while (from < to)
        {
            var year = YearOf(from, nameof(start));
            var yearEnd = Math.Min(to, year.Start + year.Length);
            count += year.Workdays(from - year.Start, yearEnd - year.Start);
            from = yearEnd;
        }

        return count;
    }

    private void ForEachDay(LocalDate from, LocalDate to, Action<HebrewYearTable, int, int> visit)
    {
        var last = HebrewDate.ToEpochDay(to);
        for (var epochDay = HebrewDate.ToEpochDay(from); epochDay <= last;)
        {
            var year = YearOf(epochDay, nameof(from));
            var yearLast = Math.Min(last, year.Start + year.Length - 1);
            for (; epochDay <= yearLast; epochDay++)
            {
                visit(year, epochDay - year.Start, epochDay);
            }
        }
    }

    /// <summary>The table of the year of <paramref name="epochDay"/>; the year asked for last is checked first.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The day is outside the supported range.</exception>
    internal HebrewYearTable YearOf(int epochDay, string parameterName)
    {
        var recent = _years.Recent;
        return recent is not null && (uint)(epochDay - recent.Start) < (uint)recent.Length ? recent : Lookup(epochDay, parameterName);
    }

    private HebrewYearTable Lookup(int epochDay, string parameterName)
    {
        if ((uint)(epochDay - HebrewArithmetic.MinDay) > (uint)(HebrewArithmetic.MaxDay - HebrewArithmetic.MinDay))
        {
            throw new ArgumentOutOfRangeException(parameterName, "The date is outside the supported range of the Hebrew calendar.");
        }

        return _years.Get(HebrewArithmetic.YearOf(epochDay));
    }

    private static Problems CheckRange(LocalDate from, LocalDate to, string fromName = "from", string toName = "to", bool endExclusive = false)
    {
        var problems = new Problems();
        problems.DateRange(from.WithCalendar(CalendarSystem.Iso), to.WithCalendar(CalendarSystem.Iso), MinDate, MaxDate, fromName, toName, endExclusive);
        return problems;
    }

    private static LocalDate ToLocalDate(int epochDay)
    {
        var (year, month, day) = HebrewArithmetic.IsoFromEpochDay(epochDay);
        return new LocalDate(year, month, day);
    }
}
