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

    /// <summary>The most characters <see cref="Format(int, Span{char}, bool)"/> writes: תתקצ״ט.</summary>
    public const int MaxLength = 6;

    /// <summary>Writes 1–999 in Hebrew letters with geresh or gershayim; 15 and 16 are ט״ו and ט״ז.</summary>
    /// <param name="value">The number.</param>
    /// <param name="isYear">Whether to follow the customs for years: 270–279 begin ער (not רע), 298 is רח״צ, 344 is שד״מ.</param>
    public static string Format(int value, bool isYear = false)
    {
        Span<char> text = stackalloc char[MaxLength];
        return new string(text[..Format(value, text, isYear)]);
    }

    /// <summary>Writes 1–999 as <see cref="Format(int, bool)"/> does, into <paramref name="destination"/> (at least <see cref="MaxLength"/> long).</summary>
    /// <returns>The number of characters written.</returns>
    public static int Format(int value, Span<char> destination, bool isYear = false)
    {
        if (value is < 1 or > 999)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Hebrew numerals are written here for 1–999.");
        }

        var count = 0;
        if (isYear && value is 298 or 344)
        {
            // רח״צ, not רצ״ח (murder); שד״מ, not שמ״ד (destruction).
            foreach (var letter in value == 298 ? "רחצ" : "שדמ")
            {
                destination[count++] = letter;
            }
        }
        else if (isYear && value is >= 270 and <= 279)
        {
            // ער, not רע (evil).
            destination[count++] = 'ע';
            destination[count++] = 'ר';
            count = AppendDigit(destination, count, Units, value % 10);
        }
        else
        {
            var hundreds = value / 100;
            for (; hundreds > 4; hundreds -= 4)
            {
                destination[count++] = 'ת';
            }

            if (hundreds > 0)
            {
                destination[count++] = Hundreds[hundreds];
            }

            var belowHundred = value % 100;
            if (belowHundred is 15 or 16)
            {
                // Never spell a name of God: 15 = 9 + 6, 16 = 9 + 7.
                destination[count++] = 'ט';
                destination[count++] = belowHundred == 15 ? 'ו' : 'ז';
            }
            else
            {
                count = AppendDigit(destination, count, Tens, belowHundred / 10);
                count = AppendDigit(destination, count, Units, belowHundred % 10);
            }
        }

        if (count == 1)
        {
            destination[count++] = Geresh;
        }
        else
        {
            destination[count] = destination[count - 1];
            destination[count++ - 1] = Gershayim;
        }

        return count;
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

    private static int AppendDigit(Span<char> destination, int count, string digits, int digit)
    {
        if (digit > 0)
        {
            destination[count++] = digits[digit];
        }

        return count;
    }
}
