using System.Text.Json.Serialization;
using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Scheduling;

/// <summary>
/// A roaming forum (פורום נודד): every meeting is hosted by a different host of the pool; no host repeats before the
/// others have hosted; the host may get a spotlight.
/// </summary>
/// <remarks>Immutable; equality compares every member.</remarks>
public sealed class RoamingPolicy : IEquatable<RoamingPolicy>
{
    [JsonConstructor]
    internal RoamingPolicy(HostPool hostPool, bool spotlightOnHost, VenueKind? alternativeVenue = null)
    {
        HostPool = hostPool;
        SpotlightOnHost = spotlightOnHost;
        AlternativeVenue = alternativeVenue;
    }

    /// <summary>The hosts the forum rotates through.</summary>
    public HostPool HostPool { get; }

    /// <summary>Whether a meeting puts a spotlight on its host (ניתן זרקור על הרשות המארחת).</summary>
    public bool SpotlightOnHost { get; }

    /// <summary>
    /// Where a meeting may be held instead of at a host, e.g. <see cref="VenueKind.TopicSite"/>: "or at a place where
    /// the meeting's topic can be learned up close"; <see langword="null"/> when every meeting is at a host.
    /// </summary>
    public VenueKind? AlternativeVenue { get; }

    /// <summary>Creates a roaming policy.</summary>
    /// <returns>The policy, or every problem (<see cref="SchedulingErrors.RoamingWithoutHostPool"/>, …).</returns>
    public static Result<RoamingPolicy> Create(HostPool hostPool, bool spotlightOnHost, VenueKind? alternativeVenue = null)
    {
        var policy = new RoamingPolicy(hostPool, spotlightOnHost, alternativeVenue);
        return Problems.Check(policy, policy.Validate);
    }

    /// <inheritdoc/>
    public bool Equals(RoamingPolicy? other) =>
        other is not null && Equals(HostPool, other.HostPool) && SpotlightOnHost == other.SpotlightOnHost
        && AlternativeVenue == other.AlternativeVenue;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RoamingPolicy);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(HostPool, SpotlightOnHost, AlternativeVenue);

    internal void Validate(Problems problems, string path)
    {
        if (HostPool is null)
        {
            problems.Add(At.Member(path, "hostPool"), SchedulingErrors.RoamingWithoutHostPool, "A roaming forum needs a pool of hosts.");
        }
        else
        {
            HostPool.Validate(problems, At.Member(path, "hostPool"));
        }

        problems.Defined(AlternativeVenue, At.Member(path, "alternativeVenue"));
    }
}
