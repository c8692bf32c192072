using System.Text.Json.Serialization;
using Alka.Domain.Serialization;

namespace Alka.Domain.Geography;

/// <summary>
/// A district of Israel as the Central Bureau of Statistics (CBS) divides the country: the district a local authority
/// belongs to. The District Managers Forum works in five regions instead (<see cref="DistrictRegions"/>).
/// </summary>
/// <remarks>
/// The ids of its members are public API (see <see cref="Ids"/>); the names in English and Hebrew are
/// <see cref="GeographyNames.Name(District)"/>. Each value is the CBS district code (1–7); the value <c>0</c> is not a
/// valid value.
/// </remarks>
[JsonConverter(typeof(IdJsonConverter<District>))]
public enum District
{
    /// <summary>The Jerusalem District (מחוז ירושלים).</summary>
    [JsonStringEnumMemberName("jerusalem")]
    Jerusalem = 1,

    /// <summary>The Northern District (מחוז הצפון).</summary>
    [JsonStringEnumMemberName("north")]
    North,

    /// <summary>The Haifa District (מחוז חיפה).</summary>
    [JsonStringEnumMemberName("haifa")]
    Haifa,

    /// <summary>The Central District (מחוז המרכז).</summary>
    [JsonStringEnumMemberName("center")]
    Center,

    /// <summary>The Tel Aviv District (מחוז תל אביב).</summary>
    [JsonStringEnumMemberName("tel-aviv")]
    TelAviv,

    /// <summary>The Southern District (מחוז הדרום).</summary>
    [JsonStringEnumMemberName("south")]
    South,

    /// <summary>The Judea and Samaria Area (אזור יהודה והשומרון), a district of its own in CBS tables.</summary>
    [JsonStringEnumMemberName("judea-samaria")]
    JudeaSamaria,
}
