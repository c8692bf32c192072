using NodaTime;
using NodaTime.Text;

namespace Alka.Domain.Planning;

/// <summary>
/// A rule a checked plan breaks (<see cref="PlanChecker"/>): which meeting, on which date, which rule and why —
/// <c>north-08 2027-04-22: blocked-day: blocked — pesach-1 (rest-day)</c>. A finding of a soft rule is a warning.
/// </summary>
/// <remarks>
/// Immutable; equality compares every member. A finding about a series as a whole (too few national meetings in a year)
/// names the series' id and the first day of the span it concerns.
/// </remarks>
public sealed class PlanFinding : IEquatable<PlanFinding>
{
    internal PlanFinding(string meetingId, LocalDate date, string ruleId, RuleStrength strength, string message)
    {
        MeetingId = meetingId;
        Date = date;
        RuleId = ruleId;
        Strength = strength;
        Message = message;
    }

    /// <summary>The meeting's id, or the series' id for a finding about the series.</summary>
    public string MeetingId { get; }

    /// <summary>The meeting's date, or the first day of the span a series finding concerns.</summary>
    public LocalDate Date { get; }

    /// <summary>The broken rule's id.</summary>
    public string RuleId { get; }

    /// <summary>Whether the broken rule is hard (the plan is invalid) or soft (a warning).</summary>
    public RuleStrength Strength { get; }

    /// <summary>What is wrong, in English.</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public bool Equals(PlanFinding? other) =>
        other is not null && MeetingId == other.MeetingId && Date == other.Date && RuleId == other.RuleId
        && Strength == other.Strength && Message == other.Message;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PlanFinding);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(MeetingId, Date, RuleId);

    /// <summary>Returns <c>MEETING DATE: RULE-ID: message</c>, as <c>alka plan --check</c> prints it.</summary>
    public override string ToString() => $"{MeetingId} {LocalDatePattern.Iso.Format(Date)}: {RuleId}: {Message}";
}
