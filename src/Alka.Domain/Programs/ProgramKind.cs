namespace Alka.Domain.Programs;

/// <summary>The kind of a program of the institute; the ids are the JSON discriminators and the <c>kind</c> column of <c>alka catalog list</c>.</summary>
/// <remarks>
/// The stable text ids are public API: see <see cref="ProgramKindIds"/>. The value <c>0</c> is not a valid value.
/// </remarks>
public enum ProgramKind
{
    /// <summary>A cohort-based learning program (<see cref="LearningProgramFormat"/>). Id <c>learning-program</c>.</summary>
    LearningProgram = 1,

    /// <summary>A standing peer forum (<see cref="PeerForumFormat"/>). Id <c>peer-forum</c>.</summary>
    PeerForum,

    /// <summary>A national forum made of regional forums (<see cref="RegionalForumFormat"/>). Id <c>regional-forum</c>.</summary>
    RegionalForum,

    /// <summary>A cross-sector process run through task forces (<see cref="CrossSectorProcessFormat"/>). Id <c>cross-sector-process</c>.</summary>
    CrossSectorProcess,

    /// <summary>A network or coalition of leaders or organizations (<see cref="NetworkFormat"/>). Id <c>network</c>.</summary>
    Network,
}
