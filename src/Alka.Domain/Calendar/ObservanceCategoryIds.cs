using System.Text;

namespace Alka.Domain.Calendar;

/// <summary>The stable text ids of <see cref="ObservanceCategories"/>, as in the calendar specification.</summary>
public static class ObservanceCategoryIds
{
    private static readonly (ObservanceCategories Category, string Id)[] Ids =
    [
        (ObservanceCategories.National, "national"),
        (ObservanceCategories.RestDay, "rest-day"),
        (ObservanceCategories.CholHamoed, "chol-hamoed"),
        (ObservanceCategories.Eve, "eve"),
        (ObservanceCategories.Fast, "fast"),
        (ObservanceCategories.FastEve, "fast-eve"),
        (ObservanceCategories.Memorial, "memorial"),
        (ObservanceCategories.Minor, "minor"),
        (ObservanceCategories.SpecialShabbat, "special-shabbat"),
        (ObservanceCategories.RoshChodesh, "rosh-chodesh"),
    ];

    /// <summary>Every single category, in the order their ids are written.</summary>
    public static IReadOnlyList<ObservanceCategories> All { get; } = Array.ConvertAll(Ids, i => i.Category);

    /// <summary>Writes the ids of <paramref name="categories"/> pipe-separated, e.g. <c>national|rest-day</c>; <c>""</c> for none.</summary>
    public static string ToIds(this ObservanceCategories categories)
    {
        var text = new StringBuilder();
        foreach (var (category, id) in Ids)
        {
            if ((categories & category) != 0)
            {
                text.Append(text.Length == 0 ? "" : "|").Append(id);
            }
        }

        return text.ToString();
    }

    /// <summary>Reads one category id (ordinal, case-sensitive), e.g. <c>rest-day</c>.</summary>
    /// <returns><see langword="true"/> when <paramref name="id"/> names a category.</returns>
    public static bool TryParse(string? id, out ObservanceCategories category)
    {
        foreach (var (candidate, candidateId) in Ids)
        {
            if (string.Equals(candidateId, id, StringComparison.Ordinal))
            {
                category = candidate;
                return true;
            }
        }

        category = ObservanceCategories.None;
        return false;
    }
}
