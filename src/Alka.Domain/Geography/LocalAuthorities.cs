using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using Alka.Domain.Validation;

namespace Alka.Domain.Geography;

/// <summary>
/// Israel's 255 local authorities as the Central Bureau of Statistics published them: 79 cities, 122 local councils
/// and 54 regional councils, with their district, population (2021), socio-economic cluster (2019) and periphery
/// cluster (2020). Built into the package as code: nothing is read at run time.
/// </summary>
/// <remarks>
/// Thread-safe. The table is generated from <c>tests/TestData/cbs/local-authorities-2021.csv</c> (see
/// <c>docs/authorities.md</c>); a test holds it equal to that file row by row.
/// </remarks>
public static partial class LocalAuthorities
{
    internal const int PopulationYear = 2021;
    internal const int SocioEconomicYear = 2019;
    internal const int PeripheryYear = 2020;

    private static readonly LocalAuthority[] Table = Rows();
    private static readonly FrozenDictionary<string, LocalAuthority> ByCode = Table.ToFrozenDictionary(a => a.Code, StringComparer.Ordinal);

    /// <summary>Where the figures come from, and the attribution CBS asks for.</summary>
    public static StatisticalSource Source { get; } = new(
        BilingualText.Create("Central Bureau of Statistics", "הלשכה המרכזית לסטטיסטיקה"),
        [
            "Local Authorities in Israel 2021, profile file (physical and population data, corrected to 12/2023): code, name, district, municipal status, population at the end of 2021, percentage of Arab residents",
            "Socio-Economic Index of Local Authorities 2019, table A: cluster 2019",
            "Periphery Index of Local Authorities 2020, table 1: cluster 2020",
        ],
        "Source: Central Bureau of Statistics");

    /// <summary>Every authority, ordered by <see cref="LocalAuthority.Code"/> (ordinal).</summary>
    public static IReadOnlyList<LocalAuthority> All => Table;

    /// <summary>
    /// Whether <paramref name="code"/> is written as a CBS code: four ASCII digits (a city or local council) or two (a
    /// regional council). Says nothing of whether an authority has that code (see <see cref="TryGet"/>).
    /// </summary>
    public static bool IsWellFormedCode([NotNullWhen(true)] string? code) =>
        code is { Length: 2 or 4 } && code.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0;

    /// <summary>Finds the authority whose CBS code is <paramref name="code"/> (exactly, leading zeros included).</summary>
    /// <returns><see langword="true"/> when an authority has that code.</returns>
    public static bool TryGet([NotNullWhen(true)] string? code, [NotNullWhen(true)] out LocalAuthority? authority)
    {
        if (code is null)
        {
            authority = null;
            return false;
        }

        return ByCode.TryGetValue(code, out authority);
    }

    /// <summary>The authority whose CBS code is <paramref name="code"/>, or <see langword="null"/>.</summary>
    public static LocalAuthority? Find(string? code) => TryGet(code, out var authority) ? authority : null;

    /// <summary>
    /// The authorities of <paramref name="status"/> (every status when <see langword="null"/>) with at most
    /// <paramref name="maxPopulation"/> residents (no bound when <see langword="null"/>), ordered by code. The council
    /// heads' forum, for instance, admits heads of the 105 local councils of up to 20,000 residents.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="status"/> is not a defined value, or <paramref name="maxPopulation"/> is negative.
    /// </exception>
    public static IReadOnlyList<LocalAuthority> Filter(MunicipalStatus? status = null, int? maxPopulation = null)
    {
        if (status is { } s && !Ids.All<MunicipalStatus>().Contains(s))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "Not a municipal status.");
        }

        if (maxPopulation is { } max)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(max, nameof(maxPopulation));
        }

        return Array.FindAll(Table, a => (status is null || a.Status == status) && (maxPopulation is null || a.Population.Value <= maxPopulation));
    }

    /// <summary>
    /// Records a problem at <paramref name="path"/> unless <paramref name="code"/> names a local authority:
    /// <see cref="GeographyErrors.InvalidAuthority"/> when it is not written as a CBS code,
    /// <see cref="GeographyErrors.UnknownAuthority"/> when no authority has it.
    /// </summary>
    /// <returns><see langword="true"/> when the code names an authority.</returns>
    internal static bool Check(string? code, Problems problems, string path)
    {
        if (!IsWellFormedCode(code))
        {
            problems.Add(path, GeographyErrors.InvalidAuthority, $"'{code}' is not a CBS code: four digits for a city or local council (0031), two for a regional council (01).");
            return false;
        }

        if (!ByCode.ContainsKey(code))
        {
            problems.Add(path, GeographyErrors.UnknownAuthority, $"'{code}' is not the CBS code of a local authority.");
            return false;
        }

        return true;
    }
}
