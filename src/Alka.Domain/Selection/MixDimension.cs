using System.Text.Json.Serialization;
using Alka.Domain.Serialization;

namespace Alka.Domain.Selection;

/// <summary>
/// A dimension along which a program deliberately mixes its participants: the attribute of a candidate a
/// <see cref="Quota"/> counts by.
/// </summary>
/// <remarks>
/// The ids of its members are public API (see <see cref="Ids"/>). The value <c>0</c> is not a valid value.
/// </remarks>
[JsonConverter(typeof(IdJsonConverter<MixDimension>))]
public enum MixDimension
{
    /// <summary>Communities: Jewish and Arab localities (the <c>community</c> column).</summary>
    [JsonStringEnumMemberName("community")]
    Community = 1,

    /// <summary>Center and periphery (the <c>periphery</c> column).</summary>
    [JsonStringEnumMemberName("periphery")]
    Periphery,

    /// <summary>High and low socio-economic standing (the <c>socioeconomic_cluster</c> column).</summary>
    [JsonStringEnumMemberName("socioeconomic-standing")]
    SocioeconomicStanding,

    /// <summary>The regions of the country (the <c>district</c> column).</summary>
    [JsonStringEnumMemberName("district")]
    District,

    /// <summary>The sector a candidate works in (the <c>sector</c> column).</summary>
    [JsonStringEnumMemberName("sector")]
    Sector,

    /// <summary>The candidate's role (the <c>role</c> column).</summary>
    [JsonStringEnumMemberName("role")]
    Role,

    /// <summary>The candidate's organization (the <c>organization</c> column): an open set of ids.</summary>
    [JsonStringEnumMemberName("organization")]
    Organization,
}
