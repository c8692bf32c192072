using System.Text.Json.Serialization;
using Alka.Domain.Serialization;

namespace Alka.Domain.Programs;

/// <summary>One of the institute's three interconnected strategies; one program may use several.</summary>
/// <remarks>
/// The ids of its members are public API (see <see cref="Ids"/>). The value <c>0</c> is not a valid value.
/// </remarks>
[JsonConverter(typeof(IdJsonConverter<Strategy>))]
public enum Strategy
{
    /// <summary>Learning programs for leaders, oriented to social impact.</summary>
    [JsonStringEnumMemberName("learning-programs")]
    LearningPrograms = 1,

    /// <summary>Mentoring and supporting transformative and adaptive leaders for measurable, sustainable, system-wide impact.</summary>
    [JsonStringEnumMemberName("leadership-support")]
    LeadershipSupport,

    /// <summary>Supporting high-impact processes of leaders with government, and building infrastructure for cross-sector collaboration.</summary>
    [JsonStringEnumMemberName("cross-sector-processes")]
    CrossSectorProcesses,
}
