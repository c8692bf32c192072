using Ardalis.Result;
using NodaTime;

namespace Alka.Domain.Calendar;

/// <summary>
/// The Israeli observance calendar: for any date, its Hebrew date, observances and standing for government work; and
/// observances, days and workdays over ranges.
/// </summary>
/// <remarks>
/// <para>
/// A calendar computes each Hebrew year once, on first use, into an immutable table; after that a day query is a
/// table lookup that does not allocate. Instances are immutable and thread-safe: share one (e.g. as a singleton
/// service). <see cref="Default"/> knows <see cref="IsraeliObservances.All"/>; <see cref="Create"/> makes one from
/// <see cref="IsraeliCalendarOptions"/>.
/// </para>
/// <para>
/// The supported range is that of <see cref="HebrewDate"/>, <see cref="MinDate"/> to <see cref="MaxDate"/>. The
/// single-day members throw <see cref="ArgumentOutOfRangeException"/> outside it (check with
/// <see cref="HebrewDate.IsSupported"/>); the range members return an invalid <see cref="Result"/>.
/// </para>
/// </remarks>
public sealed class IsraeliCalendar
{
    private readonly Observance[] _observances;
    private readonly Dictionary<string, Observance> _observancesById;
    private readonly HebrewYearTable?[] _years = new HebrewYearTable?[HebrewArithmetic.MaxYear - HebrewArithmetic.MinYear + 1];
    private HebrewYearTable? _lastYear;

    private IsraeliCalendar(IEnumerable<Observance> observances)
    {
        _observances = [.. observances.OrderBy(o => o.Id, StringComparer.Ordinal)];
        _observancesById = _observances.ToDictionary(o => o.Id, StringComparer.Ordinal);
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
    /// <returns>The calendar, or an invalid result naming each observance whose id repeats an earlier one (<see cref="CalendarErrors.ObservanceIdDuplicate"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/>, its observances or one of them is <see langword="null"/>.</exception>
    public static Result<IsraeliCalendar> Create(IsraeliCalendarOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Observances, nameof(options.Observances));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<ValidationError>();
        for (var i = 0; i < options.Observances.Count; i++)
        {
            var observance = options.Observances[i] ?? throw new ArgumentNullException(nameof(options), $"Observances[{i}] is null.");
            if (!seen.Add(observance.Id))
            {
                problems.Add(new ValidationError($"observances[{i}]", $"The id '{observance.Id}' is already used by an earlier observance.", CalendarErrors.ObservanceIdDuplicate, ValidationSeverity.Error));
            }
        }

        return problems.Count > 0
            ? Result<IsraeliCalendar>.Invalid(problems)
            : new IsraeliCalendar(options.Observances);
    }

    /// <summary>Finds the observance of this calendar with <paramref name="id"/> (ordinal).</summary>
    /// <returns>The observance, or <see langword="null"/>.</returns>
    public Observance? FindObservance(string id) => _observancesById.GetValueOrDefault(id);

    /// <summary>The day <paramref name="date"/>: Hebrew date, observances, categories and standing.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the supported range.</exception>
    public CalendarDay GetDay(LocalDate date)
    {
        var epochDay = HebrewDate.ToEpochDay(date);
        var year = TableFor(epochDay, nameof(date));
        var day = epochDay - year.Start;
        return new CalendarDay(date, year.HebrewDate(day), year.Standing(day), year.Categories(day), year.Observances(day));
    }

    /// <summary>The standing of <paramref name="date"/> for government work.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the supported range.</exception>
    public DayStanding GetStanding(LocalDate date)
    {
        var epochDay = HebrewDate.ToEpochDay(date);
        var year = TableFor(epochDay, nameof(date));
        return year.Standing(epochDay - year.Start);
    }

    /// <summary>Every observance from <paramref name="from"/> to <paramref name="to"/>, both inclusive, ordered by date and then id (ordinal).</summary>
    /// <returns>The occurrences, or an invalid result naming each problem: a date outside the supported range, <paramref name="to"/> before <paramref name="from"/>.</returns>
    public Result<IReadOnlyList<ObservanceOccurrence>> GetObservances(LocalDate from, LocalDate to)
    {
        var problems = CheckRange(from, to);
        if (problems.Count > 0)
        {
            return Result<IReadOnlyList<ObservanceOccurrence>>.Invalid(problems);
        }

        // Two passes over the year tables: count, then fill an array of exactly that size.
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

        var occurrences = new ObservanceOccurrence[count];
        var next = 0;
        for (var epochDay = first; epochDay <= last;)
        {
            var year = YearOf(epochDay, nameof(from));
            var yearLast = Math.Min(last, year.Start + year.Length - 1);
            next = year.CopyOccurrences(epochDay - year.Start, yearLast - year.Start, occurrences, next);
            epochDay = yearLast + 1;
        }

        return occurrences;
    }

    /// <summary>Every day from <paramref name="from"/> to <paramref name="to"/>, both inclusive.</summary>
    /// <returns>The days, or an invalid result naming each problem, as for <see cref="GetObservances"/>.</returns>
    public Result<IReadOnlyList<CalendarDay>> GetDays(LocalDate from, LocalDate to)
    {
        var problems = CheckRange(from, to);
        if (problems.Count > 0)
        {
            return Result<IReadOnlyList<CalendarDay>>.Invalid(problems);
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
        if (!HebrewDate.IsSupported(date))
        {
            return Result<LocalDate>.Invalid(OutOfRange(nameof(date), date));
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

        return Result<LocalDate>.Invalid(new ValidationError(nameof(date), $"No workday after {date:uuuu-MM-dd} is within the supported range.", CalendarErrors.DateOutOfRange, ValidationSeverity.Error));
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
        if (problems.Count > 0)
        {
            return Result<int>.Invalid(problems);
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

    // The table of the last year asked for answers most queries without a lookup; a race only costs a lookup.
    private HebrewYearTable TableFor(int epochDay, string parameterName)
    {
        var year = _lastYear;
        return year is not null && (uint)(epochDay - year.Start) < (uint)year.Length ? year : YearOf(epochDay, parameterName);
    }

    private HebrewYearTable YearOf(int epochDay, string parameterName)
    {
        if ((uint)(epochDay - HebrewArithmetic.MinDay) > (uint)(HebrewArithmetic.MaxDay - HebrewArithmetic.MinDay))
        {
            throw new ArgumentOutOfRangeException(parameterName, "The date is outside the supported range of the Hebrew calendar.");
        }

        var index = HebrewArithmetic.YearOf(epochDay) - HebrewArithmetic.MinYear;
        var year = Volatile.Read(ref _years[index]);
        if (year is null)
        {
            var built = HebrewYearTable.Build(index + HebrewArithmetic.MinYear, _observances);
            year = Interlocked.CompareExchange(ref _years[index], built, null) ?? built;
        }

        _lastYear = year;
        return year;
    }

    private static List<ValidationError> CheckRange(LocalDate from, LocalDate to, string fromName = "from", string toName = "to", bool endExclusive = false) =>
        DateRanges.Check(from.WithCalendar(CalendarSystem.Iso), to.WithCalendar(CalendarSystem.Iso), MinDate, MaxDate, fromName, toName, endExclusive);

    private static ValidationError OutOfRange(string name, LocalDate date) => DateRanges.OutOfRange(name, date, MinDate, MaxDate);

    private static LocalDate ToLocalDate(int epochDay)
    {
        var (year, month, day) = HebrewArithmetic.IsoFromEpochDay(epochDay);
        return new LocalDate(year, month, day);
    }
}
