using System.Text.Json.Serialization;
using Alka.Domain.Organizations;
using Alka.Domain.Validation;

namespace Alka.Domain.Governance;

/// <summary>
/// A seat, or a group of seats, on a governing body: "the heads of the partner organizations", "a representative of
/// Digital Israel", "council heads", "2 or 3 program managers from Alka".
/// </summary>
/// <remarks>
/// Immutable; equality compares every member. A member is a part of its <see cref="GoverningBody"/> (or of a cohort, a
/// task-force plan): the factories here only assemble it, and the aggregate that holds it checks it and returns every
/// problem (<see cref="GovernanceErrors.MemberIncomplete"/>, a bad id, …).
/// </remarks>
public sealed class BodyMember : IEquatable<BodyMember>
{
    [JsonConstructor]
    internal BodyMember(
        MemberCapacity capacity,
        string? organizationId = null,
        StaffRole? staffRole = null,
        CountRange? seats = null,
        IReadOnlyList<Sector>? backgrounds = null)
    {
        Capacity = capacity;
        OrganizationId = organizationId;
        StaffRole = staffRole;
        Seats = seats;
        Backgrounds = ReadOnly.Copy(backgrounds);
    }

    /// <summary>In what capacity the member sits.</summary>
    public MemberCapacity Capacity { get; }

    /// <summary>
    /// The organization the member comes from or works for; required for <see cref="MemberCapacity.OrganizationHead"/>
    /// and <see cref="MemberCapacity.OrganizationRepresentative"/>, optional otherwise.
    /// </summary>
    public string? OrganizationId { get; }

    /// <summary>The staff role; required for <see cref="MemberCapacity.Staff"/>, <see langword="null"/> otherwise.</summary>
    public StaffRole? StaffRole { get; }

    /// <summary>How many seats, when the source says (2–3 program managers); <see langword="null"/> when it does not.</summary>
    public CountRange? Seats { get; }

    /// <summary>The sectors the members are drawn from (faculty: academia, civil society, government); often empty.</summary>
    public IReadOnlyList<Sector> Backgrounds { get; }

    /// <summary>The head of a partner organization.</summary>
    public static BodyMember HeadOf(string organizationId) => new(MemberCapacity.OrganizationHead, organizationId);

    /// <summary>A representative of a partner organization.</summary>
    public static BodyMember RepresentativeOf(string organizationId) => new(MemberCapacity.OrganizationRepresentative, organizationId);

    /// <summary>Participants of the program themselves (e.g. council heads).</summary>
    public static BodyMember Participants() => new(MemberCapacity.Participant);

    /// <summary>Representatives of the participants.</summary>
    public static BodyMember ParticipantRepresentatives() => new(MemberCapacity.ParticipantRepresentative);

    /// <summary>Staff in <paramref name="role"/>, employed by <paramref name="organizationId"/> when known.</summary>
    /// <param name="role">The staff role.</param>
    /// <param name="seats">How many, when known.</param>
    /// <param name="organizationId">The employer, when known.</param>
    /// <param name="backgrounds">The sectors they are drawn from, when the source says.</param>
    public static BodyMember Staff(StaffRole role, CountRange? seats = null, string? organizationId = null, IEnumerable<Sector>? backgrounds = null) =>
        new(MemberCapacity.Staff, organizationId, role, seats, backgrounds?.ToList());

    /// <inheritdoc/>
    public bool Equals(BodyMember? other) =>
        other is not null && Capacity == other.Capacity && OrganizationId == other.OrganizationId && StaffRole == other.StaffRole
        && Seats == other.Seats && Equality.Lists(Backgrounds, other.Backgrounds);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as BodyMember);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Capacity, OrganizationId, StaffRole, Seats, Equality.Hash(Backgrounds));

    /// <summary>Returns e.g. <c>staff program-manager ×2–3 (alka)</c>.</summary>
    public override string ToString() =>
        $"{Capacity.ToId()}{(StaffRole is { } r ? " " + r.ToId() : "")}{(Seats is { } s ? " ×" + s : "")}{(OrganizationId is { } o ? $" ({o})" : "")}";

    internal void Validate(Problems problems, string path)
    {
        problems.Defined(Capacity, At.Member(path, "capacity"));
        var needsOrganization = Capacity is MemberCapacity.OrganizationHead or MemberCapacity.OrganizationRepresentative;
        if (needsOrganization && OrganizationId is null)
        {
            problems.Add(At.Member(path, "organizationId"), GovernanceErrors.MemberIncomplete, "A head or representative of an organization names the organization.");
        }

        problems.OptionalId(OrganizationId, At.Member(path, "organizationId"));

        if ((Capacity == MemberCapacity.Staff) != (StaffRole is not null))
        {
            problems.Add(At.Member(path, "staffRole"), GovernanceErrors.MemberIncomplete, "Staff members, and only they, have a staff role.");
        }

        problems.Defined(StaffRole, At.Member(path, "staffRole"));
        Seats?.Validate(problems, At.Member(path, "seats"), lowest: 1);
        problems.Each(Backgrounds, At.Member(path, "backgrounds"), (s, p, at) => p.Defined(s, at));
        problems.Distinct(Backgrounds, At.Member(path, "backgrounds"));
    }
}
