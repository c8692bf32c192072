namespace Alka.Domain.Scheduling;

/// <summary>The error codes of cadences, meeting series, roaming and forum calendars.</summary>
public static class SchedulingErrors
{
    /// <summary>A cadence lacks a member its kind needs (e.g. <c>every</c> without a unit).</summary>
    /// <remarks>The cadence of a body or series (<see cref="Governance.GoverningBody.Create"/>,
    /// <see cref="MeetingSeries.Create"/>, as read by <see cref="Serialization.CatalogJson"/>); identifier <c>…cadence.unit</c>, ….</remarks>
    public const string CadenceMemberMissing = "cadence-member-missing";

    /// <summary>A cadence sets a member its kind does not use (e.g. a span on <c>every</c>).</summary>
    /// <remarks>As <see cref="CadenceMemberMissing"/>.</remarks>
    public const string CadenceMemberUnexpected = "cadence-member-unexpected";

    /// <summary>A cadence that runs before each meeting of a kind refers to a kind the program has no series of.</summary>
    /// <remarks><see cref="Programs.InstituteProgram.Create"/> (identifier <c>…cadence.before</c>).</remarks>
    public const string CadenceBeforeUnknownMeeting = "cadence-before-unknown-meeting";

    /// <summary>A roaming series has no host pool.</summary>
    /// <remarks><see cref="RoamingPolicy.Create"/>, <see cref="MeetingSeries.Create"/> (identifier <c>hostPool</c>).</remarks>
    public const string RoamingWithoutHostPool = "roaming-without-host-pool";

    /// <summary>A series held at a host (a council, a ministry office) is not roaming.</summary>
    /// <remarks><see cref="MeetingSeries.Create"/> (identifier <c>roaming</c>).</remarks>
    public const string HostVenueWithoutRoaming = "host-venue-without-roaming";

    /// <summary>A host pool's kind is not a host venue, or differs from the series' venue.</summary>
    /// <remarks><see cref="HostPool.Create"/>, <see cref="MeetingSeries.Create"/> (identifier <c>…hostKind</c>).</remarks>
    public const string HostPoolKind = "host-pool-kind";

    /// <summary>No day after the given one, up to <see cref="ForumCalendar.MaxDate"/>, is available to the forum.</summary>
    /// <remarks><see cref="ForumCalendar.NextAvailable"/> (identifier <c>date</c>).</remarks>
    public const string NoAvailableDay = "no-available-day";
}
