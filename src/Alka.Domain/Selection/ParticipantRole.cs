using System.Text.Json.Serialization;
using Alka.Domain.Serialization;

namespace Alka.Domain.Selection;

/// <summary>A candidate's role; the ids are those of the <c>role</c> column of <c>alka select</c>.</summary>
/// <remarks>
/// The ids of its members are public API (see <see cref="Ids"/>). The value <c>0</c> is not a valid value.
/// </remarks>
[JsonConverter(typeof(IdJsonConverter<ParticipantRole>))]
public enum ParticipantRole
{
    /// <summary>The head of a local council (ראש מועצה מקומית).</summary>
    [JsonStringEnumMemberName("council-head")]
    CouncilHead = 1,

    /// <summary>A district manager of a ministry or statutory body (מנהל מחוז).</summary>
    [JsonStringEnumMemberName("district-manager")]
    DistrictManager,

    /// <summary>A senior official of a ministry or of local government (פקיד/ה בכיר/ה).</summary>
    [JsonStringEnumMemberName("senior-official")]
    SeniorOfficial,

    /// <summary>A Deputy Director-General of a ministry (סמנכ"ל).</summary>
    [JsonStringEnumMemberName("deputy-director-general")]
    DeputyDirectorGeneral,

    /// <summary>A manager.</summary>
    [JsonStringEnumMemberName("manager")]
    Manager,

    /// <summary>A chair or board member of a nonprofit (חבר/ת ועד).</summary>
    [JsonStringEnumMemberName("board-member")]
    BoardMember,

    /// <summary>Any other role.</summary>
    [JsonStringEnumMemberName("other")]
    Other,
}
