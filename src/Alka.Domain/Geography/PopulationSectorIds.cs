namespace Alka.Domain.Geography;

/// <summary>The stable text ids of <see cref="PopulationSector"/> values, as used in JSON, files and on the command line.</summary>
public static class PopulationSectorIds
{
    /// <summary>Every value, in declaration order.</summary>
    public static IReadOnlyList<PopulationSector> All { get; } = [PopulationSector.Jewish, PopulationSector.Arab, PopulationSector.Mixed];

    /// <summary>Returns the id of <paramref name="value"/>, e.g. <c>mixed</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string ToId(this PopulationSector value) => value switch
    {
        PopulationSector.Jewish => "jewish",
        PopulationSector.Arab => "arab",
        PopulationSector.Mixed => "mixed",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a population sector."),
    };

    /// <summary>Finds the value whose id is <paramref name="id"/> (ordinal, case-sensitive).</summary>
    /// <returns><see langword="true"/> when <paramref name="id"/> names a value.</returns>
    public static bool TryParse(string? id, out PopulationSector value) => Ids.TryParse(All, ToId, id, out value);
}
