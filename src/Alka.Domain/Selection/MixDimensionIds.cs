namespace Alka.Domain.Selection;

/// <summary>The stable text ids of <see cref="MixDimension"/> values, as used in JSON, files and on the command line.</summary>
public static class MixDimensionIds
{
    /// <summary>Every value, in declaration order.</summary>
    public static IReadOnlyList<MixDimension> All { get; } =
        [
            MixDimension.Community, MixDimension.Periphery, MixDimension.SocioeconomicStanding, MixDimension.District,
            MixDimension.Sector, MixDimension.Role, MixDimension.Organization,
        ];

    /// <summary>Returns the id of <paramref name="value"/>, e.g. <c>district</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string ToId(this MixDimension value) => value switch
    {
        MixDimension.Community => "community",
        MixDimension.Periphery => "periphery",
        MixDimension.SocioeconomicStanding => "socioeconomic-standing",
        MixDimension.District => "district",
        MixDimension.Sector => "sector",
        MixDimension.Role => "role",
        MixDimension.Organization => "organization",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a mix dimension."),
    };

    /// <summary>Finds the value whose id is <paramref name="id"/> (ordinal, case-sensitive).</summary>
    /// <returns><see langword="true"/> when <paramref name="id"/> names a value.</returns>
    public static bool TryParse(string? id, out MixDimension value) => Ids.TryParse(All, ToId, id, out value);
}
