using Alka.Domain.Calendar;
using Alka.Domain.Scheduling;
using NodaTime;

namespace Alka.Domain.Planning;

/// <summary>
/// The meetings of a program over a period (<see cref="Planner.Plan"/>): each with its date, local times, Hebrew date,
/// kind, group, host and reasons; the hosts and rules in force; and, when re-planned, the changes from the previous plan.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; equality compares every member. <see cref="Meetings"/> are ordered by date, then start,
/// then id — the order of <c>alka plan</c>. Written and read as JSON by <c>PlanJson</c>.
/// </remarks>
public sealed class Plan : IEquatable<Plan>
{
    internal Plan(
        string programId,
        LocalDate from,
        LocalDate to,
        CommunityMix communities,
        IReadOnlyList<Host> hosts,
        IReadOnlyList<PlannedMeeting> meetings,
        IReadOnlyList<PlanChange> changes,
        IReadOnlyList<PlanRule> rules)
    {
        ProgramId = programId;
        From = from;
        To = to;
        Communities = communities;
        Hosts = hosts;
        Meetings = meetings;
        Changes = changes;
        Rules = rules;
    }

    /// <summary>The planned program's id.</summary>
    public string ProgramId { get; }

    /// <summary>The period's first day.</summary>
    public LocalDate From { get; }

    /// <summary>The period's last day.</summary>
    public LocalDate To { get; }

    /// <summary>The communities whose days off the plan respects.</summary>
    public CommunityMix Communities { get; }

    /// <summary>The hosts of the plan's roaming series, in their rotation order.</summary>
    public IReadOnlyList<Host> Hosts { get; }

    /// <summary>The meetings, by date, start and id.</summary>
    public IReadOnlyList<PlannedMeeting> Meetings { get; }

    /// <summary>The changes from the previous plan, by meeting id; empty for a plan made afresh.</summary>
    public IReadOnlyList<PlanChange> Changes { get; }

    /// <summary>The rules the plan keeps, with their numbers.</summary>
    public IReadOnlyList<PlanRule> Rules { get; }

    /// <summary>The meeting with id <paramref name="id"/>, or <see langword="null"/>.</summary>
    public PlannedMeeting? FindMeeting(string id) => Meetings.FirstOrDefault(m => m.Id == id);

    /// <summary>The host with id <paramref name="id"/>, or <see langword="null"/>.</summary>
    public Host? FindHost(string? id) => id is null ? null : Hosts.FirstOrDefault(h => h.Id == id);

    /// <inheritdoc/>
    public bool Equals(Plan? other) =>
        other is not null && ProgramId == other.ProgramId && From == other.From && To == other.To && Communities == other.Communities
        && Hosts.SequenceEqual(other.Hosts) && Meetings.SequenceEqual(other.Meetings) && Changes.SequenceEqual(other.Changes)
        && Rules.SequenceEqual(other.Rules);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Plan);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(ProgramId, From, To, Meetings.Count);

    /// <summary>Returns <c>district-managers-forum 2026-09-01..2027-08-31: 57 meetings</c>.</summary>
    public override string ToString() => $"{ProgramId} {From:uuuu-MM-dd}..{To:uuuu-MM-dd}: {Meetings.Count} meetings";
}
