using System.Text.Json.Serialization;
using Alka.Domain.Serialization;

namespace Alka.Domain.Selection;

/// <summary>A merit criterion candidates are scored on; the ids are the score columns of <c>alka select</c>.</summary>
/// <remarks>
/// The ids of its members are public API (see <see cref="Ids"/>). The value <c>0</c> is not a valid value.
/// </remarks>
[JsonConverter(typeof(IdJsonConverter<MeritCriterion>))]
public enum MeritCriterion
{
    /// <summary>Leadership skills (כישורי מנהיגות).</summary>
    [JsonStringEnumMemberName("leadership")]
    Leadership = 1,

    /// <summary>Ability to lead change in the ministry (יכולת להוביל שינויים במשרד).</summary>
    [JsonStringEnumMemberName("leads-change")]
    LeadsChange,

    /// <summary>Ability to work in a team (יכולת לעבוד בצוות).</summary>
    [JsonStringEnumMemberName("teamwork")]
    Teamwork,

    /// <summary>Developed social awareness (תודעה חברתית מפותחת).</summary>
    [JsonStringEnumMemberName("social-awareness")]
    SocialAwareness,

    /// <summary>Affinity to and interest in the subject (זיקה לנושא ועניין).</summary>
    [JsonStringEnumMemberName("affinity")]
    Affinity,

    /// <summary>Commitment to promoting interfaces with civil society (מחויבות לקידום ממשקים עם החברה האזרחית).</summary>
    [JsonStringEnumMemberName("commitment")]
    Commitment,
}
