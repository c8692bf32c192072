using NodaTime;

namespace Alka.Domain.Tests.Calendar;

/// <summary>
/// An oracle for <see cref="Alka.Domain.Calendar.Easter"/> that shares nothing with it: the library uses Meeus'
/// arithmetic (Meeus/Jones/Butcher, Meeus' Julian algorithm) and shifts Julian dates by a formula; this finds the
/// paschal full moon from the epact (Gregorian) or the Dionysian table (Julian) and lets NodaTime's calendars find the
/// next Sunday and convert Julian to Gregorian.
/// </summary>
internal static class IndependentComputus
{
    /// <summary>
    /// The Julian paschal full moon of each golden number 1–19 (the Dionysian table, as printed in the Book of Common
    /// Prayer's tables before 1752): March or April dates, written as days after 21 March.
    /// </summary>
    private static readonly (int Month, int Day)[] JulianPaschalFullMoons =
    [
        (4, 5), (3, 25), (4, 13), (4, 2), (3, 22), (4, 10), (3, 30), (4, 18), (4, 7), (3, 27),
        (4, 15), (4, 4), (3, 24), (4, 12), (4, 1), (3, 21), (4, 9), (3, 29), (4, 17),
    ];

    /// <summary>
    /// Western Easter by the Lilius–Clavius epact: the Julian epact corrected by the solar equation (century leap years
    /// dropped) and the lunar equation (8 days in 2500 years); the paschal full moon is 44 − epact days after 1 March
    /// (with Clavius' exceptions for epacts 24 and 25); Easter is the Sunday after it.
    /// </summary>
    public static LocalDate WesternEaster(int year)
    {
        var goldenNumber = (year % 19) + 1;
        var century = (year / 100) + 1;
        var solarEquation = (3 * century / 4) - 12;
        var lunarEquation = (((8 * century) + 5) / 25) - 5;
        var epact = ((11 * goldenNumber) + 20 + lunarEquation - solarEquation) % 30;
        if (epact < 0)
        {
            epact += 30;
        }

        if (epact == 24 || (epact == 25 && goldenNumber > 11))
        {
            epact++;
        }

        var fullMoonDayOfMarch = 44 - epact;
        if (fullMoonDayOfMarch < 21)
        {
            fullMoonDayOfMarch += 30;
        }

        var fullMoon = new LocalDate(year, 3, 1).PlusDays(fullMoonDayOfMarch - 1);
        return fullMoon.Next(IsoDayOfWeek.Sunday);
    }

    /// <summary>Orthodox Easter: the Sunday after the Dionysian paschal full moon, in the Julian calendar, shown in the ISO calendar.</summary>
    public static LocalDate OrthodoxEaster(int year)
    {
        var (month, day) = JulianPaschalFullMoons[year % 19];
        var fullMoon = new LocalDate(year, month, day, CalendarSystem.Julian);
        return fullMoon.Next(IsoDayOfWeek.Sunday).WithCalendar(CalendarSystem.Iso);
    }
}
