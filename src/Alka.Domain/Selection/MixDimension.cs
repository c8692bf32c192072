using System.Text.Json.Serialization;
using Alka.Domain.Serialization;

namespace Alka.Domain.Selection;

/// <summary>A dimension along which a forum deliberately mixes its participants.</summary>
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
}
