using System.Globalization;
using Alka.Domain.Geography;
using Alka.Domain.Validation;
using Ardalis.Result;
using NodaTime;
using NodaTime.Text;

namespace Alka.Domain.Calendar;

/// <summary>
/// A day the caller knows of and the calendar cannot compute: an election day or a blackout (an emergency, a strike,
/// anything else), each with a reason. Given to <see cref="CommunityCalendarOptions.CallerDays"/>.
/// </summary>
/// <remarks>
/// <para>Elections: a Knesset election is a national rest day (Basic Law: The Knesset, §10); a general local election
/// is a rest day only in the authorities that vote (Local Authorities (Elections) Law, 5725-1965, since its 2018
/// amendment), named in <see cref="Authorities"/> by their CBS codes (<see cref="LocalAuthority.Code"/>); a run-off
/// is a workday, recorded so a front end can show it.
/// Regular elections fall on a Tuesday (Basic Law: The Knesset, §9; the Local Authorities (Elections) Law likewise)
/// and early ones set by law on weekdays too: an election on a Saturday is rejected
/// (<see cref="CalendarErrors.ElectionOnShabbat"/>), never moved.</para>
/// <para>Immutable and thread-safe; compared by reference.</para>
/// </remarks>
public sealed class CallerDay
{
    private CallerDay(CallerDayKind kind, LocalDate date, IReadOnlyList<string> authorities, string reason)
    {
        Kind = kind;
        Date = date;
        Authorities = authorities;
        Reason = reason;
        ReasonText = new BilingualText(reason, reason);
    }

    /// <summary>The date (ISO calendar).</summary>
    public LocalDate Date { get; }

    /// <summary>What the day is.</summary>
    public CallerDayKind Kind { get; }

    /// <summary>The reason id: the id of its <see cref="Kind"/>, e.g. <c>knesset-election</c>.</summary>
    public string Id => Kind.ToId();

    /// <summary>Why, in the caller's words, e.g. <c>Elections to the 26th Knesset</c>.</summary>
    public string Reason { get; }

    /// <summary><see cref="Reason"/> as a name in both languages (the caller's words in each), as a <see cref="Scheduling.DayReason"/> names the day.</summary>
    internal BilingualText ReasonText { get; }

    /// <summary>
    /// The voting authorities of a local election or run-off (their CBS codes, <see cref="LocalAuthority.Code"/>, in the
    /// order given); empty for the other kinds, which concern everyone.
    /// </summary>
    public IReadOnlyList<string> Authorities { get; }

    /// <summary>Whether the day is an election or a run-off.</summary>
    public bool IsElection => IsElectionKind(Kind);

    /// <summary>
    /// Whether the day is off for those it concerns: everyone for a Knesset election and a blackout, the voting
    /// <see cref="Authorities"/> for a local election, no one for a run-off.
    /// </summary>
    public bool IsDayOff => Kind != CallerDayKind.RunOff;

    /// <summary>A Knesset election on <paramref name="date"/>: a national rest day.</summary>
    /// <returns>The day; or <c>Invalid</c> listing every problem (see <see cref="LocalElection"/>).</returns>
    public static Result<CallerDay> KnessetElection(LocalDate date, string? reason) =>
        Create(CallerDayKind.KnessetElection, date, null, reason);

    /// <summary>
    /// A general local election on <paramref name="date"/>: a rest day in <paramref name="authorities"/>, the CBS codes
    /// of the voting authorities (<see cref="LocalAuthorities"/>).
    /// </summary>
    /// <returns>
    /// The day; or <c>Invalid</c> listing every problem: <see cref="CommonErrors.DateOutOfRange"/> and
    /// <see cref="CalendarErrors.ElectionOnShabbat"/> (identifier <c>date</c>), no reason
    /// (<see cref="CommonErrors.Required"/>, <c>reason</c>), no authority (<see cref="CommonErrors.Required"/>,
    /// <c>authorities</c>), an authority that is not a CBS code (<see cref="GeographyErrors.InvalidAuthority"/>), names no
    /// authority (<see cref="GeographyErrors.UnknownAuthority"/>) or repeats an earlier one
    /// (<see cref="CommonErrors.Duplicate"/>), at <c>authorities[i]</c>.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="authorities"/> is <see langword="null"/>.</exception>
    public static Result<CallerDay> LocalElection(LocalDate date, IEnumerable<string?> authorities, string? reason) =>
        Create(CallerDayKind.LocalElection, date, authorities ?? throw new ArgumentNullException(nameof(authorities)), reason);

    /// <summary>A run-off of a local election on <paramref name="date"/> in <paramref name="authorities"/>: a workday.</summary>
    /// <returns>The day; or <c>Invalid</c> listing every problem (see <see cref="LocalElection"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="authorities"/> is <see langword="null"/>.</exception>
    public static Result<CallerDay> RunOff(LocalDate date, IEnumerable<string?> authorities, string? reason) =>
        Create(CallerDayKind.RunOff, date, authorities ?? throw new ArgumentNullException(nameof(authorities)), reason);

    /// <summary>A day lost to an emergency.</summary>
    /// <returns>The day; or <c>Invalid</c>: <see cref="CommonErrors.DateOutOfRange"/> (<c>date</c>), <see cref="CommonErrors.Required"/> (<c>reason</c>).</returns>
    public static Result<CallerDay> Emergency(LocalDate date, string? reason) => Create(CallerDayKind.Emergency, date, null, reason);

    /// <summary>A day lost to a strike.</summary>
    /// <returns>The day; or <c>Invalid</c>: <see cref="CommonErrors.DateOutOfRange"/> (<c>date</c>), <see cref="CommonErrors.Required"/> (<c>reason</c>).</returns>
    public static Result<CallerDay> Strike(LocalDate date, string? reason) => Create(CallerDayKind.Strike, date, null, reason);

    /// <summary>Any other day on which the forum must not meet.</summary>
    /// <returns>The day; or <c>Invalid</c>: <see cref="CommonErrors.DateOutOfRange"/> (<c>date</c>), <see cref="CommonErrors.Required"/> (<c>reason</c>).</returns>
    public static Result<CallerDay> Blackout(LocalDate date, string? reason) => Create(CallerDayKind.Blackout, date, null, reason);

    /// <summary>E.g. <c>2026-10-27 knesset-election: Elections to the 26th Knesset</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{LocalDatePattern.Iso.Format(Date)} {Id}: {Reason}");

    private static Result<CallerDay> Create(CallerDayKind kind, LocalDate date, IEnumerable<string?>? authorities, string? reason)
    {
        date = date.WithCalendar(CalendarSystem.Iso);
        var problems = new Problems();
        problems.DateInRange(date, CommunityCalendar.MinDate, CommunityCalendar.MaxDate, "date");
        if (IsElectionKind(kind) && date.DayOfWeek == IsoDayOfWeek.Saturday)
        {
            problems.Add("date", CalendarErrors.ElectionOnShabbat, "Elections are held on weekdays, never on Shabbat.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            problems.Add("reason", CommonErrors.Required, "Say why the day is special.");
        }

        List<string> ids = authorities is null ? [] : ReadAuthorities(authorities, problems);
        if (authorities is not null && ids.Count == 0)
        {
            problems.Add("authorities", CommonErrors.Required, "Name the authorities that vote.");
        }

        return problems.Any ? problems.Invalid<CallerDay>() : new CallerDay(kind, date, ids.AsReadOnly(), reason!);
    }

    /// <summary>
    /// Reads authorities, recording a problem for each that is not a local authority's CBS code
    /// (<see cref="GeographyErrors.InvalidAuthority"/>, <see cref="GeographyErrors.UnknownAuthority"/>) or repeats an
    /// earlier one (<see cref="CommonErrors.Duplicate"/>), identified as <c>authorities[i]</c>.
    /// </summary>
    internal static List<string> ReadAuthorities(IEnumerable<string?> authorities, Problems problems)
    {
        var ids = new List<string>();
        foreach (var authority in authorities)
        {
            var identifier = At.Index("authorities", ids.Count);
            if (!LocalAuthorities.Check(authority, problems, identifier))
            {
            }
            else if (ids.Contains(authority, StringComparer.Ordinal))
            {
                problems.Add(identifier, CommonErrors.Duplicate, $"'{authority}' is named twice.");
            }

            ids.Add(authority ?? "");
        }

        return ids;
    }

    private static bool IsElectionKind(CallerDayKind kind) =>
        kind is CallerDayKind.KnessetElection or CallerDayKind.LocalElection or CallerDayKind.RunOff;
}
