namespace Alka.Domain.Geography;

/// <summary>The stable text ids of <see cref="Region"/> values, as used in JSON, files and on the command line.</summary>
public static class RegionIds
{
    /// <summary>Every value, in declaration order.</summary>
    public static IReadOnlyList<Region> All { get; } =
        [Region.North, Region.Haifa, Region.TelAvivCenter, Region.Jerusalem, Region.South];

    /// <summary>Returns the id of <paramref name="value"/>, e.g. <c>south</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string ToId(this Region value) => value switch
    {
        Region.North => "north",
        Region.Haifa => "haifa",
        Region.TelAvivCenter => "tel-aviv-center",
        Region.Jerusalem => "jerusalem",
        Region.South => "south",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a region."),
    };

    /// <summary>Finds the value whose id is <paramref name="id"/> (ordinal, case-sensitive).</summary>
    /// <returns><see langword="true"/> when <paramref name="id"/> names a value.</returns>
    public static bool TryParse(string? id, out Region value) => Ids.TryParse(All, ToId, id, out value);
}
