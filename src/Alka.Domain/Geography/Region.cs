using System.Text.Json.Serialization;
using Alka.Domain.Serialization;

namespace Alka.Domain.Geography;

/// <summary>A region of the District Managers Forum; the ids are public API (<c>alka plan</c> groups, <c>alka select</c> districts).</summary>
/// <remarks>
/// The ids of its members are public API (see <see cref="Ids"/>). Which region serves each CBS district is
/// <see cref="DistrictRegions"/>. The value <c>0</c> is not a valid value.
/// </remarks>
[JsonConverter(typeof(IdJsonConverter<Region>))]
public enum Region
{
    /// <summary>The North (הצפון).</summary>
    [JsonStringEnumMemberName("north")]
    North = 1,

    /// <summary>Haifa (חיפה).</summary>
    [JsonStringEnumMemberName("haifa")]
    Haifa,

    /// <summary>Tel Aviv and the Center (תל אביב והמרכז).</summary>
    [JsonStringEnumMemberName("tel-aviv-center")]
    TelAvivCenter,

    /// <summary>Jerusalem (ירושלים).</summary>
    [JsonStringEnumMemberName("jerusalem")]
    Jerusalem,

    /// <summary>The South (מחוז הדרום).</summary>
    [JsonStringEnumMemberName("south")]
    South,
}
