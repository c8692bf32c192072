using System.Globalization;
using Alka.Domain.Validation;
using Ardalis.Result;
using NodaTime;

namespace Alka.Domain.Calendar;

/// <summary>
/// Answers which community days (and caller-supplied days) fall on a date for a forum's <see cref="CommunityMix"/>:
/// Christian days by the Western and Orthodox computus and the Julian calendar, Muslim and Druze days by the Hijri
/// calendar (provisional unless announced) and fixed Druze dates. Jewish and Israeli observances are looked up
/// separately, in the Israeli calendar.
/// </summary>
/// <remarks>
/// <para>A look-up is O(1) and allocation-free once the date's Gregorian year is built: the first look-up in a year
/// computes all its days into an immutable table of about 2.7 KB. The calendar holds the tables of at most 256
/// years (any 256 consecutive years together; about 0.7 MB in all), computing a year again when the year 256
/// before or after it has taken its place.</para>
/// <para>Supported: Gregorian years <see cref="MinYear"/> (1583, the first whole year of the Gregorian calendar and
/// its computus) to <see cref="MaxYear"/> (9998, the end of NodaTime's Julian calendar).</para>
/// <para>Immutable and thread-safe: share one instance.</para>
/// </remarks>
/// <example>
/// <code>
/// var mix = CommunityMix.Parse("jewish,muslim,druze").Value;
/// foreach (ref readonly var day in CommunityCalendar.Default.DaysOn(new LocalDate(2027, 5, 16), mix))
/// {
///     Console.WriteLine($"{day.Id} day {day.DayNumber} of {day.Days}{(day.IsProvisional ? " (provisional)" : "")}");
/// }
/// </code>
/// </example>
public sealed class CommunityCalendar
{
    /// <summary>The first supported Gregorian year.</summary>
    public const int MinYear = 1583;

    /// <summary>The last supported Gregorian year.</summary>
    public const int MaxYear = 9998;

    /// <summary>The most Gregorian years a calendar holds computed: 256, about 0.7 MB with the built-in days.</summary>
    internal const int CachedYears = 256;

    private readonly CommunityDayDefinition[] _definitions;
    private readonly Dictionary<(CommunityDayDefinition Definition, int HijriYear), LocalDate> _announced;
    private readonly CallerDay[] _callerDays;
    private readonly YearCache<CommunityYear> _years;

    private CommunityCalendar(CommunityDayDefinition[] definitions, AnnouncedDate[] announced, CallerDay[] callerDays, bool includePossibleDays)
    {
        _definitions = definitions;
        _announced = announced.ToDictionary(a => (definitions.First(d => d.Id == a.DefinitionId), a.HijriYear), a => a.FirstDay);
        _callerDays = callerDays;
        _years = new YearCache<CommunityYear>(CachedYears, Build);
        IncludesPossibleDays = includePossibleDays;
        Definitions = definitions.AsReadOnly();
        AnnouncedDates = announced.AsReadOnly();
        CallerDays = callerDays.AsReadOnly();
    }

    /// <summary>The calendar of the built-in days with their possible days: nothing announced, no caller days.</summary>
    public static CommunityCalendar Default { get; } = new([.. CommunityDayDefinitions.All], [], [], includePossibleDays: true);

    /// <summary>1 January <see cref="MinYear"/>.</summary>
    public static LocalDate MinDate { get; } = new(MinYear, 1, 1);

    /// <summary>31 December <see cref="MaxYear"/>.</summary>
    public static LocalDate MaxDate { get; } = new(MaxYear, 12, 31);

    /// <summary>The community days the calendar places, in the order given.</summary>
    public IReadOnlyList<CommunityDayDefinition> Definitions { get; }

    /// <summary>The announced dates that replace the estimates.</summary>
    public IReadOnlyList<AnnouncedDate> AnnouncedDates { get; }

    /// <summary>The caller-supplied days, in the order given.</summary>
    public IReadOnlyList<CallerDay> CallerDays { get; }

    /// <summary>Whether the day after each provisional span is listed as a possible day.</summary>
    public bool IncludesPossibleDays { get; }

    /// <summary>Whether <paramref name="date"/> lies in the supported years.</summary>
    public static bool IsSupported(LocalDate date) => date.WithCalendar(CalendarSystem.Iso).Year is >= MinYear and <= MaxYear;

    /// <summary>Builds a calendar from <paramref name="options"/>, checking them.</summary>
    /// <returns>
    /// The calendar; or <c>Invalid</c> listing every problem: two definitions with one id
    /// (<see cref="CommonErrors.DuplicateId"/>, identifier <c>definitions[i].id</c>); an announced date for a day the
    /// calendar does not define (<see cref="CommonErrors.UnknownReference"/>) or that is not a Hijri date
    /// (<see cref="CalendarErrors.NotAnnounceable"/>), both at <c>announcedDates[i].definitionId</c>; for a Hijri year
    /// outside the supported years (<see cref="CommonErrors.OutOfRange"/>, <c>announcedDates[i].hijriYear</c>); on a
    /// date outside them (<see cref="CommonErrors.DateOutOfRange"/>) or too far from the computed one
    /// (<see cref="CalendarErrors.AnnouncedDateOutsideWindow"/>), at <c>announcedDates[i].firstDay</c>; announced twice
    /// (<see cref="CommonErrors.Duplicate"/>, <c>announcedDates[i]</c>); two caller days of one kind on one date
    /// (<see cref="CommonErrors.Duplicate"/>, <c>callerDays[i]</c>).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/>, one of its lists or an item of
    /// <see cref="CommunityCalendarOptions.Definitions"/> or <see cref="CommunityCalendarOptions.CallerDays"/> is <see langword="null"/>.</exception>
    public static Result<CommunityCalendar> Create(CommunityCalendarOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        CommunityDayDefinition[] definitions = [.. options.Definitions ?? throw new ArgumentNullException(nameof(options), "Definitions is null.")];
        AnnouncedDate[] announced = [.. options.AnnouncedDates ?? throw new ArgumentNullException(nameof(options), "AnnouncedDates is null.")];
        CallerDay[] callerDays = [.. options.CallerDays ?? throw new ArgumentNullException(nameof(options), "CallerDays is null.")];

        var problems = new Problems();
        CheckDefinitions(definitions, problems);
        CheckAnnouncements(definitions, announced, problems);
        CheckCallerDays(callerDays, problems);
        return problems.Any
            ? problems.Invalid<CommunityCalendar>()
            : new CommunityCalendar(definitions, announced, callerDays, options.IncludePossibleDays);
    }

    /// <summary>The days of the communities in <paramref name="mix"/> on <paramref name="date"/>, possible days included.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the supported years.</exception>
    public CommunityDayView DaysOn(LocalDate date, CommunityMix mix) => new(AllDaysOn(date), mix);

    /// <summary>The days of every community on <paramref name="date"/>, possible days included.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the supported years.</exception>
    public ReadOnlySpan<CommunityDay> AllDaysOn(LocalDate date)
    {
        var iso = ToIso(date);
        return YearOf(iso.Year).DaysOn(iso.DayOfYear);
    }

    /// <summary>The caller-supplied days on <paramref name="date"/> (several only when of different kinds).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the supported years.</exception>
    public ReadOnlySpan<CallerDay> CallerDaysOn(LocalDate date)
    {
        var iso = ToIso(date);
        return YearOf(iso.Year).CallerDaysOn(iso.DayOfYear);
    }

    /// <summary>Every day of the communities in <paramref name="mix"/> from <paramref name="from"/> to <paramref name="to"/>
    /// (both inclusive), by date, possible days included.</summary>
    /// <returns>The days; or <c>Invalid</c>: <see cref="CommonErrors.DateOutOfRange"/> (identifier
    /// <c>from</c> or <c>to</c>), <see cref="CommonErrors.EndBeforeStart"/> (<c>to</c>).</returns>
    public Result<IReadOnlyList<CommunityDay>> DaysBetween(LocalDate from, LocalDate to, CommunityMix mix) =>
        Between<CommunityDay>(from, to, (date, days) =>
        {
            foreach (ref readonly var day in DaysOn(date, mix))
            {
                days.Add(day);
            }
        });

    /// <summary>Every caller-supplied day from <paramref name="from"/> to <paramref name="to"/> (both inclusive), by date.</summary>
    /// <returns>The days; or <c>Invalid</c> as for <see cref="DaysBetween"/>.</returns>
    public Result<IReadOnlyList<CallerDay>> CallerDaysBetween(LocalDate from, LocalDate to) =>
        Between<CallerDay>(from, to, (date, days) => days.AddRange(CallerDaysOn(date)));

    private static Result<IReadOnlyList<T>> Between<T>(LocalDate from, LocalDate to, Action<LocalDate, List<T>> addDaysOn)
    {
        from = from.WithCalendar(CalendarSystem.Iso);
        to = to.WithCalendar(CalendarSystem.Iso);
        var problems = new Problems();
        problems.DateRange(from, to, MinDate, MaxDate);
        if (problems.Any)
        {
            return problems.Invalid<IReadOnlyList<T>>();
        }

        var items = new List<T>();
        for (var date = from; date <= to; date = date.PlusDays(1))
        {
            addDaysOn(date, items);
        }

        return items;
    }

    private static LocalDate ToIso(LocalDate date)
    {
        var iso = date.Calendar == CalendarSystem.Iso ? date : date.WithCalendar(CalendarSystem.Iso);
        return iso.Year is >= MinYear and <= MaxYear
            ? iso
            : throw new ArgumentOutOfRangeException(nameof(date), date, $"The community calendar supports {MinYear}–{MaxYear}.");
    }

    private CommunityYear YearOf(int year) => _years.Recent is { } recent && recent.Year == year ? recent : _years.Get(year);

    private CommunityYear Build(int year)
    {
        var days = new List<CommunityDay>();
        foreach (var definition in _definitions)
        {
            foreach (var ruleYear in RuleYears(definition.Rule, year))
            {
                AddDays(definition, ruleYear, year, days);
            }
        }

        return CommunityYear.Build(year, days, _callerDays);
    }

    /// <summary>The rule's own years (Hijri years for a Hijri rule) whose days may fall in Gregorian <paramref name="year"/>.</summary>
    private static IEnumerable<int> RuleYears(CommunityDayRule rule, int year)
    {
        if (!rule.IsHijri)
        {
            return [year - 1, year, year + 1];
        }

        // An announced day may lie two days from the computed one: one Hijri year of margin on each side.
        var first = HijriCalendars.ToHijri(new LocalDate(year, 1, 1)).Year - 1;
        var last = HijriCalendars.ToHijri(new LocalDate(year, 12, 31)).Year + 1;
        return Enumerable.Range(first, last - first + 1);
    }

    private void AddDays(CommunityDayDefinition definition, int ruleYear, int year, List<CommunityDay> days)
    {
        if (!CommunityDayDates.TryGetFirstDay(definition.Rule, ruleYear, out var first))
        {
            return;
        }

        var hijriYear = definition.Rule.IsHijri ? ruleYear : 0;
        var announced = false;
        if (hijriYear != 0 && _announced.TryGetValue((definition, hijriYear), out var announcedFirst))
        {
            first = announcedFirst;
            announced = true;
        }

        var count = definition.Days + (definition.IsProvisional && !announced && IncludesPossibleDays ? 1 : 0);
        for (var i = 0; i < count; i++)
        {
            var date = first.PlusDays(i);
            if (date.Year == year)
            {
                days.Add(new CommunityDay(date, definition, i + 1, hijriYear, announced, possible: i == definition.Days));
            }
        }
    }

    private static void CheckDefinitions(CommunityDayDefinition[] definitions, Problems problems)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < definitions.Length; i++)
        {
            var definition = definitions[i] ?? throw new ArgumentNullException(nameof(definitions), $"definitions[{i}] is null.");
            if (!ids.Add(definition.Id))
            {
                problems.Add(At.Member(At.Index("definitions", i), "id"), CommonErrors.DuplicateId, $"'{definition.Id}' is defined twice.");
            }
        }
    }

    private static void CheckAnnouncements(CommunityDayDefinition[] definitions, AnnouncedDate[] announced, Problems problems)
    {
        var seen = new HashSet<(string, int)>();
        for (var i = 0; i < announced.Length; i++)
        {
            var announcement = announced[i];
            var path = At.Index("announcedDates", i);
            var definition = definitions.FirstOrDefault(d => d.Id == announcement.DefinitionId);
            if (definition is null)
            {
                problems.Add(At.Member(path, "definitionId"), CommonErrors.UnknownReference, $"'{announcement.DefinitionId}' is not a community day of this calendar.");
            }
            else if (!definition.Rule.IsHijri)
            {
                problems.Add(At.Member(path, "definitionId"), CalendarErrors.NotAnnounceable, $"'{definition.Id}' is not a Hijri date: it is computed, not announced.");
            }
            else if (!CommunityDayDates.TryGetFirstDay(definition.Rule, announcement.HijriYear, out var computed) || !IsSupported(computed))
            {
                problems.Add(At.Member(path, "hijriYear"), CommonErrors.OutOfRange, Invariant($"{definition.Id} of {announcement.HijriYear} AH is outside {MinYear}–{MaxYear}."));
            }
            else if (problems.DateInRange(announcement.FirstDay, MinDate, MaxDate, At.Member(path, "firstDay"))
                && Math.Abs(Period.DaysBetween(computed, announcement.FirstDay)) > AnnouncedDate.MaxShiftDays)
            {
                problems.Add(
                    At.Member(path, "firstDay"),
                    CalendarErrors.AnnouncedDateOutsideWindow,
                    Invariant($"{definition.Id} of {announcement.HijriYear} AH is computed for {computed:uuuu-MM-dd}; an announced first day lies at most {AnnouncedDate.MaxShiftDays} days from it."));
            }

            if (!seen.Add((announcement.DefinitionId, announcement.HijriYear)))
            {
                problems.Add(path, CommonErrors.Duplicate, $"{announcement.DefinitionId} of {announcement.HijriYear} AH is announced twice.");
            }
        }
    }

    private static void CheckCallerDays(CallerDay[] callerDays, Problems problems)
    {
        var seen = new HashSet<(LocalDate, CallerDayKind)>();
        for (var i = 0; i < callerDays.Length; i++)
        {
            var day = callerDays[i] ?? throw new ArgumentNullException(nameof(callerDays), $"callerDays[{i}] is null.");
            if (!seen.Add((day.Date, day.Kind)))
            {
                problems.Add(At.Index("callerDays", i), CommonErrors.Duplicate, Invariant($"There is already a {day.Id} day on {day.Date:uuuu-MM-dd}."));
            }
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
