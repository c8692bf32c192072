namespace Alka.Domain.Governance;

/// <summary>A staff role in a program.</summary>
/// <remarks>
/// The stable text ids are public API: see <see cref="StaffRoleIds"/>. The value <c>0</c> is not a valid value.
/// </remarks>
public enum StaffRole
{
    /// <summary>A senior program manager, who heads the program managers (מנהלת תוכנית בכירה). Id <c>senior-program-manager</c>.</summary>
    SeniorProgramManager = 1,

    /// <summary>A program manager (מנהל/ת תוכנית). Id <c>program-manager</c>.</summary>
    ProgramManager,

    /// <summary>A cohort coordinator (רכזת). Id <c>coordinator</c>.</summary>
    Coordinator,

    /// <summary>A facilitator or consultant of meetings (מנחה). Id <c>facilitator</c>.</summary>
    Facilitator,

    /// <summary>A long-term consultant who accompanies the program over time (יועץ אורך). Id <c>long-term-consultant</c>.</summary>
    LongTermConsultant,

    /// <summary>Lecturers and facilitators of a learning program (סגל המרצים והמנחים). Id <c>faculty</c>.</summary>
    Faculty,
}
