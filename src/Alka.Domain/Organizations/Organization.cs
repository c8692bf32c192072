using System.Text.Json.Serialization;
using Alka.Domain.Sources;
using Alka.Domain.Validation;

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

    /// <summary>The sector the organization belongs to, from its <see cref="Kind"/>.</summary>
    [JsonIgnore]
    public Sector Sector => Kind.Sector();

    /// <summary>The source document that names the organization.</summary>
    public SourceDocument Source { get; }

    /// <summary>The id of the organization this one is part of (the ICT Authority of the Prime Minister's Office), or <see langword="null"/>.</summary>
    public string? ParentId { get; }

    /// <summary>Whether this stands for a group of organizations a source names together ("businesses", "the third sector").</summary>
    public bool IsGroup { get; }

    /// <summary>Creates an organization.</summary>
    /// <returns>The organization, or every problem (a bad id, a missing name, an undefined kind or source).</returns>
    public static Ardalis.Result.Result<Organization> Create(
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
        problems.Defined(Kind, OrganizationKindIds.All, At.Member(path, "kind"));
        problems.Defined(Source, SourceDocumentIds.All, At.Member(path, "source"));
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
