using Alka.Domain.Calendar;
using Alka.Domain.Scheduling;
using Alka.Domain.Validation;
using Ardalis.Result;
using NodaTime;

namespace Alka.Domain.Planning;

/// <summary>
/// One meeting of a <see cref="Plan"/>: its stable id (<c>north-03</c>), kind, group, host and days, with the dates the
/// planner considered before it and why each was rejected, and every soft rule it gives up with why.
/// </summary>
/// <remarks>
/// <para>
/// A meeting lasts one day or, a study tour, several consecutive days (one <see cref="MeetingDay"/> each). Its id is its
/// series' id and its number in the series (<c>forum-04</c>; a planning team takes its forum meeting's number), unique
/// in the plan and kept by re-planning.
/// </para>
/// <para>
/// Immutable and thread-safe; equality compares every member. A meeting made elsewhere, to check
/// (<see cref="PlanChecker"/>) or to re-plan from, is made with <see cref="Create"/>: it has no name, considered dates or
/// given-up rules.
/// </para>
/// </remarks>
public sealed class PlannedMeeting : IEquatable<PlannedMeeting>
{
    internal PlannedMeeting(
        string id,
        MeetingKind kind,
        MeetingGroup group,
        string? seriesId,
        BilingualText? name,
        string? hostId,
        IReadOnlyList<MeetingDay> days,
        IReadOnlyList<DateRejection>? considered = null,
        IReadOnlyList<WaivedRule>? givenUp = null)
    {
        Id = id;
        Kind = kind;
        Group = group;
        SeriesId = seriesId;
        Name = name;
        HostId = hostId;
        Days = days;
        Considered = considered ?? [];
        GivenUp = givenUp ?? [];
    }

    /// <summary>The most days a meeting lasts (a study tour; every other meeting is one day).</summary>
    internal const int MaxDays = 31;

    /// <summary>The meeting's id, unique in the plan (<c>north-03</c>).</summary>
    public string Id { get; }

    /// <summary>What kind of meeting it is (the <c>kind</c> column).</summary>
    public MeetingKind Kind { get; }

    /// <summary>Who meets (the <c>group</c> column).</summary>
    public MeetingGroup Group { get; }

    /// <summary>
    /// The id of its series or governing body in the program (<c>north</c>, <c>national</c>, <c>planning-team</c>);
    /// <see langword="null"/> for a meeting made elsewhere, which its kind and group place.
    /// </summary>
    public string? SeriesId { get; }

    /// <summary>The name of its series or body, e.g. <c>Regional forum: North</c>; <see langword="null"/> for a meeting made elsewhere.</summary>
    public BilingualText? Name { get; }

    /// <summary>The host's id (<see cref="Host.Id"/>); <see langword="null"/> where no host applies.</summary>
    public string? HostId { get; }

    /// <summary>Its days, consecutive and in order; at least one.</summary>
    public IReadOnlyList<MeetingDay> Days { get; }

    /// <summary>The (first) date.</summary>
    public LocalDate Date => Days[0].Date;

    /// <summary>The last date; <see cref="Date"/> for a one-day meeting.</summary>
    public LocalDate LastDate => Days[^1].Date;

    /// <summary>The Hebrew date of <see cref="Date"/>.</summary>
    public HebrewDate HebrewDate => Days[0].HebrewDate;

    /// <summary>When it starts, in <c>Asia/Jerusalem</c>.</summary>
    public ZonedDateTime Start => Days[0].Start;

    /// <summary>When it ends, in <c>Asia/Jerusalem</c>.</summary>
    public ZonedDateTime End => Days[^1].End;

    /// <summary>The dates considered before <see cref="Date"/>, in order, and why each was rejected.</summary>
    public IReadOnlyList<DateRejection> Considered { get; }

    /// <summary>The soft rules the meeting does not keep, and why.</summary>
    public IReadOnlyList<WaivedRule> GivenUp { get; }

    /// <summary>A meeting made elsewhere: <paramref name="days"/> consecutive days from <paramref name="date"/>, each from <paramref name="start"/> to <paramref name="end"/>.</summary>
    /// <returns>
    /// The meeting, or every problem (<see cref="PlanningErrors.InvalidMeeting"/>): an id that is not kebab-case, an
    /// undefined kind, a host id that is neither kebab-case nor a CBS code, fewer than one day or more than 31, an end
    /// not after the start, a date the calendars do not support.
    /// </returns>
    public static Result<PlannedMeeting> Create(string id, MeetingKind kind, MeetingGroup group, string? hostId, LocalDate date, LocalTime start, LocalTime end, int days = 1)
    {
        var problems = new Problems();
        if (!Ids.IsKebabCase(id))
        {
            problems.Add("id", PlanningErrors.InvalidMeeting, $"'{id}' is not a kebab-case meeting id.");
        }

        if (!Ids.IsDefined(kind))
        {
            problems.Add("kind", PlanningErrors.InvalidMeeting, $"{kind} is not a meeting kind.");
        }

        if (hostId is not null && !Host.IsHostId(hostId))
        {
            problems.Add("host", PlanningErrors.InvalidMeeting, $"'{hostId}' is neither a kebab-case host id nor a CBS code.");
        }

        if (days is < 1 or > MaxDays)
        {
            problems.Add("days", PlanningErrors.InvalidMeeting, $"A meeting lasts 1–{MaxDays} days, not {days}.");
        }

        if (end <= start)
        {
            problems.Add("end", PlanningErrors.InvalidMeeting, "A meeting ends after it starts.");
        }

        date = date.WithCalendar(CalendarSystem.Iso);
        if (!ForumCalendar.IsSupported(date) || (days is >= 1 and <= MaxDays && !ForumCalendar.IsSupported(date.PlusDays(days - 1))))
        {
            problems.Add("date", PlanningErrors.InvalidMeeting, $"The calendars support {ForumCalendar.MinDate:uuuu-MM-dd} … {ForumCalendar.MaxDate:uuuu-MM-dd}.");
        }

        return problems.Any
            ? Result<PlannedMeeting>.Invalid(problems.Errors)
            : new PlannedMeeting(id, kind, group, null, null, hostId, DaysFrom(date, days, start, end));
    }

    /// <inheritdoc/>
    public bool Equals(PlannedMeeting? other) =>
        other is not null && Id == other.Id && Kind == other.Kind && Group == other.Group && SeriesId == other.SeriesId && Equals(Name, other.Name) && HostId == other.HostId
        && Days.SequenceEqual(other.Days) && Considered.SequenceEqual(other.Considered) && GivenUp.SequenceEqual(other.GivenUp);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PlannedMeeting);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Kind, Group, HostId, Date);

    /// <summary>Returns <c>north-03 2026-11-10 09:00–13:00 (+02:00) forum north at interior-north</c>.</summary>
    public override string ToString() =>
        $"{Id} {Days[0]}{(Days.Count > 1 ? $" +{Days.Count - 1} days" : "")} {Kind.ToId()} {Group}{(HostId is null ? "" : " at " + HostId)}";

    internal static MeetingDay[] DaysFrom(LocalDate date, int count, LocalTime start, LocalTime end)
    {
        var days = new MeetingDay[count];
        for (var i = 0; i < count; i++)
        {
            days[i] = MeetingDay.At(date.PlusDays(i), start, end);
        }

        return days;
    }
}
