namespace Alka.Domain.Scheduling;

/// <summary>The stable text ids of <see cref="CadenceUnit"/> values, as used in JSON, files and on the command line.</summary>
public static class CadenceUnitIds
{
    /// <summary>Every value, in declaration order.</summary>
    public static IReadOnlyList<CadenceUnit> All { get; } =
        [CadenceUnit.Week, CadenceUnit.Month, CadenceUnit.Year, CadenceUnit.MunicipalTerm, CadenceUnit.Day];

    /// <summary>Returns the id of <paramref name="value"/>, e.g. <c>municipal-term</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string ToId(this CadenceUnit value) => value switch
    {
        CadenceUnit.Week => "week",
        CadenceUnit.Month => "month",
        CadenceUnit.Year => "year",
        CadenceUnit.MunicipalTerm => "municipal-term",
        CadenceUnit.Day => "day",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a cadence unit."),
    };

    /// <summary>Finds the value whose id is <paramref name="id"/> (ordinal, case-sensitive).</summary>
    /// <returns><see langword="true"/> when <paramref name="id"/> names a value.</returns>
    public static bool TryParse(string? id, out CadenceUnit value) => Ids.TryParse(All, ToId, id, out value);
}
