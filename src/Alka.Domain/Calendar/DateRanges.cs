using Ardalis.Result;
using NodaTime;
using NodaTime.Text;

namespace Alka.Domain.Calendar;

/// <summary>
/// The one check of a date range against a supported range, shared by the calendars and the forum calendar, so that
/// every one names the same problems with the same codes (<see cref="CalendarErrors.DateOutOfRange"/>,
/// <see cref="CalendarErrors.RangeEndBeforeStart"/>) and words.
/// </summary>
internal static class DateRanges
{
    /// <summary>
    /// Every problem of the range <paramref name="from"/> … <paramref name="to"/> (ISO dates) within
    /// <paramref name="min"/> … <paramref name="max"/>: each end outside, the end before the start.
    /// </summary>
    /// <param name="from">The start.</param>
    /// <param name="to">The end.</param>
    /// <param name="min">The first supported date.</param>
    /// <param name="max">The last supported date.</param>
    /// <param name="fromName">The identifier of the start.</param>
    /// <param name="toName">The identifier of the end.</param>
    /// <param name="endExclusive">Whether the end is exclusive, and so may be the day after <paramref name="max"/>.</param>
    public static List<ValidationError> Check(
        LocalDate from, LocalDate to, LocalDate min, LocalDate max, string fromName = "from", string toName = "to", bool endExclusive = false)
    {
        var problems = new List<ValidationError>();
        if (from < min || from > max)
        {
            problems.Add(OutOfRange(fromName, from, min, max));
        }

        if (to < min || to > (endExclusive ? max.PlusDays(1) : max))
        {
            problems.Add(OutOfRange(toName, to, min, max));
        }

        if (to < from)
        {
            problems.Add(new ValidationError(
                toName, $"{Iso(to)} is before the start of the range, {Iso(from)}.", CalendarErrors.RangeEndBeforeStart, ValidationSeverity.Error));
        }

        return problems;
    }

    /// <summary>The problem of <paramref name="date"/> outside <paramref name="min"/> … <paramref name="max"/>.</summary>
    public static ValidationError OutOfRange(string identifier, LocalDate date, LocalDate min, LocalDate max) =>
        new(identifier, $"{Iso(date)} is outside the supported range {Iso(min)} … {Iso(max)}.", CalendarErrors.DateOutOfRange, ValidationSeverity.Error);

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
