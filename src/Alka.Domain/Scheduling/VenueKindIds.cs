namespace Alka.Domain.Scheduling;

/// <summary>The stable text ids of <see cref="VenueKind"/> values, as used in JSON, files and on the command line.</summary>
public static class VenueKindIds
{
    /// <summary>Every value, in declaration order.</summary>
    public static IReadOnlyList<VenueKind> All { get; } =
        [VenueKind.HostCouncil, VenueKind.HostMinistryOffice, VenueKind.TopicSite, VenueKind.GuestHouse, VenueKind.Abroad];

    /// <summary>Returns the id of <paramref name="value"/>, e.g. <c>abroad</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string ToId(this VenueKind value) => value switch
    {
        VenueKind.HostCouncil => "host-council",
        VenueKind.HostMinistryOffice => "host-ministry-office",
        VenueKind.TopicSite => "topic-site",
        VenueKind.GuestHouse => "guest-house",
        VenueKind.Abroad => "abroad",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a venue kind."),
    };

    /// <summary>Finds the value whose id is <paramref name="id"/> (ordinal, case-sensitive).</summary>
    /// <returns><see langword="true"/> when <paramref name="id"/> names a value.</returns>
    public static bool TryParse(string? id, out VenueKind value) => Ids.TryParse(All, ToId, id, out value);
}
