using System.Text.Json.Serialization;
using Alka.Domain.Serialization;

namespace Alka.Domain.Programs;

/// <summary>The kind of a program of the institute; the ids are the JSON discriminators and the <c>kind</c> column of <c>alka catalog list</c>.</summary>
/// <remarks>
/// The ids of its members are public API (see <see cref="Ids"/>). The value <c>0</c> is not a valid value.
/// </remarks>
[JsonConverter(typeof(IdJsonConverter<ProgramKind>))]
public enum ProgramKind
{
    /// <summary>A cohort-based learning program (<see cref="LearningProgramFormat"/>).</summary>
    [JsonStringEnumMemberName("learning-program")]
    LearningProgram = 1,

    /// <summary>A standing peer forum (<see cref="PeerForumFormat"/>).</summary>
    [JsonStringEnumMemberName("peer-forum")]
    PeerForum,

    /// <summary>A national forum made of regional forums (<see cref="RegionalForumFormat"/>).</summary>
    [JsonStringEnumMemberName("regional-forum")]
    RegionalForum,

    /// <summary>A cross-sector process run through task forces (<see cref="CrossSectorProcessFormat"/>).</summary>
    [JsonStringEnumMemberName("cross-sector-process")]
    CrossSectorProcess,

    /// <summary>A network or coalition of leaders or organizations (<see cref="NetworkFormat"/>).</summary>
    [JsonStringEnumMemberName("network")]
    Network,
}
