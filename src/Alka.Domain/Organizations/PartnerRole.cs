namespace Alka.Domain.Organizations;

/// <summary>The role an organization plays in a program.</summary>
/// <remarks>
/// The stable text ids are public API: see <see cref="PartnerRoleIds"/>. The value <c>0</c> is not a valid value.
/// </remarks>
public enum PartnerRole
{
    /// <summary>The government ministry that leads the program (המשרד הממשלתי המוביל). Id <c>lead-ministry</c>.</summary>
    LeadMinistry = 1,

    /// <summary>One of several organizations that lead the program together (מובילים את התוכנית). Id <c>co-lead</c>.</summary>
    CoLead,

    /// <summary>An organization on whose initiative the program was founded (ביוזמת). Id <c>initiator</c>.</summary>
    Initiator,

    /// <summary>Accompanies the program professionally (מלווה בהיבטים המקצועיים). Id <c>professional-accompaniment</c>.</summary>
    ProfessionalAccompaniment,

    /// <summary>Organizes and facilitates all of the program's activity (מארגן ומנחה). Id <c>organizer-facilitator</c>.</summary>
    OrganizerFacilitator,

    /// <summary>A party to the joint venture that ran the program or a cohort (מיזם משותף). Id <c>joint-venture</c>.</summary>
    JointVenture,

    /// <summary>Any other partner. Id <c>partner</c>.</summary>
    Partner,
}
