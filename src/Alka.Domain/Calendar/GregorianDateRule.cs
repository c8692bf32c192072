using System.Globalization;
using NodaTime;

namespace Alka.Domain.Calendar;

/// <summary>
/// A day of the Gregorian year, every year — a company's annual event on 15 March, a founding day — for a custom
/// <see cref="Observance"/>: <c>GregorianDateRule.On(3, 15)</c>.
/// </summary>
/// <remarks>
/// <para>
/// Rules are computed per Hebrew year (1 Tishrei to 29 Elul, about September to September), so the rule yields every
/// day of the Hebrew year that has the date: one for most dates; for a date in September or October, two in a Hebrew
/// year of 383–385 days that holds it twice, none in a year of 353–355 days that misses it. Every Gregorian year has
/// its day either way. The years of an <see cref="ObservanceRule"/> in force are Hebrew years.
/// </para>
/// <para>
/// <b>29 February</b> falls on 28 February in a common year, as NodaTime's <see cref="AnnualDate"/> places it: an
/// annual event is kept every year, on the last day of February.
/// </para>
/// <para>Immutable and thread-safe; equality is structural.</para>
/// </remarks>
public sealed class GregorianDateRule : ObservanceDateRule
{
    private GregorianDateRule(int month, int day)
    {
        Month = month;
        Day = day;
    }

    /// <summary>The month, 1 (January) – 12 (December).</summary>
    public int Month { get; }

    /// <summary>The day of the month, 1–31 (29 for February).</summary>
    public int Day { get; }

    /// <summary>On <paramref name="day"/> <paramref name="month"/> of every Gregorian year, e.g. <c>On(3, 15)</c> for 15 March.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is outside 1–12, or <paramref name="day"/> is not a day of that month in a leap year.</exception>
    public static GregorianDateRule On(int month, int day)
    {
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "A month is 1–12.");
        }

        if (day < 1 || day > DateTime.DaysInMonth(2000, month))
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, $"Not a day of {MonthName(month)}.");
        }

        return new GregorianDateRule(month, day);
    }

    /// <summary>Describes the rule, e.g. <c>15 March (Gregorian)</c>, <c>29 February (Gregorian; 28 February in a common year)</c>.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Day} {MonthName(Month)} (Gregorian{(IsLeapDay ? "; 28 February in a common year" : "")})");

    /// <inheritdoc/>
    public override bool Equals(ObservanceDateRule? other) => other is GregorianDateRule rule && rule.Month == Month && rule.Day == Day;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(typeof(GregorianDateRule), Month, Day);

    /// <inheritdoc/>
    internal override int Resolve(in HebrewYearInfo year, Span<int> days)
    {
        // 1 Tishrei falls in September or October of the Gregorian year (Hebrew year − 3761): the Hebrew year meets
        // that Gregorian year's end and the next one's beginning.
        var count = 0;
        for (var gregorianYear = year.Year - 3761; gregorianYear <= year.Year - 3760; gregorianYear++)
        {
            var day = IsLeapDay && !IsGregorianLeapYear(gregorianYear) ? 28 : Day;
            var dayOfYear = HebrewArithmetic.EpochDayFromIso(gregorianYear, Month, day) - year.Start;
            if ((uint)dayOfYear < (uint)year.Length)
            {
                days[count++] = dayOfYear;
            }
        }

        return count;
    }

    private bool IsLeapDay => Month == 2 && Day == 29;

    private static bool IsGregorianLeapYear(int year) => (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

    private static string MonthName(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
}
