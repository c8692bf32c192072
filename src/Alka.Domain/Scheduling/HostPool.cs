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
/// Immutable; equality compares the kind and the hosts in order. An empty <see cref="Hosts"/> means the participants'
/// own councils or offices, named when meetings are planned (<c>alka plan --hosts</c>).
/// </remarks>
public sealed class HostPool : IEquatable<HostPool>
{
    [JsonConstructor]
    internal HostPool(VenueKind hostKind, IReadOnlyList<Host>? hosts = null)
    {
        HostKind = hostKind;
        Hosts = ReadOnly.Copy(hosts);
    }

    /// <summary>What the hosts are: <see cref="VenueKind.HostCouncil"/> or <see cref="VenueKind.HostMinistryOffice"/>.</summary>
    public VenueKind HostKind { get; }

    /// <summary>
    /// The hosts in their rotation order, ids distinct; empty when the participants' own places host and are named at
    /// planning time.
    /// </summary>
    public IReadOnlyList<Host> Hosts { get; }

    /// <summary>A pool of hosts; without <paramref name="hosts"/>, of the participants' own councils or offices, named at planning time.</summary>
    /// <param name="hostKind"><see cref="VenueKind.HostCouncil"/> or <see cref="VenueKind.HostMinistryOffice"/>.</param>
    /// <param name="hosts">The hosts in their rotation order, when known.</param>
    /// <returns>
    /// The pool, or every problem: <see cref="SchedulingErrors.HostPoolKind"/>; invalid hosts (a council's id must be the
    /// CBS code of a local authority: <see cref="GeographyErrors.InvalidAuthority"/>,
    /// <see cref="GeographyErrors.UnknownAuthority"/>); repeated ids.
    /// </returns>
    public static Result<HostPool> Create(VenueKind hostKind, IEnumerable<Host>? hosts = null)
    {
        var pool = new HostPool(hostKind, hosts?.ToList());
        return Problems.Check(pool, pool.Validate);
    }

    /// <inheritdoc/>
    public bool Equals(HostPool? other) =>
        other is not null && HostKind == other.HostKind && Equality.Lists(Hosts, other.Hosts);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as HostPool);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(HostKind, Equality.Hash(Hosts));

    internal void Validate(Problems problems, string path)
    {
        if (HostKind is not (VenueKind.HostCouncil or VenueKind.HostMinistryOffice))
        {
            problems.Add(At.Member(path, "hostKind"), SchedulingErrors.HostPoolKind, $"A host pool holds councils or ministry offices, not {HostKind}.");
        }

        problems.Entries(Hosts, At.Member(path, "hosts"), h => h.Id, (h, p, at) => h.Validate(p, at, council: HostKind == VenueKind.HostCouncil));
    }
}
