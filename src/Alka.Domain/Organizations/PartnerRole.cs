using System.Text.Json.Serialization;
using Alka.Domain.Serialization;

namespace Alka.Domain.Organizations;

/// <summary>The role an organization plays in a program.</summary>
/// <remarks>
/// The ids of its members are public API (see <see cref="Ids"/>). The value <c>0</c> is not a valid value.
/// </remarks>
[JsonConverter(typeof(IdJsonConverter<PartnerRole>))]
public enum PartnerRole
{
    /// <summary>The government ministry that leads the program (המשרד הממשלתי המוביל).</summary>
    [JsonStringEnumMemberName("lead-ministry")]
    LeadMinistry = 1,

    /// <summary>One of several organizations that lead the program together (מובילים את התוכנית).</summary>
    [JsonStringEnumMemberName("co-lead")]
    CoLead,

    /// <summary>An organization on whose initiative the program was founded (ביוזמת).</summary>
    [JsonStringEnumMemberName("initiator")]
    Initiator,

    /// <summary>Accompanies the program professionally (מלווה בהיבטים המקצועיים).</summary>
    [JsonStringEnumMemberName("professional-accompaniment")]
    ProfessionalAccompaniment,

    /// <summary>Organizes and facilitates all of the program's activity (מארגן ומנחה).</summary>
    [JsonStringEnumMemberName("organizer-facilitator")]
    OrganizerFacilitator,

    /// <summary>A party to the joint venture that ran the program or a cohort (מיזם משותף).</summary>
    [JsonStringEnumMemberName("joint-venture")]
    JointVenture,

    /// <summary>Any other partner.</summary>
    [JsonStringEnumMemberName("partner")]
    Partner,
}
