using Alka.Domain.Calendar;
using NodaTime;

namespace Alka.Domain.Scheduling;

/// <summary>
/// One reason in a <see cref="DayJudgement"/>: what falls on the day — the weekend, an observance, a community day or a
/// caller-supplied day — and the rule of the <see cref="DayPolicy"/> that ruled on it, with its action; e.g.
/// <c>yom-hazikaron</c>, ruled on by <c>memorial</c>: avoid.
/// </summary>
/// <remarks>
/// <para>A small immutable value that refers to the calendars' own objects: thread-safe, and equal when it names the
/// same thing (by reference) with the same rule and action.</para>
/// <para>The <see langword="default"/> value is not a reason: its <see cref="Kind"/> is <c>0</c>, its
/// <see cref="Id"/>, <see cref="RuleId"/> and both texts of its <see cref="Name"/> are empty.</para>
/// </remarks>
public readonly struct DayReason : IEquatable<DayReason>
{
    private static readonly BilingualText Friday = BilingualText.Create("Friday", "יום שישי");
    private static readonly BilingualText Saturday = BilingualText.Create("Saturday", "שבת");
    private static readonly BilingualText NoName = new("", "");

    private readonly object? _subject; // the Observance or the CallerDay
    private readonly CommunityDay _communityDay;
    private readonly string? _ruleId;
    private readonly DayReasonKind _kind;
    private readonly DayAction _action;
    private readonly IsoDayOfWeek _weekday;

    private DayReason(DayReasonKind kind, object? subject, CommunityDay communityDay, IsoDayOfWeek weekday, string ruleId, DayAction action)
    {
        _kind = kind;
        _subject = subject;
        _communityDay = communityDay;
        _weekday = weekday;
        _ruleId = ruleId;
        _action = action;
    }

    /// <summary>What the reason names.</summary>
    public DayReasonKind Kind => _kind;

    /// <summary>
    /// The id of what falls on the day, as in the <c>reasons</c> column of <c>alka days</c>: <c>weekend</c>, an
    /// observance id, a community day's <see cref="CommunityDay.ReasonId"/> (<c>eid-al-adha</c>,
    /// <c>eid-al-fitr:possible</c>) or a caller day's <see cref="Calendar.CallerDay.Id"/> (<c>knesset-election</c>).
    /// </summary>
    public string Id => _kind switch
    {
        DayReasonKind.Weekend => DayCondition.Weekend.ToId(),
        DayReasonKind.Observance => Observance!.Id,
        DayReasonKind.CommunityDay => _communityDay.ReasonId,
        DayReasonKind.CallerDay => CallerDay!.Id,
        _ => "",
    };

    /// <summary>The id of the rule that ruled on it (see <see cref="DayPolicy"/>), e.g. <c>memorial</c>, <c>observance:yom-hazikaron</c>, <c>community-day-off</c>.</summary>
    public string RuleId => _ruleId ?? "";

    /// <summary>What the rule does with the day.</summary>
    public DayAction Action => _action;

    /// <summary>The observance, for <see cref="DayReasonKind.Observance"/>; otherwise <see langword="null"/>.</summary>
    public Observance? Observance => _subject as Observance;

    /// <summary>The community day (or possible day), for <see cref="DayReasonKind.CommunityDay"/>; otherwise <see langword="null"/>.</summary>
    public CommunityDay? CommunityDay => _kind == DayReasonKind.CommunityDay ? _communityDay : null;

    /// <summary>The caller-supplied day, for <see cref="DayReasonKind.CallerDay"/>; otherwise <see langword="null"/>.</summary>
    public CallerDay? CallerDay => _subject as CallerDay;

    /// <summary>
    /// The name of what falls on the day, stored once (reading it allocates nothing): the weekday (<c>Friday</c> /
    /// <c>יום שישי</c>, <c>Saturday</c> / <c>שבת</c>), the observance's or community day's name (a possible day's
    /// <see cref="CommunityDayDefinition.PossibleDayName"/>), or the caller day's reason in both texts.
    /// </summary>
    public BilingualText Name => _kind switch
    {
        DayReasonKind.Weekend => _weekday == IsoDayOfWeek.Friday ? Friday : Saturday,
        DayReasonKind.Observance => Observance!.Name,
        DayReasonKind.CommunityDay when _communityDay.IsPossible => _communityDay.Definition.PossibleDayName,
        DayReasonKind.CommunityDay => _communityDay.Definition.Name,
        DayReasonKind.CallerDay => CallerDay!.ReasonText,
        _ => NoName,
    };

    /// <summary>Whether two reasons name the same thing with the same rule and action.</summary>
    public static bool operator ==(DayReason left, DayReason right) => left.Equals(right);

    /// <summary>Whether two reasons differ.</summary>
    public static bool operator !=(DayReason left, DayReason right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(DayReason other) =>
        _kind == other._kind && ReferenceEquals(_subject, other._subject) && _communityDay == other._communityDay
        && _weekday == other._weekday && string.Equals(_ruleId, other._ruleId, StringComparison.Ordinal) && _action == other._action;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DayReason other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_kind, _subject, _communityDay, _weekday, _ruleId, _action);

    /// <summary>The English name and the rule, e.g. <c>Memorial Day for the Fallen (memorial)</c>, <c>Friday (weekend)</c>.</summary>
    public override string ToString() => _kind == 0 ? "" : $"{Name.English} ({RuleId})";

    internal static DayReason Weekend(IsoDayOfWeek weekday, DayAction action) =>
        new(DayReasonKind.Weekend, null, default, weekday, DayCondition.Weekend.ToId(), action);

    internal static DayReason For(Observance observance, string ruleId, DayAction action) =>
        new(DayReasonKind.Observance, observance, default, 0, ruleId, action);

    internal static DayReason For(CommunityDay day, string ruleId, DayAction action) =>
        new(DayReasonKind.CommunityDay, null, day, 0, ruleId, action);

    internal static DayReason For(CallerDay day, string ruleId, DayAction action) =>
        new(DayReasonKind.CallerDay, day, default, 0, ruleId, action);
}
