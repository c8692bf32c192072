namespace Alka.Domain.Calendar;

/// <summary>
/// Hebrew numerals (gematria): <c>כ״ט</c> = 29, <c>ט״ו</c> = 15, <c>תשפ״ו</c> = 786, with geresh (׳) after a single
/// letter and gershayim (״) before the last of several.
/// </summary>
internal static class HebrewNumerals
{
    public const char Geresh = '\u05F3';
    public const char Gershayim = '\u05F4';

    // Geresh, gershayim and their ASCII stand-ins.
    private const string Marks = "\u05F3\u05F4'\"";

    // The longest numeral of 1–999: תתקצ״ט (999) has five letters.
    private const int MaxLetters = 5;

    private const string Units = "\0אבגדהוזחט";
    private const string Tens = "\0יכלמנסעפצ";
    private const string Hundreds = "\0קרשת";

    /// <summary>The most characters <see cref="Format(int, Span{char}, bool)"/> writes: תתקצ״ט.</summary>
    public const int MaxLength = MaxLetters + 1;

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

        var length = WriteLetters(value, isYear, destination);
        if (length == 1)
        {
            destination[1] = Geresh;
            return 2;
        }

        destination[length] = destination[length - 1];
        destination[length - 1] = Gershayim;
        return length + 1;
    }

    /// <summary>
    /// Reads a Hebrew numeral of 1–999 spelled as <see cref="Format(int, bool)"/> writes it (either custom of a year is read too:
    /// רע״ד or ער״ד, רצ״ח or רח״צ, שמ״ד or שד״מ), its last letter possibly final (תש״ך), with its geresh or gershayim
    /// (or the ASCII <c>'</c> or <c>"</c>) in its place or without it.
    /// </summary>
    /// <returns>
    /// The value, or -1 for anything else: a misplaced mark, a final letter within the numeral, letters out of
    /// order or a spelling that is not the usual one (י״ה for 15).
    /// </returns>
    public static int Parse(ReadOnlySpan<char> text)
    {
        // A mark is optional; if present, a geresh ends a single letter and a gershayim stands before the last letter.
        var mark = text.IndexOfAny(Marks);
        var length = text.Length;
        if (mark >= 0)
        {
            var placed = text[mark] is Geresh or '\'' ? mark == 1 && length == 2 : mark >= 1 && mark == length - 2;
            if (!placed)
            {
                return -1;
            }

            length--;
        }

        if (length is 0 or > MaxLetters)
        {
            return -1;
        }

        Span<char> letters = stackalloc char[MaxLetters];
        var sum = 0;
        var last = mark == text.Length - 1 ? mark - 1 : text.Length - 1;
        for (int i = 0, next = 0; i < text.Length; i++)
        {
            if (i == mark)
            {
                continue;
            }

            var letter = i == last ? FromFinal(text[i]) : text[i];
            var value = ValueOf(letter);
            if (value == 0)
            {
                return -1;
            }

            letters[next++] = letter;
            sum += value;
        }

        if (sum > 999)
        {
            return -1;
        }

        var read = letters[..length];
        Span<char> usual = stackalloc char[MaxLetters];
        return read.SequenceEqual(usual[..WriteLetters(sum, isYear: false, usual)])
            || read.SequenceEqual(usual[..WriteLetters(sum, isYear: true, usual)])
            ? sum
            : -1;
    }

    /// <summary>The value of a units letter, א = 1 … ט = 9; 0 for any other character.</summary>
    public static int UnitValue(char letter) => letter is >= 'א' and <= 'ט' ? Units.IndexOf(letter, 1) : 0;

    /// <summary>Writes the letters of 1–999, without marks, into <paramref name="letters"/>.</summary>
    /// <returns>How many letters.</returns>
    private static int WriteLetters(int value, bool isYear, Span<char> letters)
    {
        var length = 0;
        var hundreds = value / 100;
        for (; hundreds > 4; hundreds -= 4)
        {
            letters[length++] = 'ת';
        }

        if (hundreds > 0)
        {
            letters[length++] = Hundreds[hundreds];
        }

        var belowHundred = value % 100;
        if (belowHundred is 15 or 16)
        {
            // Never spell a name of God: 15 = 9 + 6, 16 = 9 + 7.
            letters[length++] = 'ט';
            letters[length++] = belowHundred == 15 ? 'ו' : 'ז';
        }
        else
        {
            if (belowHundred >= 10)
            {
                letters[length++] = Tens[belowHundred / 10];
            }

            if (belowHundred % 10 > 0)
            {
                letters[length++] = Units[belowHundred % 10];
            }
        }

        if (isYear)
        {
            // Years avoid words of ill omen: רע (evil) → ער, רצח (murder) → רחצ, שמד (destruction) → שדמ.
            var custom = value switch
            {
                >= 270 and <= 279 => "ער",
                298 => "רחצ",
                344 => "שדמ",
                _ => "",
            };
            custom.CopyTo(letters);
        }

        return length;
    }

    private static char FromFinal(char c) => c switch
    {
        'ך' => 'כ',
        'ם' => 'מ',
        'ן' => 'נ',
        'ף' => 'פ',
        'ץ' => 'צ',
        _ => c,
    };

    private static int ValueOf(char c) =>
        Units.IndexOf(c, 1) is var unit and > 0 ? unit
        : Tens.IndexOf(c, 1) is var ten and > 0 ? ten * 10
        : Hundreds.IndexOf(c, 1) is var hundred and > 0 ? hundred * 100
        : 0;
}
