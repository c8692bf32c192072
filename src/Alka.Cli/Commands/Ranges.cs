using Ardalis.Result;
using NodaTime;

namespace Alka.Cli.Commands;

/// <summary>A query of a library calendar over a range of dates, e.g. <c>IsraeliCalendar.GetObservances</c>.</summary>
internal delegate Result<IReadOnlyList<T>> RangeQuery<T>(LocalDate from, LocalDate to);

/// <summary>
/// Long date ranges in memory that does not grow with them: the library is asked a year at a time, and each century
/// of a calendar of its own — a calendar keeps every year it has computed for its lifetime, so a span's calendar is
/// let go once the span is written.
/// </summary>
internal static class Ranges
{
    /// <summary>The years one calendar answers for.</summary>
    public const int YearsPerCalendar = 100;

    /// <summary>
    /// The items of <paramref name="from"/> … <paramref name="to"/> (a range the library accepts), asked of a query of
    /// a new calendar (<paramref name="newCalendar"/>) every <see cref="YearsPerCalendar"/> years, one Gregorian year
    /// at a time; computed again on each enumeration.
    /// </summary>
    public static IEnumerable<T> ByYear<T>(LocalDate from, LocalDate to, Func<RangeQuery<T>> newCalendar)
    {
        var query = newCalendar();
        for (var (start, years) = (from, 0); ; start = new LocalDate(start.Year + 1, 1, 1), years++)
        {
            if (years == YearsPerCalendar)
            {
                (query, years) = (newCalendar(), 0);
            }

            var end = LocalDate.Min(to, new LocalDate(start.Year, 12, 31));
            var part = query(start, end);
            if (!part.IsSuccess)
            {
                throw new InvalidOperationException($"The library refused {start:uuuu-MM-dd} … {end:uuuu-MM-dd}, a part of a range it accepts.");
            }

            foreach (var item in part.Value)
            {
                yield return item;
            }

            if (end == to)
            {
                yield break;
            }
        }
    }
}
