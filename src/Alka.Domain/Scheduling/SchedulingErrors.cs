namespace Alka.Domain.Scheduling;

/// <summary>The error codes of cadences, meeting series and roaming.</summary>
public static class SchedulingErrors
{
    /// <summary>A cadence lacks a member its kind needs (e.g. <c>every</c> without a unit).</summary>
    public const string CadenceMemberMissing = "cadence-member-missing";

    /// <summary>A cadence sets a member its kind does not use (e.g. a span on <c>every</c>).</summary>
    public const string CadenceMemberUnexpected = "cadence-member-unexpected";

    /// <summary>A cadence that runs before each meeting of a kind refers to a kind the program has no series of.</summary>
    public const string CadenceBeforeUnknownMeeting = "cadence-before-unknown-meeting";

    /// <summary>A roaming series has no host pool.</summary>
    public const string RoamingWithoutHostPool = "roaming-without-host-pool";

    /// <summary>A series held at a host (a council, a ministry office) is not roaming.</summary>
    public const string HostVenueWithoutRoaming = "host-venue-without-roaming";

    /// <summary>A host pool's kind is not a host venue, or differs from the series' venue.</summary>
    public const string HostPoolKind = "host-pool-kind";

    /// <summary>A host of a series' pool belongs to another group than the series' (a region's forum hosted in another region).</summary>
    public const string HostOutsideGroup = "host-outside-group";

    /// <summary>A local authority is not named by its CBS code (one to four digits, e.g. <c>0031</c>).</summary>
    public const string InvalidAuthorityCode = "invalid-authority-code";

    /// <summary>An interval such as <c>6w</c>, <c>30d</c> or <c>2m</c> cannot be read.</summary>
    public const string UnreadableInterval = "unreadable-interval";
}
