using System.Globalization;
using Ardalis.Result;

namespace Alka.Domain.Calendar;

/// <summary>Writes and reads <see cref="HebrewDate"/>s in English (<c>29 Elul 5786</c>) and Hebrew (<c>כ״ט באלול תשפ״ו</c>).</summary>
internal static class HebrewDateText
{
    // Indexed by HebrewMonth. The English names are those of the calendar specification.
    private static readonly string[] EnglishNames =
        ["", "Tishrei", "Cheshvan", "Kislev", "Tevet", "Sh'vat", "Adar", "Adar I", "Adar II", "Nisan", "Iyyar", "Sivan", "Tamuz", "Av", "Elul"];

    private static readonly string[] HebrewNames =
        ["", "תשרי", "חשוון", "כסלו", "טבת", "שבט", "אדר", "אדר א׳", "אדר ב׳", "ניסן", "אייר", "סיוון", "תמוז", "אב", "אלול"];

    // Other spellings read by Parse, besides the names above (compared after removing apostrophes, geresh and spaces, case-insensitively).
    private static readonly (string Name, HebrewMonth Month)[] Aliases =
    [
        ("heshvan", HebrewMonth.Cheshvan), ("marcheshvan", HebrewMonth.Cheshvan), ("marheshvan", HebrewMonth.Cheshvan),
        ("chislev", HebrewMonth.Kislev), ("teves", HebrewMonth.Tevet), ("tebeth", HebrewMonth.Tevet),
        ("shevat", HebrewMonth.Shvat), ("adar1", HebrewMonth.AdarI), ("adar2", HebrewMonth.AdarII),
        ("iyar", HebrewMonth.Iyyar), ("tammuz", HebrewMonth.Tamuz),
        ("חשון", HebrewMonth.Cheshvan), ("מרחשון", HebrewMonth.Cheshvan), ("מרחשוון", HebrewMonth.Cheshvan),
        ("כסליו", HebrewMonth.Kislev), ("איר", HebrewMonth.Iyyar), ("סיון", HebrewMonth.Sivan),
        ("אדרראשון", HebrewMonth.AdarI), ("אדרשני", HebrewMonth.AdarII),
    ];

    // Month names as Parse compares them: apostrophes, geresh and spaces removed, lower case.
    private static readonly string[] EnglishKeys = [.. EnglishNames.Select(Normalize)];
    private static readonly string[] HebrewKeys = [.. HebrewNames.Select(Normalize)];

    private const string Thousands = "אלפים";

    // What ParseYear returns for a year that is not one, and for one that may be either of two.
    private const int NotAYear = -1;
    private const int Ambiguous = -2;

    /// <summary>The English name of <paramref name="month"/>, e.g. <c>Sh'vat</c>, <c>Adar II</c>.</summary>
    public static string EnglishName(HebrewMonth month) => EnglishNames[(int)month];

    /// <summary>The Hebrew name of <paramref name="month"/>, e.g. <c>שבט</c>, <c>אדר ב׳</c>.</summary>
    public static string HebrewName(HebrewMonth month) => HebrewNames[(int)month];

    /// <summary>The most characters a date takes, in English (<c>30 Cheshvan 9999</c>) or in Hebrew.</summary>
    public const int MaxLength = 24;

    public static string FormatEnglish(HebrewDate date)
    {
        Span<char> text = stackalloc char[MaxLength];
        return new string(text[..FormatEnglish(date, text)]);
    }

    public static string FormatHebrew(HebrewDate date)
    {
        Span<char> text = stackalloc char[MaxLength];
        return new string(text[..FormatHebrew(date, text)]);
    }

    /// <summary>Writes <c>29 Elul 5786</c> into <paramref name="destination"/>, at least <see cref="MaxLength"/> long.</summary>
    /// <returns>The number of characters written.</returns>
    public static int FormatEnglish(HebrewDate date, Span<char> destination)
    {
        date.Day.TryFormat(destination, out var count, provider: CultureInfo.InvariantCulture);
        destination[count++] = ' ';
        count += Append(destination[count..], EnglishNames[(int)date.Month]);
        destination[count++] = ' ';
        date.Year.TryFormat(destination[count..], out var year, provider: CultureInfo.InvariantCulture);
        return count + year;
    }

    // Years 5010–5999 omit the thousands, as usual (תשפ״ו); other years from 1000 write them (ה׳ט׳, ד׳תשפ״ו), a whole
    // millennium in words (ו׳ אלפים). Years 1–999 have no thousands to write: a numeral alone means 5001–5999, so their
    // year is written in digits (א׳ בתשרי 1).
    /// <summary>Writes <c>כ״ט באלול תשפ״ו</c> into <paramref name="destination"/>, at least <see cref="MaxLength"/> long.</summary>
    /// <returns>The number of characters written.</returns>
    public static int FormatHebrew(HebrewDate date, Span<char> destination)
    {
        var count = HebrewNumerals.Format(date.Day, destination);
        destination[count++] = ' ';
        destination[count++] = 'ב';
        count += Append(destination[count..], HebrewNames[(int)date.Month]);
        destination[count++] = ' ';
        var (thousands, rest) = Math.DivRem(date.Year, 1000);
        if (thousands == 0)
        {
            date.Year.TryFormat(destination[count..], out var digits, provider: CultureInfo.InvariantCulture);
            return count + digits;
        }

        if (thousands != 5 || rest < 10)
        {
            count += HebrewNumerals.Format(thousands, destination[count..]);
        }

        if (rest == 0)
        {
            destination[count++] = ' ';
            return count + Append(destination[count..], Thousands);
        }

        return count + HebrewNumerals.Format(rest, destination[count..], isYear: true);
    }

    private static int Append(Span<char> destination, string text)
    {
        text.CopyTo(destination);
        return text.Length;
    }

    public static Result<HebrewDate> Parse(string text)
    {
        var tokens = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var hebrew = tokens.Length > 0 && IsHebrewLetter(tokens[0][0]);

        // The year is the last token, or the last two: ה׳ תשפ״ו (only ה׳ stands apart: ב׳ after אדר is Adar II), ו׳ אלפים.
        var yearTokens = hebrew && tokens.Length > 3 && (tokens[^1] == Thousands || IsFiveThousand(tokens[^2])) ? 2 : 1;
        if (tokens.Length - yearTokens is < 2 or > 3)
        {
            return Unparsable(text);
        }

        var monthText = string.Concat(tokens[1..^yearTokens]);
        var day = hebrew ? HebrewNumerals.Parse(tokens[0]) : ParseDigits(tokens[0]);
        var year = hebrew ? ParseHebrewYear(tokens.AsSpan(tokens.Length - yearTokens)) : ParseDigits(tokens[^1]);
        var month = FindMonth(hebrew && monthText.StartsWith('ב') && FindMonth(monthText) == 0 ? monthText[1..] : monthText);
        return day < 0 || year == NotAYear || month == 0 ? Unparsable(text)
            : year == Ambiguous ? AmbiguousYear(text, tokens[^1])
            : HebrewDate.Create(year, month, day);
    }

    private static bool IsHebrewLetter(char c) => c is >= 'א' and <= 'ת';

    private static bool IsGeresh(char c) => c is HebrewNumerals.Geresh or '\'';

    private static bool IsFiveThousand(string token) => token.Length == 2 && token[0] == 'ה' && IsGeresh(token[1]);

    private static int ParseDigits(string token) =>
        int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : NotAYear;

    // The spellings of a year, and why each reads as it does:
    //   5786                   digits: the year itself (any year; the only spelling of 1–999).
    //   תשפ״ו                  a numeral alone: the thousands omitted, 5001–5999 by custom. A single letter א׳–ט׳ is
    //                          Ambiguous: ה׳ may be 5005 or the millennium 5000 (ה׳ אלפים).
    //   ה׳תשפ״ו, ד׳תשפ״ו       a units letter with its geresh, then a numeral: the thousands written.
    //   התשפ״ו                 ה without its geresh, then a numeral: 5000 + the numeral. No numeral but ה itself begins
    //                          with ה (ה is a unit, and units come last), so ה followed by letters is always the thousands.
    //   ה׳ תשפ״ו               the thousands as a token of their own: ה׳ only.
    //   ו׳ אלפים               a whole millennium.
    private static int ParseHebrewYear(ReadOnlySpan<string> tokens)
    {
        if (tokens.Length == 2)
        {
            if (tokens[1] == Thousands)
            {
                var millennium = HebrewNumerals.Parse(tokens[0]);
                return millennium is >= 1 and <= 9 ? millennium * 1000 : NotAYear;
            }

            var afterThousands = HebrewNumerals.Parse(tokens[1]);
            return afterThousands > 0 ? 5000 + afterThousands : NotAYear;
        }

        var token = tokens[0];
        if (token.Length > 0 && char.IsAsciiDigit(token[0]))
        {
            return ParseDigits(token);
        }

        var numeral = HebrewNumerals.Parse(token);
        if (numeral > 0)
        {
            return numeral < 10 ? Ambiguous : 5000 + numeral;
        }

        if (token.Length > 2 && IsGeresh(token[1]) && HebrewNumerals.UnitValue(token[0]) is var thousands and > 0)
        {
            var rest = HebrewNumerals.Parse(token.AsSpan(2));
            return rest > 0 ? (thousands * 1000) + rest : NotAYear;
        }

        if (token.Length > 1 && token[0] == 'ה' && IsHebrewLetter(token[1]))
        {
            var rest = HebrewNumerals.Parse(token.AsSpan(1));
            return rest > 0 ? 5000 + rest : NotAYear;
        }

        return NotAYear;
    }

    private static HebrewMonth FindMonth(string text)
    {
        var key = Normalize(text);
        for (var month = HebrewMonth.Tishrei; month <= HebrewMonth.Elul; month++)
        {
            if (key == EnglishKeys[(int)month] || key == HebrewKeys[(int)month])
            {
                return month;
            }
        }

        foreach (var (name, month) in Aliases)
        {
            if (key == name)
            {
                return month;
            }
        }

        return 0;
    }

    private static string Normalize(string name) =>
        string.Concat(name.Where(c => c is not ('\'' or '’' or ' ' or HebrewNumerals.Geresh or HebrewNumerals.Gershayim or '"'))).ToLowerInvariant();

    private static Result<HebrewDate> AmbiguousYear(string text, string year)
    {
        var letter = year[0];
        var value = HebrewNumerals.UnitValue(letter);
        return Result<HebrewDate>.Invalid(new ValidationError(
            "text",
            $"In '{text}' the year '{year}' may be {5000 + value} (the thousands omitted) or {value * 1000}: write ה׳{letter} or {letter}׳ {Thousands}.",
            CalendarErrors.HebrewYearAmbiguous,
            ValidationSeverity.Error));
    }

    private static Result<HebrewDate> Unparsable(string text) =>
        Result<HebrewDate>.Invalid(new ValidationError(
            "text",
            $"'{text}' is not a Hebrew date such as '29 Elul 5786' or 'כ״ט באלול תשפ״ו'.",
            CalendarErrors.HebrewDateUnparsable,
            ValidationSeverity.Error));
}
