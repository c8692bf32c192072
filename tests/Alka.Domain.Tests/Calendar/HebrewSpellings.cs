using Alka.Domain.Calendar;

namespace Alka.Domain.Tests.Calendar;

/// <summary>
/// Spellings of Hebrew numerals, months and years as people write them, built independently of the library: the letters
/// by greedy subtraction of letter values, marks and final letters by hand.
/// </summary>
internal static class HebrewSpellings
{
    private static readonly (char Letter, int Value)[] LetterValues =
    [
        ('ת', 400), ('ש', 300), ('ר', 200), ('ק', 100), ('צ', 90), ('פ', 80), ('ע', 70), ('ס', 60), ('נ', 50), ('מ', 40),
        ('ל', 30), ('כ', 20), ('י', 10), ('ט', 9), ('ח', 8), ('ז', 7), ('ו', 6), ('ה', 5), ('ד', 4), ('ג', 3), ('ב', 2), ('א', 1),
    ];

    private static readonly Dictionary<char, char> Finals = new() { ['כ'] = 'ך', ['מ'] = 'ם', ['נ'] = 'ן', ['פ'] = 'ף', ['צ'] = 'ץ' };

    /// <summary>Geresh and gershayim in Hebrew, in ASCII, and left out.</summary>
    public static readonly (string Geresh, string Gershayim)[] Marks = [("׳", "״"), ("'", "\""), ("", "")];

    /// <summary>The letters of <paramref name="n"/> (1–999), greedily from the largest value; 15 and 16 are טו and טז.</summary>
    public static string Letters(int n)
    {
        var letters = "";
        foreach (var (letter, value) in LetterValues)
        {
            for (; n >= value; n -= value)
            {
                letters += letter;
            }
        }

        return letters.EndsWith("יה", StringComparison.Ordinal) ? letters[..^2] + "טו"
            : letters.EndsWith("יו", StringComparison.Ordinal) ? letters[..^2] + "טז"
            : letters;
    }

    /// <summary>The letters of a year's numeral: the customs for 270–279 (ער), 298 (רחצ) and 344 (שדמ).</summary>
    public static string YearLetters(int n) => n switch
    {
        >= 270 and <= 279 => "ער" + Letters(n)[2..],
        298 => "רחצ",
        344 => "שדמ",
        _ => Letters(n),
    };

    /// <summary><paramref name="letters"/> with a geresh after a single letter, or a gershayim before the last of several.</summary>
    public static string WithMarks(string letters, string geresh, string gershayim) =>
        letters.Length == 1 ? letters + geresh : letters[..^1] + gershayim + letters[^1];

    /// <summary>Every way to write <paramref name="n"/>: either custom of a year, the last letter final or not, each kind of marks.</summary>
    public static IEnumerable<string> Numerals(int n, bool isYear = false)
    {
        string[] spellings = isYear ? [Letters(n), YearLetters(n)] : [Letters(n)];
        foreach (var letters in spellings.Distinct())
        {
            string[] forms = Finals.TryGetValue(letters[^1], out var final) ? [letters, letters[..^1] + final] : [letters];
            foreach (var form in forms)
            {
                foreach (var (geresh, gershayim) in Marks)
                {
                    yield return WithMarks(form, geresh, gershayim);
                }
            }
        }
    }

    /// <summary>
    /// Every way people write Hebrew year <paramref name="year"/> that names it alone: digits; the thousands with a geresh
    /// (Hebrew or ASCII) before the numeral; for 5001–5999 also a bare ה, ה׳ apart, and the numeral alone from 5010;
    /// a whole millennium in words.
    /// </summary>
    public static IEnumerable<string> Years(int year)
    {
        yield return year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (thousands, rest) = Math.DivRem(year, 1000);
        if (thousands == 0)
        {
            yield break;
        }

        var thousandsLetter = Letters(thousands);
        if (rest == 0)
        {
            foreach (var millennium in Numerals(thousands))
            {
                yield return millennium + " אלפים";
            }

            yield break;
        }

        foreach (var numeral in Numerals(rest, isYear: true))
        {
            yield return thousandsLetter + "׳" + numeral;
            yield return thousandsLetter + "'" + numeral;
            if (thousands == 5)
            {
                yield return "ה" + numeral;
                yield return "ה׳ " + numeral;
                yield return "ה' " + numeral;
                if (rest >= 10)
                {
                    yield return numeral;
                }
            }
        }
    }

    /// <summary>The Hebrew name of a month as <see cref="HebrewDate.ToHebrewString"/> writes it.</summary>
    public static string MonthName(HebrewMonth month) => month switch
    {
        HebrewMonth.Tishrei => "תשרי",
        HebrewMonth.Cheshvan => "חשוון",
        HebrewMonth.Kislev => "כסלו",
        HebrewMonth.Tevet => "טבת",
        HebrewMonth.Shvat => "שבט",
        HebrewMonth.Adar => "אדר",
        HebrewMonth.AdarI => "אדר א׳",
        HebrewMonth.AdarII => "אדר ב׳",
        HebrewMonth.Nisan => "ניסן",
        HebrewMonth.Iyyar => "אייר",
        HebrewMonth.Sivan => "סיוון",
        HebrewMonth.Tamuz => "תמוז",
        HebrewMonth.Av => "אב",
        HebrewMonth.Elul => "אלול",
        _ => throw new ArgumentOutOfRangeException(nameof(month), month, "Not a month."),
    };
}
