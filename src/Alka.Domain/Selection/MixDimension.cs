namespace Alka.Domain.Selection;

/// <summary>
/// A dimension along which a program deliberately mixes its participants: the attribute of a candidate a
/// <see cref="Quota"/> counts by.
/// </summary>
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

    /// <summary>The sector a candidate works in (the <c>sector</c> column). Id <c>sector</c>.</summary>
    Sector,

    /// <summary>The candidate's role (the <c>role</c> column). Id <c>role</c>.</summary>
    Role,

    /// <summary>The candidate's organization (the <c>organization</c> column): an open set of ids. Id <c>organization</c>.</summary>
    Organization,
}
