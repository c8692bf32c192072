namespace Alka.Domain.Geography;

/// <summary>
/// A district of Israel as the Central Bureau of Statistics (CBS) divides the country: the district a local authority
/// belongs to. The District Managers Forum works in five regions instead (<see cref="DistrictRegions"/>).
/// </summary>
/// <remarks>
/// The stable text ids are public API: see <see cref="DistrictIds"/>; the names in English and Hebrew are
/// <see cref="GeographyNames.Name(District)"/>. Each value is the CBS district code (1–7); the value <c>0</c> is not a
/// valid value.
/// </remarks>
public enum District
{
    /// <summary>The Jerusalem District (מחוז ירושלים). Id <c>jerusalem</c>.</summary>
    Jerusalem = 1,

    /// <summary>The Northern District (מחוז הצפון). Id <c>north</c>.</summary>
    North,

    /// <summary>The Haifa District (מחוז חיפה). Id <c>haifa</c>.</summary>
    Haifa,

    /// <summary>The Central District (מחוז המרכז). Id <c>center</c>.</summary>
    Center,

    /// <summary>The Tel Aviv District (מחוז תל אביב). Id <c>tel-aviv</c>.</summary>
    TelAviv,

    /// <summary>The Southern District (מחוז הדרום). Id <c>south</c>.</summary>
    South,

    /// <summary>The Judea and Samaria Area (אזור יהודה והשומרון), a district of its own in CBS tables. Id <c>judea-samaria</c>.</summary>
    JudeaSamaria,
}
