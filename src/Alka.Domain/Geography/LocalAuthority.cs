using System.Text.Json.Serialization;
using Alka.Domain.Serialization;

namespace Alka.Domain.Geography;

/// <summary>
/// One of Israel's local authorities — a city, a local council or a regional council — as the Central Bureau of
/// Statistics (CBS) describes it, identified by its CBS code. Every authority is in <see cref="LocalAuthorities.All"/>.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; compared by reference (each authority exists once, in the built-in table). Each figure
/// carries the year it describes; the source is <see cref="LocalAuthorities.Source"/>. Serializes as its
/// <see cref="LocalAuthorityEntry"/> (see <see cref="GeographyJson"/>).
/// </remarks>
[JsonConverter(typeof(LocalAuthorityJsonConverter))]
public sealed class LocalAuthority
{
    // At least this share of Arab residents makes an authority Arab; at least the mixed share, mixed.
    private const decimal ArabPercent = 90m;
    private const decimal MixedPercent = 10m;

    internal LocalAuthority(
        string code, string english, string hebrew, MunicipalStatus status, District district,
        int population, int socioEconomicCluster, int peripheryCluster, decimal percentArabs)
    {
        Code = code;
        Name = BilingualText.Create(english, hebrew);
        Status = status;
        District = district;
        Population = new Statistic(population, LocalAuthorities.PopulationYear);
        SocioEconomicCluster = new Statistic(socioEconomicCluster, LocalAuthorities.SocioEconomicYear);
        PeripheryCluster = new Statistic(peripheryCluster, LocalAuthorities.PeripheryYear);
        Sector = percentArabs >= ArabPercent ? PopulationSector.Arab
            : percentArabs >= MixedPercent ? PopulationSector.Mixed
            : PopulationSector.Jewish;
    }

    /// <summary>
    /// The CBS code, the authority's one id across the library (local elections, forum calendars, host councils): four
    /// digits for a city or local council — its locality code, leading zeros kept (<c>0031</c>) — and two for a regional
    /// council (<c>01</c>). A two-digit and a four-digit code of the same number are different authorities.
    /// </summary>
    public string Code { get; }

    /// <summary>
    /// The name: Hebrew as CBS writes it; English from CBS's upper-case transliteration, in title case (only the
    /// letter case differs: <c>UMM AL-FAHM</c> is <c>Umm al-Fahm</c>, with the Arabic article in lower case).
    /// </summary>
    public BilingualText Name { get; }

    /// <summary>City, local council or regional council.</summary>
    public MunicipalStatus Status { get; }

    /// <summary>The CBS district.</summary>
    public District District { get; }

    /// <summary>The District Managers Forum region that serves the authority's district (<see cref="DistrictRegions"/>).</summary>
    public Region Region => District.ServingRegion();

    /// <summary>The number of residents at the end of 2021 (CBS, local authorities profile 2021).</summary>
    public Statistic Population { get; }

    /// <summary>The cluster of CBS's socio-economic index of 2019, 1 (lowest) to 10 (highest).</summary>
    public Statistic SocioEconomicCluster { get; }

    /// <summary>The cluster of CBS's periphery index of 2020, 1 (most peripheral) to 10 (most central).</summary>
    public Statistic PeripheryCluster { get; }

    /// <summary>
    /// Whether the residents are mostly Jewish, mostly Arab or mixed. <b>Not a CBS field</b>: derived by this library from
    /// CBS's percentage of Arab residents at the end of 2021 — <see cref="PopulationSector.Arab"/> from 90%,
    /// <see cref="PopulationSector.Mixed"/> from 10%, <see cref="PopulationSector.Jewish"/> below.
    /// </summary>
    public PopulationSector Sector { get; }

    /// <summary>E.g. <c>0031 Ofaqim</c>.</summary>
    public override string ToString() => $"{Code} {Name.English}";
}
