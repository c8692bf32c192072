using System.Collections.Concurrent;
using System.Globalization;
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
/// computes all its days into an immutable table (a few kilobytes), cached for the calendar's lifetime.</para>
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

    private readonly CommunityDayDefinition[] _definitions;
    private readonly Dictionary<(CommunityDayDefinition Definition, int HijriYear), LocalDate> _announced;
    private readonly CallerDay[] _callerDays;
    private readonly ConcurrentDictionary<int, CommunityYear> _years = new();
    private CommunityYear? _lastYear;

    private CommunityCalendar(CommunityDayDefinition[] definitions, AnnouncedDate[] announced, CallerDay[] callerDays, bool includePossibleDays)
    {
        _definitions = definitions;
        _announced = announced.ToDictionary(a => (definitions.First(d => d.Id == a.DefinitionId), a.HijriYear), a => a.FirstDay);
        _callerDays = callerDays;
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
    /// The calendar; or <c>Invalid</c> listing every problem, with identifiers such as <c>definitions[3].id</c>,
    /// <c>announcedDates[0].firstDay</c>, <c>callerDays[2]</c>: <see cref="CommunityCalendarErrors.DuplicateCommunityDay"/>,
    /// <see cref="CommunityCalendarErrors.UnknownCommunityDay"/>, <see cref="CommunityCalendarErrors.NotAnnounceable"/>,
    /// <see cref="CommunityCalendarErrors.HijriYearOutOfRange"/>, <see cref="CommunityCalendarErrors.DateOutOfRange"/>,
    /// <see cref="CommunityCalendarErrors.AnnouncedDateOutsideWindow"/>, <see cref="CommunityCalendarErrors.DuplicateAnnouncement"/>,
    /// <see cref="CommunityCalendarErrors.DuplicateCallerDay"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/>, one of its lists or an item of
    /// <see cref="CommunityCalendarOptions.Definitions"/> or <see cref="CommunityCalendarOptions.CallerDays"/> is <see langword="null"/>.</exception>
    public static Result<CommunityCalendar> Create(CommunityCalendarOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        CommunityDayDefinition[] definitions = [.. options.Definitions ?? throw new ArgumentNullException(nameof(options), "Definitions is null.")];
        AnnouncedDate[] announced = [.. options.AnnouncedDates ?? throw new ArgumentNullException(nameof(options), "AnnouncedDates is null.")];
        CallerDay[] callerDays = [.. options.CallerDays ?? throw new ArgumentNullException(nameof(options), "CallerDays is null.")];

        var errors = new List<ValidationError>();
        CheckDefinitions(definitions, errors);
        CheckAnnouncements(definitions, announced, errors);
        CheckCallerDays(callerDays, errors);
        return errors.Count == 0
            ? new CommunityCalendar(definitions, announced, callerDays, options.IncludePossibleDays)
            : Result<CommunityCalendar>.Invalid(errors);
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
    /// <returns>The days; or <c>Invalid</c>: <see cref="CommunityCalendarErrors.DateOutOfRange"/> (identifier
    /// <c>from</c> or <c>to</c>), <see cref="CommunityCalendarErrors.EndBeforeStart"/> (<c>to</c>).</returns>
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
        var errors = DateRanges.Check(from, to, MinDate, MaxDate);
        if (errors.Count > 0)
        {
            return Result<IReadOnlyList<T>>.Invalid(errors);
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

    private CommunityYear YearOf(int year)
    {
        var last = Volatile.Read(ref _lastYear);
        if (last is not null && last.Year == year)
        {
            return last;
        }

        var built = _years.GetOrAdd(year, static (y, calendar) => calendar.Build(y), this);
        Volatile.Write(ref _lastYear, built);
        return built;
    }

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

    private static void CheckDefinitions(CommunityDayDefinition[] definitions, List<ValidationError> errors)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < definitions.Length; i++)
        {
            var definition = definitions[i] ?? throw new ArgumentNullException(nameof(definitions), $"definitions[{i}] is null.");
            if (!ids.Add(definition.Id))
            {
                errors.Add(CommunityCalendarErrors.Error(
                    Invariant($"definitions[{i}].id"), $"'{definition.Id}' is defined twice.", CommunityCalendarErrors.DuplicateCommunityDay));
            }
        }
    }

    private static void CheckAnnouncements(CommunityDayDefinition[] definitions, AnnouncedDate[] announced, List<ValidationError> errors)
    {
        var seen = new HashSet<(string, int)>();
        for (var i = 0; i < announced.Length; i++)
        {
            var announcement = announced[i];
            var path = Invariant($"announcedDates[{i}]");
            var definition = definitions.FirstOrDefault(d => d.Id == announcement.DefinitionId);
            if (definition is null)
            {
                errors.Add(CommunityCalendarErrors.Error(
                    path + ".definitionId", $"'{announcement.DefinitionId}' is not a community day of this calendar.", CommunityCalendarErrors.UnknownCommunityDay));
            }
            else if (!definition.Rule.IsHijri)
            {
                errors.Add(CommunityCalendarErrors.Error(
                    path + ".definitionId", $"'{definition.Id}' is not a Hijri date: it is computed, not announced.", CommunityCalendarErrors.NotAnnounceable));
            }
            else if (!CommunityDayDates.TryGetFirstDay(definition.Rule, announcement.HijriYear, out var computed) || !IsSupported(computed))
            {
                errors.Add(CommunityCalendarErrors.Error(
                    path + ".hijriYear", Invariant($"{definition.Id} of {announcement.HijriYear} AH is outside {MinYear}–{MaxYear}."), CommunityCalendarErrors.HijriYearOutOfRange));
            }
            else if (!IsSupported(announcement.FirstDay))
            {
                errors.Add(DateRanges.OutOfRange(path + ".firstDay", announcement.FirstDay, MinDate, MaxDate));
            }
            else if (Math.Abs(Period.DaysBetween(computed, announcement.FirstDay)) > AnnouncedDate.MaxShiftDays)
            {
                errors.Add(CommunityCalendarErrors.Error(
                    path + ".firstDay",
                    Invariant($"{definition.Id} of {announcement.HijriYear} AH is computed for {computed:uuuu-MM-dd}; an announced first day lies at most {AnnouncedDate.MaxShiftDays} days from it."),
                    CommunityCalendarErrors.AnnouncedDateOutsideWindow));
            }

            if (!seen.Add((announcement.DefinitionId, announcement.HijriYear)))
            {
                errors.Add(CommunityCalendarErrors.Error(
                    path, $"{announcement.DefinitionId} of {announcement.HijriYear} AH is announced twice.", CommunityCalendarErrors.DuplicateAnnouncement));
            }
        }
    }

    private static void CheckCallerDays(CallerDay[] callerDays, List<ValidationError> errors)
    {
        var seen = new HashSet<(LocalDate, CallerDayKind)>();
        for (var i = 0; i < callerDays.Length; i++)
        {
            var day = callerDays[i] ?? throw new ArgumentNullException(nameof(callerDays), $"callerDays[{i}] is null.");
            if (!seen.Add((day.Date, day.Kind)))
            {
                errors.Add(CommunityCalendarErrors.Error(
                    Invariant($"callerDays[{i}]"), Invariant($"There is already a {day.Id} day on {day.Date:uuuu-MM-dd}."), CommunityCalendarErrors.DuplicateCallerDay));
            }
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
