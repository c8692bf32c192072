using System.Text.Json.Serialization;
using Alka.Domain.Serialization;

namespace Alka.Domain.Governance;

/// <summary>In what capacity a member sits on a governing body.</summary>
/// <remarks>
/// The ids of its members are public API (see <see cref="Ids"/>). The value <c>0</c> is not a valid value.
/// </remarks>
[JsonConverter(typeof(IdJsonConverter<MemberCapacity>))]
public enum MemberCapacity
{
    /// <summary>The head of a partner organization (ראשי הארגונים השותפים).</summary>
    [JsonStringEnumMemberName("organization-head")]
    OrganizationHead = 1,

    /// <summary>A representative of a partner organization (נציג).</summary>
    [JsonStringEnumMemberName("organization-representative")]
    OrganizationRepresentative,

    /// <summary>Participants of the program themselves, e.g. council heads on the steering committee.</summary>
    [JsonStringEnumMemberName("participant")]
    Participant,

    /// <summary>Representatives of the participants, e.g. of the council heads on the planning team.</summary>
    [JsonStringEnumMemberName("participant-representative")]
    ParticipantRepresentative,

    /// <summary>A member of the program's staff in a staff role.</summary>
    [JsonStringEnumMemberName("staff")]
    Staff,
}
