namespace Alka.Domain.Geography;

/// <summary>
/// Whether a local authority's residents are mostly Jewish, mostly Arab, or mixed. <b>Not a CBS field</b>: derived by
/// this library from CBS's share of Arab residents (<see cref="LocalAuthority.Sector"/> says how).
/// </summary>
/// <remarks>
/// The stable text ids are public API: see <see cref="PopulationSectorIds"/>; the names in English and Hebrew are
/// <see cref="GeographyNames.Name(PopulationSector)"/>. The value <c>0</c> is not a valid value.
/// </remarks>
public enum PopulationSector
{
    /// <summary>Fewer than 10% of the residents are Arab. Id <c>jewish</c>.</summary>
    Jewish = 1,

    /// <summary>At least 90% of the residents are Arab. Id <c>arab</c>.</summary>
    Arab,

    /// <summary>At least 10% and fewer than 90% of the residents are Arab. Id <c>mixed</c>.</summary>
    Mixed,
}
