using System.Text.Json.Serialization;
using Alka.Domain.Sources;
using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Organizations;

/// <summary>
/// An organization that takes part in the institute's programs: a ministry, a government unit, a local authority, a
/// nonprofit, the institute itself — or a group of them that a source names together ("local municipalities").
/// </summary>
/// <remarks>Immutable and thread-safe; equality compares every member.</remarks>
public sealed class Organization : IEquatable<Organization>
{
    [JsonConstructor]
    internal Organization(string id, BilingualText name, OrganizationKind kind, SourceDocument source, string? parentId = null, bool isGroup = false)
    {
        Id = id;
        Name = name;
        Kind = kind;
        Source = source;
        ParentId = parentId;
        IsGroup = isGroup;
    }

    /// <summary>The organization's id, kebab-case and unique in the catalog (e.g. <c>ministry-of-interior</c>).</summary>
    public string Id { get; }

    /// <summary>The organization's name.</summary>
    public BilingualText Name { get; }

    /// <summary>What kind of organization it is.</summary>
    public OrganizationKind Kind { get; }

    /// <summary>The sector the organization belongs to, from its <see cref="Kind"/> (see <see cref="SectorOf"/>).</summary>
    [JsonIgnore]
    public Sector Sector => SectorOf(Kind);

    /// <summary>The source document that names the organization.</summary>
    public SourceDocument Source { get; }

    /// <summary>The id of the organization this one is part of (the ICT Authority of the Prime Minister's Office), or <see langword="null"/>.</summary>
    public string? ParentId { get; }

    /// <summary>Whether this stands for a group of organizations a source names together ("businesses", "the third sector").</summary>
    public bool IsGroup { get; }

    /// <summary>
    /// The sector of an organization of kind <paramref name="kind"/>: ministries and government units are
    /// <see cref="Sector.CentralGovernment"/>, local authorities <see cref="Sector.LocalGovernment"/>, and the
    /// institute (a nonprofit, part of JDC Israel) <see cref="Sector.CivilSociety"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static Sector SectorOf(OrganizationKind kind) => kind switch
    {
        OrganizationKind.Ministry or OrganizationKind.GovernmentUnit => Sector.CentralGovernment,
        OrganizationKind.StatutoryBody => Sector.StatutoryBody,
        OrganizationKind.LocalAuthority => Sector.LocalGovernment,
        OrganizationKind.CivilSocietyOrganization or OrganizationKind.Institute => Sector.CivilSociety,
        OrganizationKind.Business => Sector.Business,
        OrganizationKind.Philanthropy => Sector.Philanthropy,
        OrganizationKind.Academia => Sector.Academia,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an organization kind."),
    };

    /// <summary>Creates an organization.</summary>
    /// <returns>The organization, or every problem (a bad id, a missing name, an undefined kind or source).</returns>
    public static Result<Organization> Create(
        string id, BilingualText name, OrganizationKind kind, SourceDocument source, string? parentId = null, bool isGroup = false)
    {
        var organization = new Organization(id, name, kind, source, parentId, isGroup);
        return Problems.Check(organization, organization.Validate);
    }

    /// <inheritdoc/>
    public bool Equals(Organization? other) =>
        other is not null && Id == other.Id && Equals(Name, other.Name) && Kind == other.Kind && Source == other.Source
        && ParentId == other.ParentId && IsGroup == other.IsGroup;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Organization);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Name, Kind, Source, ParentId, IsGroup);

    /// <summary>Returns the id and the English name.</summary>
    public override string ToString() => $"{Id} ({Name?.English})";

    internal void Validate(Problems problems, string path)
    {
        problems.Id(Id, At.Member(path, "id"));
        BilingualText.Validate(Name, problems, At.Member(path, "name"));
        problems.Defined(Kind, At.Member(path, "kind"));
        problems.Defined(Source, At.Member(path, "source"));
        if (ParentId is not null)
        {
            problems.Id(ParentId, At.Member(path, "parentId"));
            if (ParentId == Id)
            {
                problems.Add(At.Member(path, "parentId"), OrganizationErrors.ParentCycle, "An organization cannot be its own parent.");
            }
        }
    }
}
