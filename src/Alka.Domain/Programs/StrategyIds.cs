namespace Alka.Domain.Programs;

/// <summary>The stable text ids of <see cref="Strategy"/> values, as used in JSON, files and on the command line.</summary>
public static class StrategyIds
{
    /// <summary>Every value, in declaration order.</summary>
    public static IReadOnlyList<Strategy> All { get; } =
        [Strategy.LearningPrograms, Strategy.LeadershipSupport, Strategy.CrossSectorProcesses];

    /// <summary>Returns the id of <paramref name="value"/>, e.g. <c>cross-sector-processes</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string ToId(this Strategy value) => value switch
    {
        Strategy.LearningPrograms => "learning-programs",
        Strategy.LeadershipSupport => "leadership-support",
        Strategy.CrossSectorProcesses => "cross-sector-processes",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a strategy."),
    };

    /// <summary>Finds the value whose id is <paramref name="id"/> (ordinal, case-sensitive).</summary>
    /// <returns><see langword="true"/> when <paramref name="id"/> names a value.</returns>
    public static bool TryParse(string? id, out Strategy value) => Ids.TryParse(All, ToId, id, out value);
}
