namespace Alka.Domain.Selection;

/// <summary>A dimension along which a forum deliberately mixes its participants.</summary>
/// <remarks>
/// The stable text ids are public API: see <see cref="MixDimensionIds"/>. The value <c>0</c> is not a valid value.
/// </remarks>
public enum MixDimension
{
    /// <summary>Communities: Jewish and Arab localities (the <c>community</c> column). Id <c>community</c>.</summary>
    Community = 1,

    /// <summary>Center and periphery (the <c>periphery</c> column). Id <c>periphery</c>.</summary>
    Periphery,

    /// <summary>High and low socio-economic standing (the <c>socioeconomic_cluster</c> column). Id <c>socioeconomic-standing</c>.</summary>
    SocioeconomicStanding,

    /// <summary>The regions of the country (the <c>district</c> column). Id <c>district</c>.</summary>
    District,
}
