using System.Text.Json.Serialization;
using Alka.Domain.Organizations;
using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Governance;

/// <summary>
/// Who runs a program and how: the organizations that take part and their roles, the bodies that govern or run it
/// (steering committees, management and planning teams, task forces, the program team), and the division of
/// responsibilities between the partners.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; equality compares every member (lists in order). The rules that tie these lists to each
/// other (a body's organizations are partners, a duty agreed with a body needs that body's power) are checked by the
/// program, which also knows its budget and meetings. <see cref="None"/> is the governance of a program whose sources
/// name neither partners nor bodies.
/// </remarks>
public sealed class ProgramGovernance : IEquatable<ProgramGovernance>
{
    [JsonConstructor]
    internal ProgramGovernance(
        IReadOnlyList<ProgramPartner>? partners = null,
        IReadOnlyList<GoverningBody>? bodies = null,
        IReadOnlyList<Responsibility>? responsibilities = null)
    {
        Partners = ReadOnly.Copy(partners);
        Bodies = ReadOnly.Copy(bodies);
        Responsibilities = ReadOnly.Copy(responsibilities);
    }

    /// <summary>The governance with no partners, bodies or responsibilities.</summary>
    public static ProgramGovernance None { get; } = new();

    /// <summary>The organizations that take part and their roles; one entry per organization.</summary>
    public IReadOnlyList<ProgramPartner> Partners { get; }

    /// <summary>The bodies that govern or run the program, ids unique.</summary>
    public IReadOnlyList<GoverningBody> Bodies { get; }

    /// <summary>The division of responsibilities between the partners, ids unique.</summary>
    public IReadOnlyList<Responsibility> Responsibilities { get; }

    /// <summary>Creates the governance of a program; see the members for each argument.</summary>
    /// <returns>The governance, or every problem of its partners, bodies and responsibilities.</returns>
    public static Result<ProgramGovernance> Create(
        IEnumerable<ProgramPartner>? partners = null,
        IEnumerable<GoverningBody>? bodies = null,
        IEnumerable<Responsibility>? responsibilities = null)
    {
        var governance = new ProgramGovernance(partners?.ToList(), bodies?.ToList(), responsibilities?.ToList());
        return Problems.Check(governance, governance.Validate);
    }

    /// <summary>The governing body with id <paramref name="id"/>, or <see langword="null"/>.</summary>
    public GoverningBody? FindBody(string id) => Bodies.FirstOrDefault(b => b?.Id == id);

    /// <summary>The bodies of kind <paramref name="kind"/>.</summary>
    public IEnumerable<GoverningBody> BodiesOf(GoverningBodyKind kind) => Bodies.Where(b => b?.Kind == kind);

    /// <summary>The partnership of organization <paramref name="organizationId"/>, or <see langword="null"/>.</summary>
    public ProgramPartner? FindPartner(string organizationId) => Partners.FirstOrDefault(p => p?.OrganizationId == organizationId);

    /// <inheritdoc/>
    public bool Equals(ProgramGovernance? other) =>
        other is not null && Equality.Lists(Partners, other.Partners) && Equality.Lists(Bodies, other.Bodies)
        && Equality.Lists(Responsibilities, other.Responsibilities);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ProgramGovernance);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Equality.Hash(Partners), Equality.Hash(Bodies), Equality.Hash(Responsibilities));

    internal void Validate(Problems problems, string path)
    {
        problems.Entries(Partners, At.Member(path, "partners"), x => x.OrganizationId, (x, p, at) => x.Validate(p, at));
        problems.Entries(Bodies, At.Member(path, "bodies"), b => b.Id, (b, p, at) => b.Validate(p, at));
        problems.Entries(Responsibilities, At.Member(path, "responsibilities"), r => r.Id, (r, p, at) => r.Validate(p, at));
    }
}
