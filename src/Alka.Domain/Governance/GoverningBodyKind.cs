namespace Alka.Domain.Governance;

/// <summary>The kind of a body that governs or runs a program.</summary>
/// <remarks>
/// The stable text ids are public API: see <see cref="GoverningBodyKindIds"/>. The value <c>0</c> is not a valid value.
/// </remarks>
public enum GoverningBodyKind
{
    /// <summary>A steering committee (ועדת היגוי). Id <c>steering-committee</c>.</summary>
    SteeringCommittee = 1,

    /// <summary>An expanded steering committee (ועדת היגוי מורחבת), typically for the year's plan. Id <c>expanded-steering-committee</c>.</summary>
    ExpandedSteeringCommittee,

    /// <summary>A management team that runs the program day to day (צוות ניהול). Id <c>management-team</c>.</summary>
    ManagementTeam,

    /// <summary>A planning team that designs content and lecturers (צוות תכנון). Id <c>planning-team</c>.</summary>
    PlanningTeam,

    /// <summary>A task force on one topic or issue (צוות משימה). Id <c>task-force</c>.</summary>
    TaskForce,

    /// <summary>The program's professional team: its staff (צוות התכנית). Id <c>program-team</c>.</summary>
    ProgramTeam,
}
