using NodaTime;

namespace Alka.Cli.Output;

/// <summary>ISO dates as NodaTime's <c>uuuu-MM-dd</c> pattern writes them (<c>2026-09-11</c>, <c>-3760-09-07</c>), without a string.</summary>
internal static class IsoDate
{
    /// <summary>The longest date: a sign, four digits and <c>-MM-dd</c>.</summary>
    public const int MaxLength = 11;

    /// <summary>Writes <paramref name="date"/> (ISO calendar) into <paramref name="destination"/>.</summary>
    /// <returns>The number of characters written.</returns>
    public static int Format(LocalDate date, Span<char> destination)
    {
        var year = date.Year;
        var at = 0;
        if (year < 0)
        {
            destination[at++] = '-';
            year = -year;
        }

        destination[at++] = (char)('0' + (year / 1000));
        destination[at++] = (char)('0' + (year / 100 % 10));
        destination[at++] = (char)('0' + (year / 10 % 10));
        destination[at++] = (char)('0' + (year % 10));
        destination[at++] = '-';
        destination[at++] = (char)('0' + (date.Month / 10));
        destination[at++] = (char)('0' + (date.Month % 10));
        destination[at++] = '-';
        destination[at++] = (char)('0' + (date.Day / 10));
        destination[at++] = (char)('0' + (date.Day % 10));
        return at;
    }
}
