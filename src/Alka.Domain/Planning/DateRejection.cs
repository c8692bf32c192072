using System.Globalization;
using System.Text;
using Alka.Domain.Scheduling;
using NodaTime;
using NodaTime.Text;

namespace Alka.Domain.Planning;

/// <summary>
/// A date the planner considered for a meeting before the one it chose, and why it was rejected, with the rule that
/// decided: <c>2027-04-22: blocked — pesach-1 (rest-day)</c>, <c>2026-10-20: national-week — national-01 meets on
/// 2026-10-21, that week</c>, <c>2026-10-05: regional-cadence — ok, but 28 days after north-01 where the cadence is 35
/// days; a later day keeps the series closer to it</c>.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; the message is written on first use. Equality compares the date, the rule, the verdict and
/// the message.
/// </remarks>
public sealed class DateRejection : IEquatable<DateRejection>
{
    private readonly DayJudgement _day;
    private readonly Why _why;
    private readonly string? _other;
    private readonly LocalDate _otherDate;
    private readonly int _a;
    private readonly int _b;
    private string? _message;

    private DateRejection(LocalDate date, string ruleId, DayVerdict verdict, Why why, DayJudgement day = default, string? other = null, LocalDate otherDate = default, int a = 0, int b = 0, string? message = null)
    {
        Date = date;
        RuleId = ruleId;
        Verdict = verdict;
        _why = why;
        _day = day;
        _other = other;
        _otherDate = otherDate;
        _a = a;
        _b = b;
        _message = message;
    }

    /// <summary>Why a date was rejected; each writes its own message.</summary>
    internal enum Why : byte
    {
        /// <summary>The message was given (read from JSON).</summary>
        Given,

        /// <summary>The forum calendar blocks or avoids the day: the deciding reasons.</summary>
        Day,

        /// <summary>A national meeting (<c>other</c>, on <c>otherDate</c>) is in that week.</summary>
        NationalWeek,

        /// <summary>The participants are abroad on the study tour (<c>other</c>).</summary>
        StudyTourDays,

        /// <summary>No host of the pool can host that day.</summary>
        NoHost,

        /// <summary>The pool's hosts cannot be rotated onto that day.</summary>
        NoHostRotation,

        /// <summary>Not a workday (Sunday–Thursday).</summary>
        NotWorkday,

        /// <summary>Another meeting of the same participants (<c>other</c>) is that day.</summary>
        SameDay,

        /// <summary>The next meeting (<c>other</c>, on <c>otherDate</c>) would be <c>a</c> days later, more than <c>b</c>.</summary>
        NextTooFar,

        /// <summary>The mean gap would leave <c>a</c>–<c>b</c> days.</summary>
        MeanGap,

        /// <summary>No day fits the meeting's companion (<c>other</c>: a planning team, an expanded committee).</summary>
        NoCompanion,

        /// <summary>Ok, but <c>a</c> days after <c>other</c> where the cadence is <c>b</c>: the chosen day keeps the series closer.</summary>
        FurtherFromCadence,

        /// <summary>Ok, but further from the meeting's target date (<c>otherDate</c>).</summary>
        FurtherFromTarget,

        /// <summary>Ok, but the meeting keeps its date from the previous plan.</summary>
        Kept,

        /// <summary>Ok, but the day would change more of the previous plan, or cost more avoid days later.</summary>
        WorseForPlan,

        /// <summary>The days from it cross a municipal election (<c>otherDate</c>) into another term.</summary>
        CrossesTerm,

        /// <summary>A regional forum (<c>other</c>) has no other day for its meeting that week.</summary>
        RegionsNeedWeek,
    }

    /// <summary>The rejected date.</summary>
    public LocalDate Date { get; }

    /// <summary>The id of the rule that rejected it (<see cref="PlanRules"/>).</summary>
    public string RuleId { get; }

    /// <summary>The day's verdict for the forum; an <see cref="DayVerdict.Ok"/> day was rejected for the plan's sake.</summary>
    public DayVerdict Verdict { get; }

    /// <summary>Why, in English: <c>blocked — pesach-1 (rest-day)</c>.</summary>
    public string Message => _message ??= Describe();

    /// <inheritdoc/>
    public bool Equals(DateRejection? other) =>
        other is not null && Date == other.Date && RuleId == other.RuleId && Verdict == other.Verdict && Message == other.Message;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DateRejection);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, RuleId, Verdict);

    /// <summary>Returns <c>2027-04-22: blocked — pesach-1 (rest-day)</c>.</summary>
    public override string ToString() => $"{Iso(Date)}: {Message}";

    internal static DateRejection Given(LocalDate date, string ruleId, DayVerdict verdict, string message) =>
        new(date, ruleId, verdict, Why.Given, message: message);

    internal static DateRejection ForDay(in DayJudgement day) =>
        new(day.Date, day.Verdict == DayVerdict.Blocked ? PlanRules.BlockedDay : PlanRules.AvoidDay, day.Verdict, Why.Day, day);

    internal static DateRejection For(in DayJudgement day, string ruleId, Why why, string? other = null, LocalDate otherDate = default, int a = 0, int b = 0) =>
        new(day.Date, ruleId, day.Verdict, why, day, other, otherDate, a, b);

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private string Describe() => _why switch
    {
        Why.Day => DayText(_day),
        Why.NationalWeek => $"{RuleId} — {_other} meets on {Iso(_otherDate)}, that week",
        Why.StudyTourDays => $"{RuleId} — the participants are abroad on {_other}",
        Why.NoHost => $"{RuleId} — no host of the pool can host that day (each is unavailable or has a local election)",
        Why.NoHostRotation => $"{RuleId} — the pool's hosts cannot be rotated onto that day without a host hosting on a day it cannot",
        Why.NotWorkday => $"{RuleId} — not a workday (Sunday–Thursday)",
        Why.SameDay => $"{RuleId} — {_other} meets that day",
        Why.NextTooFar => $"{RuleId} — {_other} on {Iso(_otherDate)} would be {N(_a)} days later (at most {N(_b)})",
        Why.MeanGap => $"{RuleId} — the series' mean gap would leave {N(_a)}–{N(_b)} days",
        Why.NoCompanion => $"{RuleId} — no day fits its {_other}",
        Why.FurtherFromCadence when _other is null => $"{RuleId} — ok, but a later first meeting keeps the series closer to its {N(_b)}-day cadence",
        Why.FurtherFromCadence => $"{RuleId} — ok, but {N(_a)} days after {_other} where the cadence is {N(_b)} days; a later day keeps the series closer to it",
        Why.FurtherFromTarget => $"{RuleId} — ok, but further from its target date {Iso(_otherDate)}",
        Why.Kept => $"{RuleId} — ok, but the meeting keeps its date from the previous plan",
        Why.WorseForPlan => $"{RuleId} — ok, but the plan as a whole would change more of the previous plan or fall on more avoid days",
        Why.CrossesTerm => $"{RuleId} — its days cross the municipal election of {Iso(_otherDate)} into another term",
        Why.RegionsNeedWeek => $"{RuleId} — a regional forum ({_other}) has no other day for its meeting that week",
        _ => "",
    };

    /// <summary><c>blocked — pesach-1 (rest-day)</c>: the verdict and the reasons that decided it, each with its rule.</summary>
    internal static string DayText(in DayJudgement day)
    {
        var text = new StringBuilder(day.Verdict.ToId());
        var separator = " — ";
        foreach (var reason in day.DecidingReasons)
        {
            text.Append(separator).Append(reason.Id);
            if (reason.RuleId != reason.Id)
            {
                text.Append(" (").Append(reason.RuleId).Append(')');
            }

            separator = ", ";
        }

        return text.ToString();
    }
}
