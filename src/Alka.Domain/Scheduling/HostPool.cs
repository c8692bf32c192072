using System.Text.Json.Serialization;
using Alka.Domain.Geography;
using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Scheduling;

/// <summary>
/// The hosts a roaming forum rotates through: local councils (<see cref="VenueKind.HostCouncil"/>), named by their CBS
/// codes (<see cref="LocalAuthority.Code"/>, the ids of local elections too), or ministry offices
/// (<see cref="VenueKind.HostMinistryOffice"/>), named by kebab-case ids.
/// </summary>
/// <remarks>
/// Immutable; equality compares the kind and the host ids in order. An empty <see cref="HostIds"/> means the
/// participants' own councils or offices, named when meetings are planned (<c>alka plan --hosts</c>).
/// </remarks>
public sealed class HostPool : IEquatable<HostPool>
{
    [JsonConstructor]
    internal HostPool(VenueKind hostKind, IReadOnlyList<string>? hostIds = null)
    {
        HostKind = hostKind;
        HostIds = ReadOnly.Copy(hostIds);
    }

    /// <summary>What the hosts are: <see cref="VenueKind.HostCouncil"/> or <see cref="VenueKind.HostMinistryOffice"/>.</summary>
    public VenueKind HostKind { get; }

    /// <summary>
    /// The ids of the hosts, distinct: CBS codes of local authorities for councils, kebab-case ids otherwise; empty when
    /// the participants' own places host.
    /// </summary>
    public IReadOnlyList<string> HostIds { get; }

    /// <summary>A pool of the participants' own councils or offices, named at planning time.</summary>
    /// <param name="hostKind"><see cref="VenueKind.HostCouncil"/> or <see cref="VenueKind.HostMinistryOffice"/>.</param>
    /// <param name="hostIds">The hosts' ids, when known.</param>
    /// <returns>
    /// The pool, or every problem: <see cref="SchedulingErrors.HostPoolKind"/>; for councils
    /// <see cref="GeographyErrors.InvalidAuthority"/> and <see cref="GeographyErrors.UnknownAuthority"/>, for offices
    /// ids that are not kebab-case; repeated ids.
    /// </returns>
    public static Result<HostPool> Create(VenueKind hostKind, IEnumerable<string>? hostIds = null)
    {
        var pool = new HostPool(hostKind, hostIds?.ToList());
        return Problems.Check(pool, pool.Validate);
    }

    /// <inheritdoc/>
    public bool Equals(HostPool? other) =>
        other is not null && HostKind == other.HostKind && Equality.Lists(HostIds, other.HostIds);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as HostPool);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(HostKind, Equality.Hash(HostIds));

    internal void Validate(Problems problems, string path)
    {
        if (HostKind is not (VenueKind.HostCouncil or VenueKind.HostMinistryOffice))
        {
            problems.Add(At.Member(path, "hostKind"), SchedulingErrors.HostPoolKind, $"A host pool holds councils or ministry offices, not {HostKind}.");
        }

        problems.Each(HostIds, At.Member(path, "hostIds"), HostKind == VenueKind.HostCouncil ? Council : (id, p, at) => p.Id(id, at));
        problems.Unique(HostIds, id => id, At.Member(path, "hostIds"), "host");
    }

    private static void Council(string code, Problems problems, string path) => LocalAuthorities.Check(code, problems, path);
}
