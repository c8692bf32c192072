using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using Alka.Domain.Calendar;
using NodaTime;
using NodaTime.Text;

namespace Alka.Domain.Scheduling;

/// <summary>
/// A day as a <see cref="ForumCalendar"/> judges it: its dates in both calendars, its <see cref="DayVerdict"/> and the
/// reasons, each with the rule that ruled on it — so that a front end can say
/// <c>2027-05-11: avoid — Memorial Day for the Fallen (memorial)</c>.
/// </summary>
/// <remarks>
/// A value read from the forum calendar's immutable tables; reading one, or its reasons, does not allocate.
/// Thread-safe. The default value is not a judgement (its <see cref="Verdict"/> is <c>0</c> and it has no reasons).
/// Equality is not defined; compare <see cref="Date"/>s and <see cref="Verdict"/>s.
/// </remarks>
public readonly struct DayJudgement
{
    // Plain arrays, wrapped on reading: an ImmutableArray field would widen the struct (32 bytes now).
    private readonly DayReason[]? _reasons;
    private readonly DayReason[]? _decidingReasons;

    internal DayJudgement(LocalDate date, HebrewDate hebrewDate, DayVerdict verdict, DayReason[] reasons, DayReason[] decidingReasons)
    {
        Date = date;
        HebrewDate = hebrewDate;
        Verdict = verdict;
        _reasons = reasons;
        _decidingReasons = decidingReasons;
    }

    /// <summary>The ISO date.</summary>
    public LocalDate Date { get; }

    /// <summary>The Hebrew date.</summary>
    public HebrewDate HebrewDate { get; }

    /// <summary>The day of the week.</summary>
    public IsoDayOfWeek DayOfWeek => Date.DayOfWeek;

    /// <summary>Whether the forum may meet: the most severe <see cref="DayReason.Action"/> of the <see cref="Reasons"/>; <see cref="DayVerdict.Ok"/> when there are none.</summary>
    public DayVerdict Verdict { get; }

    /// <summary>
    /// Everything that falls on the day, each with the rule that ruled on it — those that decided the verdict and those
    /// that did not (an allowed <c>minor</c> observance, an avoided eve on a blocked Friday). In the order of
    /// <c>alka days</c>: the weekend first, then by <see cref="DayReason.Id"/> (ordinal).
    /// </summary>
    /// <value>A list shared with the forum calendar's table, never copied: index it, <c>foreach</c> it, query it with LINQ.</value>
    public ImmutableArray<DayReason> Reasons => ImmutableCollectionsMarshal.AsImmutableArray(_reasons ?? []);

    /// <summary>
    /// The reasons that decided the verdict: those of <see cref="Reasons"/> whose action gives it (for an <c>ok</c> day,
    /// the allowed ones), in the same order — what <see cref="ToString"/> lists.
    /// </summary>
    /// <value>A list shared with the forum calendar's table, never copied.</value>
    public ImmutableArray<DayReason> DecidingReasons => ImmutableCollectionsMarshal.AsImmutableArray(_decidingReasons ?? []);

    /// <summary>
    /// The date, the verdict and the reasons that decided it (<see cref="DecidingReasons"/>), for people:
    /// <c>2027-05-11: avoid — Memorial Day for the Fallen (memorial)</c>, <c>2026-09-01: ok</c>; <c>(none)</c> for the default value.
    /// </summary>
    public override string ToString()
    {
        if (Verdict == 0)
        {
            return "(none)";
        }

        var text = new StringBuilder(LocalDatePattern.Iso.Format(Date)).Append(": ").Append(Verdict.ToId());
        var separator = " — ";
        foreach (var reason in DecidingReasons)
        {
            text.Append(separator).Append(reason);
            separator = ", ";
        }

        return text.ToString();
    }

    /// <summary>The verdict of a day whose most severe reason has <paramref name="action"/>.</summary>
    internal static DayVerdict VerdictOf(DayAction action) => action switch
    {
        DayAction.Allow => DayVerdict.Ok,
        DayAction.Avoid => DayVerdict.Avoid,
        DayAction.Block => DayVerdict.Blocked,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Not a day action."),
    };
}
