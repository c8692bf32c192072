namespace Alka.Domain.Scheduling;

/// <summary>Where a meeting is held.</summary>
/// <remarks>
/// The stable text ids are public API: see <see cref="VenueKindIds"/>. The value <c>0</c> is not a valid value.
/// </remarks>
public enum VenueKind
{
    /// <summary>At a host local council, which gets a spotlight (מועצה מארחת). Id <c>host-council</c>.</summary>
    HostCouncil = 1,

    /// <summary>At the office of a host ministry (משרד מארח). Id <c>host-ministry-office</c>.</summary>
    HostMinistryOffice,

    /// <summary>At a place where the meeting's topic can be learned up close. Id <c>topic-site</c>.</summary>
    TopicSite,

    /// <summary>At a guest house contracted by the institute (בית הארחה). Id <c>guest-house</c>.</summary>
    GuestHouse,

    /// <summary>Abroad (בחו"ל). Id <c>abroad</c>.</summary>
    Abroad,
}
