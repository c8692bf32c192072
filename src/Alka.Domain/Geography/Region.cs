namespace Alka.Domain.Geography;

/// <summary>A region of the District Managers Forum; the ids are public API (<c>alka plan</c> groups, <c>alka select</c> districts).</summary>
/// <remarks>
/// The stable text ids are public API: see <see cref="RegionIds"/>. Which region serves each CBS district is
/// <see cref="DistrictRegions"/>. The value <c>0</c> is not a valid value.
/// </remarks>
public enum Region
{
    /// <summary>The North (הצפון). Id <c>north</c>.</summary>
    North = 1,

    /// <summary>Haifa (חיפה). Id <c>haifa</c>.</summary>
    Haifa,

    /// <summary>Tel Aviv and the Center (תל אביב והמרכז). Id <c>tel-aviv-center</c>.</summary>
    TelAvivCenter,

    /// <summary>Jerusalem (ירושלים). Id <c>jerusalem</c>.</summary>
    Jerusalem,

    /// <summary>The South (מחוז הדרום). Id <c>south</c>.</summary>
    South,
}
