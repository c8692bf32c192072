using System.Text.Json.Serialization;
using Alka.Domain.Sources;
using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Organizations;

/// <summary>An organization's part in a program: the Ministry of Interior leads, Mifam HaSharon accompanies, Alka organizes.</summary>
/// <remarks>Immutable; equality compares the organization, the roles in order and the source.</remarks>
public sealed class ProgramPartner : IEquatable<ProgramPartner>
{
    [JsonConstructor]
    internal ProgramPartner(string organizationId, IReadOnlyList<PartnerRole> roles, SourceDocument source)
    {
        OrganizationId = organizationId;
        Roles = ReadOnly.Copy(roles);
        Source = source;
    }

    /// <summary>The id of the organization (an <see cref="Organization.Id"/> of the catalog).</summary>
    public string OrganizationId { get; }

    /// <summary>The organization's roles in the program; at least one, distinct.</summary>
    public IReadOnlyList<PartnerRole> Roles { get; }

    /// <summary>The source document that states the partnership.</summary>
    public SourceDocument Source { get; }

    /// <summary>Creates a partnership.</summary>
    /// <returns>The partner, or every problem (<see cref="OrganizationErrors.PartnerWithoutRole"/>, repeated roles, …).</returns>
    public static Result<ProgramPartner> Create(string organizationId, IEnumerable<PartnerRole> roles, SourceDocument source)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var partner = new ProgramPartner(organizationId, [.. roles], source);
        return Problems.Check(partner, partner.Validate);
    }

    /// <summary>Whether the organization plays <paramref name="role"/>.</summary>
    public bool Has(PartnerRole role) => Roles.Contains(role);

    /// <inheritdoc/>
    public bool Equals(ProgramPartner? other) =>
        other is not null && OrganizationId == other.OrganizationId && Equality.Lists(Roles, other.Roles) && Source == other.Source;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ProgramPartner);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(OrganizationId, Equality.Hash(Roles), Source);

    /// <summary>Returns the organization id and its roles, e.g. <c>alka: organizer-facilitator</c>.</summary>
    public override string ToString() => $"{OrganizationId}: {string.Join(", ", Roles.Select(r => r.ToId()))}";

    internal void Validate(Problems problems, string path)
    {
        problems.Id(OrganizationId, At.Member(path, "organizationId"));
        if (Roles.Count == 0)
        {
            problems.Add(At.Member(path, "roles"), OrganizationErrors.PartnerWithoutRole, "A partner plays at least one role.");
        }

        problems.Each(Roles, At.Member(path, "roles"), (r, p, at) => p.Defined(r, at));
        problems.Distinct(Roles, At.Member(path, "roles"));
        problems.Defined(Source, At.Member(path, "source"));
    }
}
