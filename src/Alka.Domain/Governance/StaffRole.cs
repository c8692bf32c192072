using System.Text.Json.Serialization;
using Alka.Domain.Serialization;

namespace Alka.Domain.Governance;

/// <summary>A staff role in a program.</summary>
/// <remarks>
/// The ids of its members are public API (see <see cref="Ids"/>). The value <c>0</c> is not a valid value.
/// </remarks>
[JsonConverter(typeof(IdJsonConverter<StaffRole>))]
public enum StaffRole
{
    /// <summary>A senior program manager, who heads the program managers (מנהלת תוכנית בכירה).</summary>
    [JsonStringEnumMemberName("senior-program-manager")]
    SeniorProgramManager = 1,

    /// <summary>A program manager (מנהל/ת תוכנית).</summary>
    [JsonStringEnumMemberName("program-manager")]
    ProgramManager,

    /// <summary>A cohort coordinator (רכזת).</summary>
    [JsonStringEnumMemberName("coordinator")]
    Coordinator,

    /// <summary>A facilitator or consultant of meetings (מנחה).</summary>
    [JsonStringEnumMemberName("facilitator")]
    Facilitator,

    /// <summary>A long-term consultant who accompanies the program over time (יועץ אורך).</summary>
    [JsonStringEnumMemberName("long-term-consultant")]
    LongTermConsultant,

    /// <summary>Lecturers and facilitators of a learning program (סגל המרצים והמנחים).</summary>
    [JsonStringEnumMemberName("faculty")]
    Faculty,
}
