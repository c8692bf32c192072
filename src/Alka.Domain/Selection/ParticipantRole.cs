namespace Alka.Domain.Selection;

/// <summary>A candidate's role; the ids are those of the <c>role</c> column of <c>alka select</c>.</summary>
/// <remarks>
/// The stable text ids are public API: see <see cref="ParticipantRoleIds"/>. The value <c>0</c> is not a valid value.
/// </remarks>
public enum ParticipantRole
{
    /// <summary>The head of a local council (ראש מועצה מקומית). Id <c>council-head</c>.</summary>
    CouncilHead = 1,

    /// <summary>A district manager of a ministry or statutory body (מנהל מחוז). Id <c>district-manager</c>.</summary>
    DistrictManager,

    /// <summary>A senior official of a ministry or of local government (פקיד/ה בכיר/ה). Id <c>senior-official</c>.</summary>
    SeniorOfficial,

    /// <summary>A Deputy Director-General of a ministry (סמנכ"ל). Id <c>deputy-director-general</c>.</summary>
    DeputyDirectorGeneral,

    /// <summary>A manager. Id <c>manager</c>.</summary>
    Manager,

    /// <summary>A chair or board member of a nonprofit (חבר/ת ועד). Id <c>board-member</c>.</summary>
    BoardMember,

    /// <summary>Any other role. Id <c>other</c>.</summary>
    Other,
}
