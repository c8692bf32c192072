namespace Alka.Domain.Programs;

/// <summary>The stable text ids of <see cref="ProgramKind"/> values, as used in JSON, files and on the command line.</summary>
public static class ProgramKindIds
{
    /// <summary>Every value, in declaration order.</summary>
    public static IReadOnlyList<ProgramKind> All { get; } =
        [ProgramKind.LearningProgram, ProgramKind.PeerForum, ProgramKind.RegionalForum, ProgramKind.CrossSectorProcess, ProgramKind.Network];

    /// <summary>Returns the id of <paramref name="value"/>, e.g. <c>network</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string ToId(this ProgramKind value) => value switch
    {
        ProgramKind.LearningProgram => "learning-program",
        ProgramKind.PeerForum => "peer-forum",
        ProgramKind.RegionalForum => "regional-forum",
        ProgramKind.CrossSectorProcess => "cross-sector-process",
        ProgramKind.Network => "network",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a program kind."),
    };

    /// <summary>Finds the value whose id is <paramref name="id"/> (ordinal, case-sensitive).</summary>
    /// <returns><see langword="true"/> when <paramref name="id"/> names a value.</returns>
    public static bool TryParse(string? id, out ProgramKind value) => Ids.TryParse(All, ToId, id, out value);
}
