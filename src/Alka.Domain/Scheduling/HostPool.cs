using System.Text.Json.Serialization;
using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Scheduling;

/// <summary>
/// The hosts a roaming forum rotates through: local councils (<see cref="VenueKind.HostCouncil"/>) or ministry
/// offices (<see cref="VenueKind.HostMinistryOffice"/>).
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

    /// <summary>The ids of the hosts, kebab-case and distinct; empty when the participants' own places host.</summary>
    public IReadOnlyList<string> HostIds { get; }

    /// <summary>A pool of the participants' own councils or offices, named at planning time.</summary>
    /// <param name="hostKind"><see cref="VenueKind.HostCouncil"/> or <see cref="VenueKind.HostMinistryOffice"/>.</param>
    /// <param name="hostIds">The hosts' ids, when known.</param>
    /// <returns>The pool, or every problem: <see cref="SchedulingErrors.HostPoolKind"/>, bad or repeated ids.</returns>
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

        problems.Each(HostIds, At.Member(path, "hostIds"), (id, p, at) => p.Id(id, at));
        problems.Unique(HostIds, id => id, At.Member(path, "hostIds"), "host");
    }
}
