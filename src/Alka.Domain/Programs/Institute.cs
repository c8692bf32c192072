using System.Text.Json.Serialization;
using Alka.Domain.Sources;
using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Programs;

/// <summary>
/// The Alka Institute for Leadership and Governance (מכון אלכא למנהיגות וממשל), part of JDC Israel: its approach
/// (Collective Impact), its three interconnected strategies and its centers.
/// </summary>
/// <remarks>Immutable; equality compares every member.</remarks>
public sealed class Institute : IEquatable<Institute>
{
    [JsonConstructor]
    internal Institute(
        string organizationId,
        string parentOrganizationId,
        BilingualText approach,
        IReadOnlyList<StrategyDescription> strategies,
        IReadOnlyList<Center> centers,
        SourceDocument source)
    {
        OrganizationId = organizationId;
        ParentOrganizationId = parentOrganizationId;
        Approach = approach;
        Strategies = ReadOnly.Copy(strategies);
        Centers = ReadOnly.Copy(centers);
        Source = source;
    }

    /// <summary>The institute's id among the catalog's organizations (<c>alka</c>).</summary>
    public string OrganizationId { get; }

    /// <summary>The id of the organization the institute belongs to (<c>jdc-israel</c>).</summary>
    public string ParentOrganizationId { get; }

    /// <summary>The institute's approach: Collective Impact through cross-sector collaboration.</summary>
    public BilingualText Approach { get; }

    /// <summary>The three strategies, in the source's order, each once.</summary>
    public IReadOnlyList<StrategyDescription> Strategies { get; }

    /// <summary>The centers, in the source's order.</summary>
    public IReadOnlyList<Center> Centers { get; }

    /// <summary>The source document that describes the institute.</summary>
    public SourceDocument Source { get; }

    /// <summary>Creates the institute's description.</summary>
    /// <returns>The institute, or every problem (invalid centers or strategies, repeated ids or strategies).</returns>
    public static Result<Institute> Create(
        string organizationId,
        string parentOrganizationId,
        BilingualText approach,
        IEnumerable<StrategyDescription> strategies,
        IEnumerable<Center> centers,
        SourceDocument source)
    {
        ArgumentNullException.ThrowIfNull(strategies);
        ArgumentNullException.ThrowIfNull(centers);
        var institute = new Institute(organizationId, parentOrganizationId, approach, [.. strategies], [.. centers], source);
        return Problems.Check(institute, institute.Validate);
    }

    /// <summary>The center with id <paramref name="id"/>, or <see langword="null"/>.</summary>
    public Center? FindCenter(string id) => Centers.FirstOrDefault(c => c.Id == id);

    /// <inheritdoc/>
    public bool Equals(Institute? other) =>
        other is not null && OrganizationId == other.OrganizationId && ParentOrganizationId == other.ParentOrganizationId
        && Equals(Approach, other.Approach) && Equality.Lists(Strategies, other.Strategies)
        && Equality.Lists(Centers, other.Centers) && Source == other.Source;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Institute);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(OrganizationId, Approach, Equality.Hash(Centers));

    internal void Validate(Problems problems, string path)
    {
        problems.Id(OrganizationId, At.Member(path, "organizationId"));
        problems.Id(ParentOrganizationId, At.Member(path, "parentOrganizationId"));
        BilingualText.Validate(Approach, problems, At.Member(path, "approach"));
        var strategies = At.Member(path, "strategies");
        problems.Items(Strategies, strategies, (s, p, at) => s.Validate(p, at));
        problems.Unique(Strategies, s => s?.Strategy.ToString(), strategies, "strategy");
        var centers = At.Member(path, "centers");
        problems.Items(Centers, centers, (c, p, at) => c.Validate(p, at));
        problems.Unique(Centers, c => c?.Id, centers, "center");
        problems.Defined(Source, At.Member(path, "source"));
    }
}
