using System.Text.Json.Serialization;

namespace Alka.Domain.Selection;

/// <summary>Whether a candidate's locality is in the center or the periphery (the <c>periphery</c> column of <c>alka select</c>).</summary>
/// <remarks>
/// The stable text ids are public API: see <see cref="PeripheryStatusIds"/>. The value <c>0</c> is not a valid value.
/// </remarks>
public enum PeripheryStatus
{
    /// <summary>The center of the country (מרכז). Id <c>center</c>.</summary>
    [JsonStringEnumMemberName("center")]
    Center = 1,

    /// <summary>The periphery (פריפריה). Id <c>periphery</c>.</summary>
    [JsonStringEnumMemberName("periphery")]
    Periphery,
}
