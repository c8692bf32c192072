namespace Alka.Domain.Organizations;

/// <summary>The stable text ids of <see cref="PartnerRole"/> values, as used in JSON, files and on the command line.</summary>
public static class PartnerRoleIds
{
    /// <summary>Every value, in declaration order.</summary>
    public static IReadOnlyList<PartnerRole> All { get; } =
        [PartnerRole.LeadMinistry, PartnerRole.CoLead, PartnerRole.Initiator, PartnerRole.ProfessionalAccompaniment, PartnerRole.OrganizerFacilitator, PartnerRole.JointVenture, PartnerRole.Partner];

    /// <summary>Returns the id of <paramref name="value"/>, e.g. <c>partner</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string ToId(this PartnerRole value) => value switch
    {
        PartnerRole.LeadMinistry => "lead-ministry",
        PartnerRole.CoLead => "co-lead",
        PartnerRole.Initiator => "initiator",
        PartnerRole.ProfessionalAccompaniment => "professional-accompaniment",
        PartnerRole.OrganizerFacilitator => "organizer-facilitator",
        PartnerRole.JointVenture => "joint-venture",
        PartnerRole.Partner => "partner",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a partner role."),
    };

    /// <summary>Finds the value whose id is <paramref name="id"/> (ordinal, case-sensitive).</summary>
    /// <returns><see langword="true"/> when <paramref name="id"/> names a value.</returns>
    public static bool TryParse(string? id, out PartnerRole value) => Ids.TryParse(All, ToId, id, out value);
}
