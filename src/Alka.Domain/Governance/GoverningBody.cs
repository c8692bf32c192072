using System.Text.Json.Serialization;
using Alka.Domain.Scheduling;
using Alka.Domain.Sources;
using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Governance;

/// <summary>
/// A body that governs or runs a program: a steering committee that decides policy, personnel and budget; a
/// management team; a planning team that meets before every forum meeting; a task force; the program team.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; equality compares every member. A body's meetings follow its <see cref="Cadence"/>;
/// the planning engine schedules them with the meeting kind of the same name (<c>steering-committee</c>, …).
/// </remarks>
public sealed class GoverningBody : IEquatable<GoverningBody>
{
    [JsonConstructor]
    internal GoverningBody(
        string id,
        GoverningBodyKind kind,
        BilingualText name,
        IReadOnlyList<BodyMember> members,
        SourceDocument source,
        IReadOnlyList<Power>? powers = null,
        Cadence? cadence = null,
        BilingualText? purpose = null,
        BilingualText? topic = null)
    {
        Id = id;
        Kind = kind;
        Name = name;
        Members = ReadOnly.Copy(members);
        Source = source;
        Powers = ReadOnly.Copy(powers);
        Cadence = cadence;
        Purpose = purpose;
        Topic = topic;
    }

    /// <summary>The body's id, unique in its program (e.g. <c>steering-committee</c>).</summary>
    public string Id { get; }

    /// <summary>What kind of body it is.</summary>
    public GoverningBodyKind Kind { get; }

    /// <summary>The body's name.</summary>
    public BilingualText Name { get; }

    /// <summary>Who sits on the body; at least one member.</summary>
    public IReadOnlyList<BodyMember> Members { get; }

    /// <summary>The source document that states the body.</summary>
    public SourceDocument Source { get; }

    /// <summary>What the body is empowered to decide or to do; distinct, in the source's order.</summary>
    public IReadOnlyList<Power> Powers { get; }

    /// <summary>How often the body meets; <see langword="null"/> when the source does not say.</summary>
    public Cadence? Cadence { get; }

    /// <summary>What the body is for, in the source's words; <see langword="null"/> when the powers say it all.</summary>
    public BilingualText? Purpose { get; }

    /// <summary>The topic of a task force; required for <see cref="GoverningBodyKind.TaskForce"/>, <see langword="null"/> otherwise.</summary>
    public BilingualText? Topic { get; }

    /// <summary>Creates a governing body; see the members for each argument.</summary>
    /// <returns>
    /// The body, or every problem: no members (<see cref="GovernanceErrors.BodyWithoutMembers"/>), incomplete members,
    /// staff outside a program team or non-staff in one (<see cref="GovernanceErrors.StaffOutsideProgramTeam"/>), a
    /// program team of several program managers without exactly one senior program manager
    /// (<see cref="GovernanceErrors.ProgramTeamWithoutHead"/>), a task force without a topic, an invalid cadence.
    /// </returns>
    public static Result<GoverningBody> Create(
        string id,
        GoverningBodyKind kind,
        BilingualText name,
        IEnumerable<BodyMember> members,
        SourceDocument source,
        IEnumerable<Power>? powers = null,
        Cadence? cadence = null,
        BilingualText? purpose = null,
        BilingualText? topic = null)
    {
        ArgumentNullException.ThrowIfNull(members);
        var body = new GoverningBody(id, kind, name, [.. members], source, powers?.ToList(), cadence, purpose, topic);
        return Problems.Check(body, body.Validate);
    }

    /// <summary>Whether the body holds <paramref name="power"/>.</summary>
    public bool Holds(Power power) => Powers.Contains(power);

    /// <summary>The meeting kind of this body's meetings, or <see langword="null"/> for bodies the planner does not schedule.</summary>
    [JsonIgnore]
    public MeetingKind? MeetingKind => Kind switch
    {
        GoverningBodyKind.SteeringCommittee => Scheduling.MeetingKind.SteeringCommittee,
        GoverningBodyKind.ExpandedSteeringCommittee => Scheduling.MeetingKind.ExpandedSteeringCommittee,
        GoverningBodyKind.PlanningTeam => Scheduling.MeetingKind.PlanningTeam,
        _ => null,
    };

    /// <inheritdoc/>
    public bool Equals(GoverningBody? other) =>
        other is not null && Id == other.Id && Kind == other.Kind && Equals(Name, other.Name)
        && Equality.Lists(Members, other.Members) && Source == other.Source && Equality.Lists(Powers, other.Powers)
        && Cadence == other.Cadence && Equals(Purpose, other.Purpose) && Equals(Topic, other.Topic);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as GoverningBody);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Kind, Name, Equality.Hash(Members), Source, Equality.Hash(Powers), Cadence);

    /// <summary>Returns the id and the kind, e.g. <c>steering-committee (steering-committee)</c>.</summary>
    public override string ToString() => $"{Id} ({Kind.ToId()})";

    internal void Validate(Problems problems, string path)
    {
        problems.Id(Id, At.Member(path, "id"));
        problems.Defined(Kind, At.Member(path, "kind"));
        BilingualText.Validate(Name, problems, At.Member(path, "name"));
        problems.Defined(Source, At.Member(path, "source"));
        var members = At.Member(path, "members");
        if (Members.Count == 0)
        {
            problems.Add(members, GovernanceErrors.BodyWithoutMembers, "A body has at least one member.");
        }

        problems.Items(Members, members, (m, p, at) =>
        {
            m.Validate(p, at);
            if ((m.Capacity == MemberCapacity.Staff) != (Kind == GoverningBodyKind.ProgramTeam))
            {
                p.Add(at, GovernanceErrors.StaffOutsideProgramTeam, "Staff sit on the program team, and the program team is staff only.");
            }
        });
        if (Kind == GoverningBodyKind.ProgramTeam)
        {
            ValidateProgramTeam(problems, members);
        }

        problems.Each(Powers, At.Member(path, "powers"), (power, p, at) => p.Defined(power, at));
        problems.Distinct(Powers, At.Member(path, "powers"));
        Cadence?.Validate(problems, At.Member(path, "cadence"));
        BilingualText.ValidateOptional(Purpose, problems, At.Member(path, "purpose"));

        if (Kind == GoverningBodyKind.TaskForce && Topic is null)
        {
            problems.Add(At.Member(path, "topic"), GovernanceErrors.TaskForceWithoutTopic, "A task force works on one topic.");
        }

        BilingualText.ValidateOptional(Topic, problems, At.Member(path, "topic"));
    }

    // "Each program is run by 2 or 3 program managers, headed by a senior program manager" (Digital Leaders):
    // several program managers need exactly one senior program manager, and there is never more than one.
    private void ValidateProgramTeam(Problems problems, string members)
    {
        var seniors = Members.Where(m => m?.StaffRole == StaffRole.SeniorProgramManager).ToList();
        var managers = Members.Where(m => m?.StaffRole == StaffRole.ProgramManager).ToList();
        var severalManagers = managers.Sum(m => m.Seats?.Maximum ?? 1) > 1;
        var seniorSeats = seniors.Sum(m => m.Seats?.Maximum ?? 1);
        if (seniorSeats > 1 || (severalManagers && (seniors.Count == 0 || seniors.Any(m => m.Seats is { Minimum: 0 }))))
        {
            problems.Add(members, GovernanceErrors.ProgramTeamWithoutHead, "Several program managers are headed by exactly one senior program manager.");
        }
    }
}
