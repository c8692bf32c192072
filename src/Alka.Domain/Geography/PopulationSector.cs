using System.Text.Json.Serialization;
using Alka.Domain.Serialization;

namespace Alka.Domain.Geography;

/// <summary>
/// Whether a local authority's residents are mostly Jewish, mostly Arab, or mixed. <b>Not a CBS field</b>: derived by
/// this library from CBS's share of Arab residents (<see cref="LocalAuthority.Sector"/> says how).
/// </summary>
/// <remarks>
/// The ids of its members are public API (see <see cref="Ids"/>); the names in English and Hebrew are
/// <see cref="GeographyNames.Name(PopulationSector)"/>. The value <c>0</c> is not a valid value.
/// </remarks>
[JsonConverter(typeof(IdJsonConverter<PopulationSector>))]
public enum PopulationSector
{
    /// <summary>Fewer than 10% of the residents are Arab.</summary>
    [JsonStringEnumMemberName("jewish")]
    Jewish = 1,

    /// <summary>At least 90% of the residents are Arab.</summary>
    [JsonStringEnumMemberName("arab")]
    Arab,

    /// <summary>At least 10% and fewer than 90% of the residents are Arab.</summary>
    [JsonStringEnumMemberName("mixed")]
    Mixed,
}
