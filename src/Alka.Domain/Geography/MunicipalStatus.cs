using System.Text.Json.Serialization;
using Alka.Domain.Serialization;

namespace Alka.Domain.Geography;

/// <summary>The municipal status of a local authority, as the Central Bureau of Statistics records it.</summary>
/// <remarks>
/// The ids of its members are public API (see <see cref="Ids"/>); the names in English and Hebrew are
/// <see cref="GeographyNames.Name(MunicipalStatus)"/>. The value <c>0</c> is not a valid value.
/// </remarks>
[JsonConverter(typeof(IdJsonConverter<MunicipalStatus>))]
public enum MunicipalStatus
{
    /// <summary>A city (עירייה).</summary>
    [JsonStringEnumMemberName("city")]
    City = 1,

    /// <summary>A local council (מועצה מקומית): one locality, whose head may join the council heads' forum.</summary>
    [JsonStringEnumMemberName("local-council")]
    LocalCouncil,

    /// <summary>A regional council (מועצה אזורית): several rural localities.</summary>
    [JsonStringEnumMemberName("regional-council")]
    RegionalCouncil,
}
