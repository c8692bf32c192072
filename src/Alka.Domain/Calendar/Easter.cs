using NodaTime;

namespace Alka.Domain.Calendar;

/// <summary>
/// The date of Easter Sunday by the two computus in use in Israel: the Gregorian (Western churches) and the Julian
/// (Orthodox churches, shown here in Gregorian dates).
/// </summary>
/// <remarks>
/// <para>Both follow J. Meeus, <i>Astronomical Algorithms</i> (2nd ed., 1998), chapter 8: the Gregorian one is the
/// Meeus/Jones/Butcher algorithm (valid for every Gregorian year), the Julian one Meeus' algorithm for the Julian
/// calendar; the Julian date is then moved to the Gregorian calendar by the difference between the calendars in that
/// year's spring (10 days in 1583–1699, 13 days in 1900–2099, 14 in 2100–2199 …).</para>
/// <para>Years from <see cref="CommunityCalendar.MinYear"/> (1583, the first whole year of the Gregorian calendar) to
/// <see cref="CommunityCalendar.MaxYear"/>. Pure functions: thread-safe, no allocation.</para>
/// </remarks>
public static class Easter
{
    /// <summary>Western Easter Sunday of <paramref name="year"/> (Gregorian computus), in the ISO calendar.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the supported years.</exception>
    public static LocalDate Western(int year)
    {
        CheckYear(year);
        var goldenNumber = year % 19;
        var century = year / 100;
        var yearOfCentury = year % 100;
        var leapCenturies = century / 4;
        var centuryRemainder = century % 4;
        var lunarCorrection = (century + 8) / 25;
        var moonCorrection = (century - lunarCorrection + 1) / 3;
        var epact = ((19 * goldenNumber) + century - leapCenturies - moonCorrection + 15) % 30;
        var leapYears = yearOfCentury / 4;
        var yearRemainder = yearOfCentury % 4;
        var weekday = (32 + (2 * centuryRemainder) + (2 * leapYears) - epact - yearRemainder) % 7;
        var correction = (goldenNumber + (11 * epact) + (22 * weekday)) / 451;
        var daysFromMarch = epact + weekday - (7 * correction) + 114;
        return new LocalDate(year, daysFromMarch / 31, (daysFromMarch % 31) + 1);
    }

    /// <summary>Orthodox Easter Sunday of <paramref name="year"/> (Julian computus), in the ISO (Gregorian) calendar.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the supported years.</exception>
    public static LocalDate Orthodox(int year)
    {
        CheckYear(year);
        var leapCycle = year % 4;
        var weekCycle = year % 7;
        var lunarCycle = year % 19;
        var paschalMoon = ((19 * lunarCycle) + 15) % 30;
        var toSunday = ((2 * leapCycle) + (4 * weekCycle) - paschalMoon + 34) % 7;
        var daysFromMarch = paschalMoon + toSunday + 114;
        var julianToGregorian = (year / 100) - (year / 400) - 2;
        return new LocalDate(year, daysFromMarch / 31, (daysFromMarch % 31) + 1).PlusDays(julianToGregorian);
    }

    private static void CheckYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, CommunityCalendar.MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, CommunityCalendar.MaxYear);
    }
}
