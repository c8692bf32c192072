using System.Text.Json.Serialization;
using Alka.Domain.Serialization;

namespace Alka.Domain.Scheduling;

/// <summary>Where a meeting is held.</summary>
/// <remarks>
/// The ids of its members are public API (see <see cref="Ids"/>). The value <c>0</c> is not a valid value.
/// </remarks>
[JsonConverter(typeof(IdJsonConverter<VenueKind>))]
public enum VenueKind
{
    /// <summary>At a host local council, which gets a spotlight (מועצה מארחת).</summary>
    [JsonStringEnumMemberName("host-council")]
    HostCouncil = 1,

    /// <summary>At the office of a host ministry (משרד מארח).</summary>
    [JsonStringEnumMemberName("host-ministry-office")]
    HostMinistryOffice,

    /// <summary>At a place where the meeting's topic can be learned up close.</summary>
    [JsonStringEnumMemberName("topic-site")]
    TopicSite,

    /// <summary>At a guest house contracted by the institute (בית הארחה).</summary>
    [JsonStringEnumMemberName("guest-house")]
    GuestHouse,

    /// <summary>Abroad (בחו"ל).</summary>
    [JsonStringEnumMemberName("abroad")]
    Abroad,
}
