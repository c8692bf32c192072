using Alka.Domain.Calendar;
using Alka.Domain.Validation;
using Ardalis.Result;
using NodaTime;
using NodaTime.Text;

namespace Alka.Domain.Scheduling;

/// <summary>
/// Judges days for one forum: whether it may meet on a date — <see cref="DayVerdict.Ok"/>,
/// <see cref="DayVerdict.Avoid"/> or <see cref="DayVerdict.Blocked"/> — and why, from the Israeli calendar's
/// observances, the days off of the forum's communities, caller-supplied days and the forum's <see cref="DayPolicy"/>.
/// </summary>
/// <remarks>
/// <para>
/// The reasons of a day are everything that falls on it: the weekend (Friday, Saturday), every observance of the
/// <see cref="IsraeliCalendar"/> whatever the forum's communities (the state's rest days close offices for everyone),
/// the community days and possible days of the forum's <see cref="Communities"/>, and every caller-supplied day. Each
/// is ruled on by one rule of the <see cref="Policy"/>; the verdict is the most severe action. A caller day is a day
/// off for the forum (<c>caller-day-off</c>) when it is one for everyone — a Knesset election, an emergency, a strike,
/// a blackout — or a local election held in one of the forum's <see cref="Authorities"/>; a run-off, or a local
/// election elsewhere, is a workday (<c>caller-day-workday</c>).
/// </para>
/// <para>
/// The first look-up in a Gregorian year judges the whole year into an immutable table of about 27 KB (the five
/// communities); after that <see cref="Judge(LocalDate)"/> is a table read that does not allocate. The calendar holds
/// the tables of at most 64 years (any 64 consecutive years together; about 1.7 MB in all), judging a year again when
/// the year 64 before or after it has taken its place. Immutable and thread-safe: share one per forum.
/// </para>
/// <para>
/// Supported: <see cref="MinDate"/> (1583-01-01, the community calendar's first day) to <see cref="MaxDate"/>
/// (6239-09-25, the Israeli calendar's last). A date in another NodaTime calendar is read as the same day.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var forum = CommunityMix.Parse("jewish,muslim,christian-orthodox,druze")
///     .Bind(communities => ForumCalendar.Create(new ForumCalendarOptions { Communities = communities }));
/// if (forum.IsSuccess)
/// {
///     Console.WriteLine(forum.Value.Judge(new LocalDate(2027, 5, 11)));
///     // 2027-05-11: avoid — Memorial Day for the Fallen (memorial)
/// }
/// </code>
/// </example>
public sealed class ForumCalendar
{
    private static readonly Comparer<DayReason> ById = Comparer<DayReason>.Create((a, b) => string.CompareOrdinal(a.Id, b.Id));

    /// <summary>The most Gregorian years a forum calendar holds judged: 64, about 1.7 MB for the five communities.</summary>
    internal const int CachedYears = 64;

    private readonly Dictionary<Observance, (DayAction Action, string RuleId)> _observances;
    private readonly HashSet<string> _authorities;
    private readonly YearCache<Year> _years;

    private ForumCalendar(ForumCalendarOptions options, List<string> authorities)
    {
        IsraeliCalendar = options.IsraeliCalendar;
        CommunityCalendar = options.CommunityCalendar;
        Communities = options.Communities;
        Policy = options.Policy;
        Authorities = authorities.AsReadOnly();
        _authorities = [.. authorities];
        _years = new YearCache<Year>(CachedYears, Build);
        _observances = IsraeliCalendar.Observances.ToDictionary<Observance, Observance, (DayAction, string)>(o => o, Policy.Decide, ReferenceEqualityComparer.Instance);
    }

    /// <summary>The first supported date, 1583-01-01.</summary>
    public static LocalDate MinDate { get; } = LocalDate.Max(CommunityCalendar.MinDate, IsraeliCalendar.MinDate);

    /// <summary>The last supported date, 6239-09-25.</summary>
    public static LocalDate MaxDate { get; } = LocalDate.Min(CommunityCalendar.MaxDate, IsraeliCalendar.MaxDate);

    /// <summary>The Jewish and Israeli observances.</summary>
    public IsraeliCalendar IsraeliCalendar { get; }

    /// <summary>The community days and caller-supplied days.</summary>
    public CommunityCalendar CommunityCalendar { get; }

    /// <summary>The forum's communities.</summary>
    public CommunityMix Communities { get; }

    /// <summary>The forum's day policy.</summary>
    public DayPolicy Policy { get; }

    /// <summary>The local authorities of the forum (CBS codes), in the order given.</summary>
    public IReadOnlyList<string> Authorities { get; }

    /// <summary>Whether <paramref name="date"/> lies in <see cref="MinDate"/> … <see cref="MaxDate"/>.</summary>
    public static bool IsSupported(LocalDate date)
    {
        var iso = date.WithCalendar(CalendarSystem.Iso);
        return iso >= MinDate && iso <= MaxDate;
    }

    /// <summary>Creates the calendar of a forum from <paramref name="options"/>, checking them.</summary>
    /// <returns>
    /// The calendar; or <c>Invalid</c> listing every problem: no community (<see cref="CommonErrors.Required"/>,
    /// identifier <c>communities</c>), a rule on an observance the Israeli calendar does not know
    /// (<see cref="CommonErrors.UnknownReference"/>, <c>policy</c>), an authority that is not a CBS code
    /// (<see cref="Geography.GeographyErrors.InvalidAuthority"/>), names no authority
    /// (<see cref="Geography.GeographyErrors.UnknownAuthority"/>) or repeats an earlier one
    /// (<see cref="CommonErrors.Duplicate"/>), at <c>authorities[i]</c>.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/>, a calendar, the policy or the authorities are <see langword="null"/>.</exception>
    public static Result<ForumCalendar> Create(ForumCalendarOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.IsraeliCalendar, nameof(options.IsraeliCalendar));
        ArgumentNullException.ThrowIfNull(options.CommunityCalendar, nameof(options.CommunityCalendar));
        ArgumentNullException.ThrowIfNull(options.Policy, nameof(options.Policy));
        ArgumentNullException.ThrowIfNull(options.Authorities, nameof(options.Authorities));

        var problems = new Problems();
        if (options.Communities.IsEmpty)
        {
            problems.Add("communities", CommonErrors.Required, "Name at least one community.");
        }

        foreach (var id in options.Policy.ObservanceActions.Keys)
        {
            if (options.IsraeliCalendar.FindObservance(id) is null)
            {
                problems.Add("policy", CommonErrors.UnknownReference, $"The rule {DayPolicy.ObservanceRulePrefix}{id} names no observance of the forum's Israeli calendar.");
            }
        }

        var authorities = CallerDay.ReadAuthorities(options.Authorities, problems);
        return problems.Any ? problems.Invalid<ForumCalendar>() : new ForumCalendar(options, authorities);
    }

    /// <summary>Judges <paramref name="date"/>: its verdict and reasons.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the supported range.</exception>
    public DayJudgement Judge(LocalDate date)
    {
        var iso = date.Calendar == CalendarSystem.Iso ? date : date.WithCalendar(CalendarSystem.Iso);
        var days = (uint)(iso.Year - MinDate.Year) <= (uint)(MaxDate.Year - MinDate.Year) ? YearOf(iso.Year).Days : [];
        var index = iso.DayOfYear - 1;
        return index < days.Length
            ? days[index]
            : throw new ArgumentOutOfRangeException(nameof(date), date, $"The forum calendar supports {Iso(MinDate)} … {Iso(MaxDate)}.");
    }

    /// <summary>Judges every day from <paramref name="from"/> to <paramref name="to"/>, both inclusive.</summary>
    /// <returns>
    /// The days in order; or <c>Invalid</c> listing every problem: <see cref="CommonErrors.DateOutOfRange"/>
    /// (identifier <c>from</c> or <c>to</c>), <see cref="CommonErrors.EndBeforeStart"/> (<c>to</c>).
    /// </returns>
    public Result<IReadOnlyList<DayJudgement>> Judge(LocalDate from, LocalDate to)
    {
        from = from.WithCalendar(CalendarSystem.Iso);
        to = to.WithCalendar(CalendarSystem.Iso);
        var problems = new Problems();
        problems.DateRange(from, to, MinDate, MaxDate);
        if (problems.Any)
        {
            return problems.Invalid<IReadOnlyList<DayJudgement>>();
        }

        var judgements = new DayJudgement[Period.DaysBetween(from, to) + 1];
        var next = 0;
        for (var year = from.Year; year <= to.Year; year++)
        {
            var days = YearOf(year).Days;
            var first = year == from.Year ? from.DayOfYear - 1 : 0;
            var count = (year == to.Year ? to.DayOfYear : days.Length) - first;
            Array.Copy(days, first, judgements, next, count);
            next += count;
        }

        return judgements;
    }

    /// <summary>
    /// Whether the forum may meet on <paramref name="date"/>: its verdict is <see cref="DayVerdict.Ok"/>, or
    /// <see cref="DayVerdict.Avoid"/> too when <paramref name="allowAvoid"/> is set.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the supported range.</exception>
    public bool IsAvailable(LocalDate date, bool allowAvoid = false) => Judge(date).Verdict <= Worst(allowAvoid);

    /// <summary>The first day after <paramref name="date"/> on which <see cref="IsAvailable"/> holds.</summary>
    /// <returns>
    /// The date; or <c>Invalid</c> with identifier <c>date</c>: <see cref="CommonErrors.DateOutOfRange"/>,
    /// <see cref="SchedulingErrors.NoAvailableDay"/> (none up to <see cref="MaxDate"/>).
    /// </returns>
    public Result<LocalDate> NextAvailable(LocalDate date, bool allowAvoid = false)
    {
        date = date.WithCalendar(CalendarSystem.Iso);
        var problems = new Problems();
        if (!problems.DateInRange(date, MinDate, MaxDate, nameof(date)))
        {
            return problems.Invalid<LocalDate>();
        }

        var worst = Worst(allowAvoid);
        for (var next = date; next < MaxDate;)
        {
            next = next.PlusDays(1);
            if (Judge(next).Verdict <= worst)
            {
                return next;
            }
        }

        return Problems.Invalid<LocalDate>(
            nameof(date), SchedulingErrors.NoAvailableDay, $"No day after {Iso(date)} up to {Iso(MaxDate)} is available to the forum.");
    }

    private static DayVerdict Worst(bool allowAvoid) => allowAvoid ? DayVerdict.Avoid : DayVerdict.Ok;

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private Year YearOf(int year) => _years.Recent is { } recent && recent.Year == year ? recent : _years.Get(year);

    /// <summary>
    /// Judges every supported day of Gregorian <paramref name="year"/>. A day's deciding reasons share the array of its
    /// reasons when they are all of them; days without reasons share the empty array.
    /// </summary>
    private Year Build(int year)
    {
        var first = new LocalDate(year, 1, 1);
        var count = (year == MaxDate.Year ? MaxDate : new LocalDate(year, 12, 31)).DayOfYear;
        var reasons = new List<DayReason>();
        var days = new DayJudgement[count];
        for (var i = 0; i < count; i++)
        {
            var date = first.PlusDays(i);
            reasons.Clear();
            var (hebrewDate, verdict) = JudgeInto(date, reasons);
            DayReason[] all = [.. reasons];
            var deciding = Array.TrueForAll(all, r => DayJudgement.VerdictOf(r.Action) == verdict)
                ? all
                : Array.FindAll(all, r => DayJudgement.VerdictOf(r.Action) == verdict);
            days[i] = new DayJudgement(date, hebrewDate, verdict, all, deciding);
        }

        return new Year(year, days);
    }

    /// <summary>Adds the reasons of <paramref name="date"/> to <paramref name="reasons"/>, in their order.</summary>
    /// <returns>The Hebrew date and the verdict.</returns>
    private (HebrewDate HebrewDate, DayVerdict Verdict) JudgeInto(LocalDate date, List<DayReason> reasons)
    {
        var day = IsraeliCalendar.GetDay(date);
        var start = reasons.Count;
        if (date.DayOfWeek is IsoDayOfWeek.Friday or IsoDayOfWeek.Saturday)
        {
            reasons.Add(DayReason.Weekend(date.DayOfWeek, Policy.ActionFor(DayCondition.Weekend)));
        }

        var byId = reasons.Count; // the weekend first, then the rest by id
        foreach (var observance in day.Observances)
        {
            var (observanceAction, ruleId) = _observances[observance];
            reasons.Add(DayReason.For(observance, ruleId, observanceAction));
        }

        foreach (ref readonly var communityDay in CommunityCalendar.DaysOn(date, Communities))
        {
            reasons.Add(For(communityDay, communityDay.IsPossible ? DayCondition.PossibleDay : DayCondition.CommunityDayOff));
        }

        foreach (var callerDay in CommunityCalendar.CallerDaysOn(date))
        {
            reasons.Add(For(callerDay, IsDayOffHere(callerDay) ? DayCondition.CallerDayOff : DayCondition.CallerWorkday));
        }

        reasons.Sort(byId, reasons.Count - byId, ById);
        var action = DayAction.Allow;
        for (var i = start; i < reasons.Count; i++)
        {
            action = reasons[i].Action > action ? reasons[i].Action : action;
        }

        return (day.HebrewDate, DayJudgement.VerdictOf(action));
    }

    private DayReason For(CommunityDay day, DayCondition condition) => DayReason.For(day, condition.ToId(), Policy.ActionFor(condition));

    private DayReason For(CallerDay day, DayCondition condition) => DayReason.For(day, condition.ToId(), Policy.ActionFor(condition));

    private bool IsDayOffHere(CallerDay day) =>
        day.IsDayOff && (day.Kind != CallerDayKind.LocalElection || day.Authorities.Any(_authorities.Contains));

    /// <summary>The judged days of one Gregorian year, by day of year − 1.</summary>
    private sealed class Year(int year, DayJudgement[] days) : CachedYear(year)
    {
        public DayJudgement[] Days { get; } = days;
    }
}
