namespace Alka.Domain.Geography;

/// <summary>The stable text ids of <see cref="MunicipalStatus"/> values, as used in JSON, files and on the command line.</summary>
public static class MunicipalStatusIds
{
    /// <summary>Every value, in declaration order.</summary>
    public static IReadOnlyList<MunicipalStatus> All { get; } =
        [MunicipalStatus.City, MunicipalStatus.LocalCouncil, MunicipalStatus.RegionalCouncil];

    /// <summary>Returns the id of <paramref name="value"/>, e.g. <c>local-council</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string ToId(this MunicipalStatus value) => value switch
    {
        MunicipalStatus.City => "city",
        MunicipalStatus.LocalCouncil => "local-council",
        MunicipalStatus.RegionalCouncil => "regional-council",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a municipal status."),
    };

    /// <summary>Finds the value whose id is <paramref name="id"/> (ordinal, case-sensitive).</summary>
    /// <returns><see langword="true"/> when <paramref name="id"/> names a value.</returns>
    public static bool TryParse(string? id, out MunicipalStatus value) => Ids.TryParse(All, ToId, id, out value);
}
