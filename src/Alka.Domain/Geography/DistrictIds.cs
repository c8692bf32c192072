namespace Alka.Domain.Geography;

/// <summary>The stable text ids of <see cref="District"/> values, as used in JSON, files and on the command line.</summary>
public static class DistrictIds
{
    /// <summary>Every value, in declaration order (the order of the CBS district codes).</summary>
    public static IReadOnlyList<District> All { get; } =
        [District.Jerusalem, District.North, District.Haifa, District.Center, District.TelAviv, District.South, District.JudeaSamaria];

    /// <summary>Returns the id of <paramref name="value"/>, e.g. <c>judea-samaria</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string ToId(this District value) => value switch
    {
        District.Jerusalem => "jerusalem",
        District.North => "north",
        District.Haifa => "haifa",
        District.Center => "center",
        District.TelAviv => "tel-aviv",
        District.South => "south",
        District.JudeaSamaria => "judea-samaria",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a district."),
    };

    /// <summary>Finds the value whose id is <paramref name="id"/> (ordinal, case-sensitive).</summary>
    /// <returns><see langword="true"/> when <paramref name="id"/> names a value.</returns>
    public static bool TryParse(string? id, out District value) => Ids.TryParse(All, ToId, id, out value);
}
