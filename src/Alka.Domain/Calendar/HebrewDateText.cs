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

    private const string Thousands = "אלפים";

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

    // Years 5001–5999 omit the thousands, as usual (תשפ״ו); years from 1000 spell them (ד׳תשפ״ו), a whole millennium in
    // words (ו׳ אלפים). Years before 1000 have no thousands to write and read back as 5xxx: use English for them.
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
        if (thousands is not (0 or 5) || rest == 0)
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
        var hebrew = tokens.Length > 0 && IsHebrew(tokens[0]);
        var yearTokens = hebrew && tokens.Length > 3 && tokens[^1] == Thousands ? 2 : 1;
        if (tokens.Length - yearTokens is < 2 or > 3)
        {
            return Unparsable(text);
        }

        var monthText = string.Concat(tokens[1..^yearTokens]);
        var day = hebrew ? HebrewNumerals.Parse(tokens[0]) : ParseInt(tokens[0]);
        var year = !hebrew ? ParseInt(tokens[^1])
            : yearTokens == 2 ? ParseHebrewThousands(tokens[^2])
            : ParseHebrewYear(tokens[^1]);
        var month = FindMonth(hebrew && monthText.StartsWith('ב') && FindMonth(monthText) == 0 ? monthText[1..] : monthText);
        return day < 0 || year < 0 || month == 0 ? Unparsable(text) : HebrewDate.Create(year, month, day);
    }

    private static bool IsHebrew(string token) => token.Length > 0 && token[0] is >= '\u05D0' and <= '\u05EA';

    private static int ParseInt(string token) =>
        int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : -1;

    // תשפ״ו is 5786 (the thousands omitted, as usual); ד׳תשפ״ו spells them.
    private static int ParseHebrewYear(string token)
    {
        var geresh = token.IndexOfAny([HebrewNumerals.Geresh, '\'']);
        if (geresh == 1 && token.Length > 2)
        {
            var thousands = ParseHebrewThousands(token[..2]);
            var rest = HebrewNumerals.Parse(token.AsSpan(2));
            return thousands < 0 || rest < 0 ? -1 : thousands + rest;
        }

        var value = HebrewNumerals.Parse(token);
        return value < 0 ? -1 : value + 5000;
    }

    // ה׳ is 5000: a thousands letter with its geresh.
    private static int ParseHebrewThousands(string token)
    {
        var value = HebrewNumerals.Parse(token);
        return value is < 1 or > 9 ? -1 : value * 1000;
    }

    private static HebrewMonth FindMonth(string text)
    {
        var key = Normalize(text);
        for (var month = HebrewMonth.Tishrei; month <= HebrewMonth.Elul; month++)
        {
            if (key == Normalize(EnglishNames[(int)month]) || key == Normalize(HebrewNames[(int)month]))
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

    private static Result<HebrewDate> Unparsable(string text) =>
        Result<HebrewDate>.Invalid(new ValidationError(
            "text",
            $"'{text}' is not a Hebrew date such as '29 Elul 5786' or 'כ״ט באלול תשפ״ו'.",
            CalendarErrors.HebrewDateUnparsable,
            ValidationSeverity.Error));
}
