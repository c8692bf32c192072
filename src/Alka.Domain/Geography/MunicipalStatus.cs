namespace Alka.Domain.Geography;

/// <summary>The municipal status of a local authority, as the Central Bureau of Statistics records it.</summary>
/// <remarks>
/// The stable text ids are public API: see <see cref="MunicipalStatusIds"/>; the names in English and Hebrew are
/// <see cref="GeographyNames.Name(MunicipalStatus)"/>. The value <c>0</c> is not a valid value.
/// </remarks>
public enum MunicipalStatus
{
    /// <summary>A city (עירייה). Id <c>city</c>.</summary>
    City = 1,

    /// <summary>A local council (מועצה מקומית): one locality, whose head may join the council heads' forum. Id <c>local-council</c>.</summary>
    LocalCouncil,

    /// <summary>A regional council (מועצה אזורית): several rural localities. Id <c>regional-council</c>.</summary>
    RegionalCouncil,
}
