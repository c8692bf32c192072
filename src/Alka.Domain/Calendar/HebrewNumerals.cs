using System.Text;

namespace Alka.Domain.Calendar;

/// <summary>
/// Hebrew numerals (gematria): <c>כ״ט</c> = 29, <c>ט״ו</c> = 15, <c>תשפ״ו</c> = 786, with geresh (׳) after a single
/// letter and gershayim (״) before the last of several.
/// </summary>
internal static class HebrewNumerals
{
    public const char Geresh = '\u05F3';
    public const char Gershayim = '\u05F4';

    private const string Units = "\0אבגדהוזחט";
    private const string Tens = "\0יכלמנסעפצ";
    private const string Hundreds = "\0קרשת";

    /// <summary>Writes 1–999 in Hebrew letters with geresh or gershayim; 15 and 16 are ט״ו and ט״ז.</summary>
    /// <param name="value">The number.</param>
    /// <param name="isYear">Whether to follow the customs for years: 270–279 begin ער (not רע), 298 is רח״צ, 344 is שד״מ.</param>
    public static string Format(int value, bool isYear = false)
    {
        if (value is < 1 or > 999)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Hebrew numerals are written here for 1–999.");
        }

        var letters = new StringBuilder(6);
        var hundreds = value / 100;
        for (; hundreds > 4; hundreds -= 4)
        {
            letters.Append('ת');
        }

        if (hundreds > 0)
        {
            letters.Append(Hundreds[hundreds]);
        }

        var belowHundred = value % 100;
        if (belowHundred is 15 or 16)
        {
            // Never spell a name of God: 15 = 9 + 6, 16 = 9 + 7.
            letters.Append('ט').Append(belowHundred == 15 ? 'ו' : 'ז');
        }
        else
        {
            AppendDigit(letters, Tens, belowHundred / 10);
            AppendDigit(letters, Units, belowHundred % 10);
        }

        var text = letters.ToString();
        if (isYear)
        {
            text = value switch
            {
                >= 270 and <= 279 => "ער" + text[2..],
                298 => "רחצ",
                344 => "שדמ",
                _ => text,
            };
        }

        return text.Length == 1 ? text + Geresh : string.Concat(text.AsSpan(0, text.Length - 1), [Gershayim], text.AsSpan(text.Length - 1));
    }

    /// <summary>Reads Hebrew letters as a number (the sum of their values, final forms included), ignoring geresh, gershayim and ASCII quotes.</summary>
    /// <returns>The value, or -1 when <paramref name="text"/> holds anything else or no letter.</returns>
    public static int Parse(ReadOnlySpan<char> text)
    {
        var sum = 0;
        var letters = 0;
        foreach (var c in text)
        {
            if (c is Geresh or Gershayim or '\'' or '"')
            {
                continue;
            }

            var value = ValueOf(c);
            if (value == 0)
            {
                return -1;
            }

            sum += value;
            letters++;
        }

        return letters == 0 ? -1 : sum;
    }

    private static int ValueOf(char c) => c switch
    {
        'ך' => 20,
        'ם' => 40,
        'ן' => 50,
        'ף' => 80,
        'ץ' => 90,
        _ => Units.IndexOf(c, 1) is var unit and > 0 ? unit
            : Tens.IndexOf(c, 1) is var ten and > 0 ? ten * 10
            : Hundreds.IndexOf(c, 1) is var hundred and > 0 ? hundred * 100
            : 0,
    };

    private static void AppendDigit(StringBuilder letters, string digits, int digit)
    {
        if (digit > 0)
        {
            letters.Append(digits[digit]);
        }
    }
}
