using System.Text.Json.Serialization;
using Alka.Domain.Serialization;

namespace Alka.Domain.Governance;

/// <summary>The kind of a body that governs or runs a program.</summary>
/// <remarks>
/// The ids of its members are public API (see <see cref="Ids"/>). The value <c>0</c> is not a valid value.
/// </remarks>
[JsonConverter(typeof(IdJsonConverter<GoverningBodyKind>))]
public enum GoverningBodyKind
{
    /// <summary>A steering committee (ועדת היגוי).</summary>
    [JsonStringEnumMemberName("steering-committee")]
    SteeringCommittee = 1,

    /// <summary>An expanded steering committee (ועדת היגוי מורחבת), typically for the year's plan.</summary>
    [JsonStringEnumMemberName("expanded-steering-committee")]
    ExpandedSteeringCommittee,

    /// <summary>A management team that runs the program day to day (צוות ניהול).</summary>
    [JsonStringEnumMemberName("management-team")]
    ManagementTeam,

    /// <summary>A planning team that designs content and lecturers (צוות תכנון).</summary>
    [JsonStringEnumMemberName("planning-team")]
    PlanningTeam,

    /// <summary>A task force on one topic or issue (צוות משימה).</summary>
    [JsonStringEnumMemberName("task-force")]
    TaskForce,

    /// <summary>The program's professional team: its staff (צוות התכנית).</summary>
    [JsonStringEnumMemberName("program-team")]
    ProgramTeam,
}
