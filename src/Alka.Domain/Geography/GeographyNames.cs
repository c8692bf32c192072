namespace Alka.Domain.Geography;

/// <summary>
/// The names of districts, municipal statuses and population sectors in English and Hebrew. The Hebrew names of
/// districts and statuses are the words of the Central Bureau of Statistics' tables.
/// </summary>
public static class GeographyNames
{
    private static readonly BilingualText[] Districts =
    [
        BilingualText.Create("Jerusalem", "ירושלים"),
        BilingualText.Create("North", "הצפון"),
        BilingualText.Create("Haifa", "חיפה"),
        BilingualText.Create("Center", "המרכז"),
        BilingualText.Create("Tel Aviv", "תל אביב"),
        BilingualText.Create("South", "הדרום"),
        BilingualText.Create("Judea and Samaria", "אזור יהודה והשומרון"),
    ];

    private static readonly BilingualText[] Statuses =
    [
        BilingualText.Create("City", "עירייה"),
        BilingualText.Create("Local council", "מועצה מקומית"),
        BilingualText.Create("Regional council", "מועצה אזורית"),
    ];

    private static readonly BilingualText[] Sectors =
    [
        BilingualText.Create("Jewish", "יהודי"),
        BilingualText.Create("Arab", "ערבי"),
        BilingualText.Create("Mixed", "מעורב"),
    ];

    /// <summary>The name of <paramref name="district"/>, e.g. <c>Judea and Samaria / אזור יהודה והשומרון</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="district"/> is not a defined value.</exception>
    public static BilingualText Name(this District district) =>
        Of(Districts, (int)district) ?? throw new ArgumentOutOfRangeException(nameof(district), district, "Not a district.");

    /// <summary>The name of <paramref name="status"/>, e.g. <c>Local council / מועצה מקומית</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined value.</exception>
    public static BilingualText Name(this MunicipalStatus status) =>
        Of(Statuses, (int)status) ?? throw new ArgumentOutOfRangeException(nameof(status), status, "Not a municipal status.");

    /// <summary>The name of <paramref name="sector"/>, e.g. <c>Arab / ערבי</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sector"/> is not a defined value.</exception>
    public static BilingualText Name(this PopulationSector sector) =>
        Of(Sectors, (int)sector) ?? throw new ArgumentOutOfRangeException(nameof(sector), sector, "Not a population sector.");

    // Every enum here numbers its values 1, 2, … in declaration order.
    private static BilingualText? Of(BilingualText[] names, int value) => (uint)(value - 1) < (uint)names.Length ? names[value - 1] : null;
}
