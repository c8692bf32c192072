using NodaTime;

namespace Alka.Domain.Planning;

/// <summary>
/// How re-planning changed one meeting of the previous plan, and the rule that forced it: <c>north-04 moved from
/// 2027-04-22 to 2027-04-25 (blocked-day)</c>.
/// </summary>
/// <remarks>Immutable; equality compares every member.</remarks>
public sealed class PlanChange : IEquatable<PlanChange>
{
    internal PlanChange(string meetingId, PlanChangeKind kind, LocalDate? dateBefore, LocalDate? dateAfter, string? hostBefore, string? hostAfter, string ruleId, string message)
    {
        MeetingId = meetingId;
        Kind = kind;
        DateBefore = dateBefore;
        DateAfter = dateAfter;
        HostBefore = hostBefore;
        HostAfter = hostAfter;
        RuleId = ruleId;
        Message = message;
    }

    /// <summary>The meeting's id (kept from the previous plan; a new one for an added meeting).</summary>
    public string MeetingId { get; }

    /// <summary>What changed.</summary>
    public PlanChangeKind Kind { get; }

    /// <summary>The previous date; <see langword="null"/> for an added meeting.</summary>
    public LocalDate? DateBefore { get; }

    /// <summary>The new date; <see langword="null"/> for a removed meeting.</summary>
    public LocalDate? DateAfter { get; }

    /// <summary>The previous host's id, when it had one.</summary>
    public string? HostBefore { get; }

    /// <summary>The new host's id, when it has one.</summary>
    public string? HostAfter { get; }

    /// <summary>The id of the rule that forced the change.</summary>
    public string RuleId { get; }

    /// <summary>Why, in English.</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public bool Equals(PlanChange? other) =>
        other is not null && MeetingId == other.MeetingId && Kind == other.Kind && DateBefore == other.DateBefore && DateAfter == other.DateAfter
        && HostBefore == other.HostBefore && HostAfter == other.HostAfter && RuleId == other.RuleId && Message == other.Message;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PlanChange);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(MeetingId, Kind, DateBefore, DateAfter, RuleId);

    /// <summary>Returns <c>MEETING CHANGE: message (RULE-ID)</c>.</summary>
    public override string ToString() => $"{MeetingId} {Kind.ToId()}: {Message} ({RuleId})";
}
