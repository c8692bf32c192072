namespace Alka.Domain.Geography;

/// <summary>
/// Which of the District Managers Forum's five regions serves each of the seven CBS districts: a table of rows, each
/// with its basis (see <c>docs/authorities.md</c>).
/// </summary>
/// <remarks>
/// The forum's regions are North, Haifa, Tel Aviv and the Center, Jerusalem and the South (its page). Five CBS
/// districts are those regions; Tel Aviv and the Center share one regional forum; the Judea and Samaria Area has no
/// forum of its own and the sources say nothing of it: the library assigns it to Jerusalem (the row says why).
/// </remarks>
public static class DistrictRegions
{
    private const string SameName = "The forum's region of the same name (District Managers Forum page: five regional forums).";
    private const string TelAvivAndCenter = "Tel Aviv and the Center meet as one regional forum (District Managers Forum page).";

    /// <summary>
    /// The basis of the one row the sources do not decide: the Judea and Samaria Area is served by the Jerusalem forum.
    /// </summary>
    public const string JudeaSamariaChoice =
        "The library's choice (the sources are silent): about three quarters of the area's residents (CBS, end of 2021) live in its "
        + "authorities of Binyamin, Judea, the Jordan Valley and the Dead Sea, around Jerusalem; Samaria's nine authorities hold the other quarter.";

    /// <summary>One row per district, in <see cref="Ids.All{T}"/> of <see cref="District"/> order.</summary>
    public static IReadOnlyList<DistrictRegion> All { get; } =
    [
        new(District.Jerusalem, Region.Jerusalem, SameName),
        new(District.North, Region.North, SameName),
        new(District.Haifa, Region.Haifa, SameName),
        new(District.Center, Region.TelAvivCenter, TelAvivAndCenter),
        new(District.TelAviv, Region.TelAvivCenter, TelAvivAndCenter),
        new(District.South, Region.South, SameName),
        new(District.JudeaSamaria, Region.Jerusalem, JudeaSamariaChoice),
    ];

    /// <summary>The row of <paramref name="district"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="district"/> is not a defined value.</exception>
    public static DistrictRegion Of(District district)
    {
        var index = (int)district - 1;
        return (uint)index < (uint)All.Count
            ? All[index]
            : throw new ArgumentOutOfRangeException(nameof(district), district, "Not a district.");
    }

    /// <summary>The region that serves <paramref name="district"/>, e.g. <see cref="Region.TelAvivCenter"/> for <see cref="District.Center"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="district"/> is not a defined value.</exception>
    public static Region ServingRegion(this District district) => Of(district).Region;
}
