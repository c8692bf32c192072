using System.Globalization;

namespace Alka.Domain.Calendar;

/// <summary>
/// A day of the solar cycle: in the Hebrew years whose number leaves <see cref="YearRemainder"/> when divided by
/// <see cref="CycleYears"/>, on a fixed date of the Julian calendar — Birkat HaChamah, every 28 years on 26 March
/// (Julian) when Shmuel's vernal equinox returns to the hour of creation (Talmud Berachot 59b).
/// </summary>
/// <remarks>The Julian year is the Hebrew year − 3760 (the spring of the Hebrew year). Immutable and thread-safe; equality is structural.</remarks>
public sealed class SolarCycleRule : ObservanceDateRule
{
    private SolarCycleRule(int cycleYears, int yearRemainder, int julianMonth, int julianDay)
    {
        CycleYears = cycleYears;
        YearRemainder = yearRemainder;
        JulianMonth = julianMonth;
        JulianDay = julianDay;
    }

    /// <summary>The length of the cycle in years.</summary>
    public int CycleYears { get; }

    /// <summary>The remainder of the Hebrew years in which the day falls.</summary>
    public int YearRemainder { get; }

    /// <summary>The month of the Julian date, January–July (within the spring half of the Hebrew year).</summary>
    public int JulianMonth { get; }

    /// <summary>The day of the Julian date.</summary>
    public int JulianDay { get; }

    /// <summary>Creates a solar-cycle rule.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The cycle is not positive, the remainder is outside it, or the Julian date is not a day of January–July.</exception>
    public static SolarCycleRule Create(int cycleYears, int yearRemainder, int julianMonth, int julianDay)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cycleYears);
        if (yearRemainder < 0 || yearRemainder >= cycleYears)
        {
            throw new ArgumentOutOfRangeException(nameof(yearRemainder), yearRemainder, "The remainder is within the cycle.");
        }

        if (julianMonth is < 1 or > 7)
        {
            throw new ArgumentOutOfRangeException(nameof(julianMonth), julianMonth, "January–July keeps the day within its Hebrew year.");
        }

        if (julianDay < 1 || julianDay > (julianMonth == 2 ? 28 : 30 + ((julianMonth + (julianMonth / 8)) % 2)))
        {
            throw new ArgumentOutOfRangeException(nameof(julianDay), julianDay, "Not a day of the month (29 February is not allowed).");
        }

        return new SolarCycleRule(cycleYears, yearRemainder, julianMonth, julianDay);
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"every {CycleYears} years (Hebrew year mod {CycleYears} = {YearRemainder}), on {JulianDay} {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(JulianMonth)} (Julian)");

    /// <inheritdoc/>
    public override bool Equals(ObservanceDateRule? other) =>
        other is SolarCycleRule rule && rule.CycleYears == CycleYears && rule.YearRemainder == YearRemainder
        && rule.JulianMonth == JulianMonth && rule.JulianDay == JulianDay;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(CycleYears, YearRemainder, JulianMonth, JulianDay);

    /// <inheritdoc/>
    internal override int Resolve(in HebrewYearInfo year, Span<int> days)
    {
        if (year.Year % CycleYears != YearRemainder)
        {
            return 0;
        }

        days[0] = HebrewArithmetic.EpochDayFromJulian(year.Year - 3760, JulianMonth, JulianDay) - year.Start;
        return 1;
    }
}
