namespace Alka.Domain.Governance;

/// <summary>In what capacity a member sits on a governing body.</summary>
/// <remarks>
/// The stable text ids are public API: see <see cref="MemberCapacityIds"/>. The value <c>0</c> is not a valid value.
/// </remarks>
public enum MemberCapacity
{
    /// <summary>The head of a partner organization (ראשי הארגונים השותפים). Id <c>organization-head</c>.</summary>
    OrganizationHead = 1,

    /// <summary>A representative of a partner organization (נציג). Id <c>organization-representative</c>.</summary>
    OrganizationRepresentative,

    /// <summary>Participants of the program themselves, e.g. council heads on the steering committee. Id <c>participant</c>.</summary>
    Participant,

    /// <summary>Representatives of the participants, e.g. of the council heads on the planning team. Id <c>participant-representative</c>.</summary>
    ParticipantRepresentative,

    /// <summary>A member of the program's staff in a staff role. Id <c>staff</c>.</summary>
    Staff,
}
