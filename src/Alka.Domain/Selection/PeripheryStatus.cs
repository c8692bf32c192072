using System.Text.Json.Serialization;
using Alka.Domain.Serialization;

namespace Alka.Domain.Selection;

/// <summary>Whether a candidate's locality is in the center or the periphery (the <c>periphery</c> column of <c>alka select</c>).</summary>
/// <remarks>
/// The ids of its members are public API (see <see cref="Ids"/>). The value <c>0</c> is not a valid value.
/// </remarks>
[JsonConverter(typeof(IdJsonConverter<PeripheryStatus>))]
public enum PeripheryStatus
{
    /// <summary>The center of the country (מרכז).</summary>
    [JsonStringEnumMemberName("center")]
    Center = 1,

    /// <summary>The periphery (פריפריה).</summary>
    [JsonStringEnumMemberName("periphery")]
    Periphery,
}
