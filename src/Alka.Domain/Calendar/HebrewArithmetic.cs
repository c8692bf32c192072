using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Alka.Domain.Calendar;

/// <summary>
/// The arithmetic of the fixed Hebrew calendar (the molad of Tishrei and the four postponements, as set out in
/// Maimonides, Hilchot Kiddush HaChodesh 6–8, in the formulation of Dershowitz and Reingold, <i>Calendrical
/// Calculations</i>), precomputed for every supported year so that conversions are table lookups.
/// </summary>
/// <remarks>Days are counted from 1970-01-01 (ISO) = 0, "epoch days". Thread-safe: the tables are built once, by the type initializer.</remarks>
internal static class HebrewArithmetic
{
    public const int MinYear = 1;
    public const int MaxYear = 9999;

    // R.D. -1373427 (1 Tishrei AM 1 = 7 October 3761 BCE, Julian) in epoch days (R.D. 719163 = 1970-01-01).
    private const int HebrewEpoch = -1_373_427 - 719_163;

    // 2^32 / 365.2468 (the mean Hebrew year), for a first estimate of the year of a day.
    private const long YearsPerDayQ32 = 11_759_046;

    // Epoch day of 1 Tishrei of MinYear + i, for i in 0 … MaxYear - MinYear + 1 (one past the end).
    private static readonly int[] YearStarts = BuildYearStarts();

    // [kind * MonthsPerKind + month] = day of year (0-based) on which the month starts, or -1 where the month is not in
    // that kind of year; and the month's length, or 0.
    private const int MonthsPerKind = (int)HebrewMonth.Elul + 1;
    private static readonly short[] MonthStarts = BuildMonthTable(start: true);
    private static readonly byte[] MonthLengths = Array.ConvertAll(BuildMonthTable(start: false), length => (byte)length);

    // The kind (see KindOf) of MinYear + i.
    private static readonly byte[] YearKinds = BuildYearKinds();

    // [kind * DaysPerKind + day of year] = ((month - 1) << 5) | (day - 1), the packing of HebrewDate.
    private const int DaysPerKind = 386;
    private static readonly ushort[] MonthDayOfYear = BuildMonthDayOfYear();

    /// <summary>Epoch day of 1 Tishrei of <see cref="MinYear"/>.</summary>
    public static readonly int MinDay = YearStarts[0];

    /// <summary>Epoch day of 29 Elul of <see cref="MaxYear"/>.</summary>
    public static readonly int MaxDay = YearStarts[^1] - 1;

    /// <summary>Epoch day of 1 Tishrei of <paramref name="year"/> (which may be <see cref="MaxYear"/> + 1).</summary>
    public static int YearStart(int year) => YearStarts[year - MinYear];

    /// <summary>Days in <paramref name="year"/>: 353, 354, 355, 383, 384 or 385.</summary>
    public static int YearLength(int year) => YearStarts[year - MinYear + 1] - YearStarts[year - MinYear];

    /// <summary>Whether <paramref name="year"/> has 13 months (years 3, 6, 8, 11, 14, 17 and 19 of the 19-year cycle).</summary>
    public static bool IsLeapYear(int year) => ((7 * year) + 1) % 19 < 7;

    /// <summary>The kind of a year of <paramref name="length"/> days: 0–2 common (deficient, regular, complete), 3–5 leap.</summary>
    public static int KindOf(int length) => length < 380 ? length - 353 : length - 380;

    /// <summary>The kind of <paramref name="year"/>, see <see cref="KindOf"/>.</summary>
    public static int Kind(int year) => YearKinds[year - MinYear];

    /// <summary>Day of year (0-based) of the first of <paramref name="month"/> in a year of <paramref name="kind"/>, or -1.</summary>
    public static int MonthStart(int kind, HebrewMonth month) => MonthStarts[(kind * MonthsPerKind) + (int)month];

    /// <summary>Days in <paramref name="month"/> of a year of <paramref name="kind"/>, or 0 where there is no such month.</summary>
    public static int DaysInMonth(int kind, HebrewMonth month) => MonthLengths[(kind * MonthsPerKind) + (int)month];

    /// <summary>The month and day of the 0-based <paramref name="dayOfYear"/> in a year of <paramref name="kind"/>.</summary>
    public static (HebrewMonth Month, int Day) MonthDay(int kind, int dayOfYear)
    {
        var packed = PackedMonthDay(kind, dayOfYear);
        return ((HebrewMonth)((packed >> 5) + 1), (packed & 0x1F) + 1);
    }

    /// <summary>((month − 1) &lt;&lt; 5) | (day − 1) of the 0-based <paramref name="dayOfYear"/> in a year of <paramref name="kind"/>.</summary>
    public static int PackedMonthDay(int kind, int dayOfYear) => MonthDayOfYear[(kind * DaysPerKind) + dayOfYear];

    /// <summary>
    /// The packed Hebrew date of <paramref name="epochDay"/>, which must be within [<see cref="MinDay"/>, <see cref="MaxDay"/>]:
    /// ((year − 1) &lt;&lt; 9) | ((month − 1) &lt;&lt; 5) | (day − 1). The hot path of conversion: no bounds checks.
    /// </summary>
    public static int PackedDate(int epochDay)
    {
        ref var starts = ref MemoryMarshal.GetArrayDataReference(YearStarts);
        var index = (int)(((long)(epochDay - MinDay) * YearsPerDayQ32) >> 32);
        index = Math.Min(index, MaxYear - MinYear);

        // The estimate is off by at most one year either way: a year starts within a month of its mean start.
        if (Unsafe.Add(ref starts, index + 1) <= epochDay)
        {
            index++;
        }
        else if (Unsafe.Add(ref starts, index) > epochDay)
        {
            index--;
        }

        var kind = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(YearKinds), index);
        var monthDay = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(MonthDayOfYear), (kind * DaysPerKind) + epochDay - Unsafe.Add(ref starts, index));
        return (index << 9) | monthDay;
    }

    /// <summary>The Hebrew year that contains <paramref name="epochDay"/>, which must be within [<see cref="MinDay"/>, <see cref="MaxDay"/>].</summary>
    public static int YearOf(int epochDay) => (PackedDate(epochDay) >> 9) + MinYear;

    /// <summary>Epoch day of the ISO date <paramref name="year"/>-<paramref name="month"/>-<paramref name="day"/> (proleptic Gregorian; any year).</summary>
    public static int EpochDayFromIso(int year, int month, int day)
    {
        // Howard Hinnant's days_from_civil (public domain), with years counted from March and shifted by 10,400 years
        // (26 whole 400-year cycles) so that every year NodaTime supports is positive: unsigned arithmetic, no branch on the era.
        var marchYear = (uint)(year + 10_400 - (month <= 2 ? 1 : 0));
        var marchMonth = (uint)(month <= 2 ? month + 9 : month - 3);
        var days = (365 * marchYear) + (marchYear / 4) - (marchYear / 100) + (marchYear / 400) + (((153 * marchMonth) + 2) / 5) + (uint)day - 1;
        return (int)days - 4_517_990; // the same sum for 1970-01-01
    }

    /// <summary>Epoch day of the Julian calendar date <paramref name="year"/>-<paramref name="month"/>-<paramref name="day"/> (astronomical year numbering).</summary>
    public static int EpochDayFromJulian(int year, int month, int day)
    {
        // Years counted from March, as in days_from_civil, with the Julian rule of a leap day every fourth year.
        year -= month <= 2 ? 1 : 0;
        var dayOfYear = ((153 * (month > 2 ? month - 3 : month + 9)) + 2) / 5 + day - 1;
        return (int)FloorDiv(1461L * year, 4) + dayOfYear - 719_470;
    }

    /// <summary>The ISO year, month and day of <paramref name="epochDay"/> (inverse of <see cref="EpochDayFromIso"/>).</summary>
    public static (int Year, int Month, int Day) IsoFromEpochDay(int epochDay)
    {
        // Howard Hinnant, civil_from_days, public domain.
        var z = epochDay + 719_468;
        var era = (z >= 0 ? z : z - 146_096) / 146_097;
        var dayOfEra = z - (era * 146_097);
        var yearOfEra = (dayOfEra - (dayOfEra / 1460) + (dayOfEra / 36_524) - (dayOfEra / 146_096)) / 365;
        var dayOfYear = dayOfEra - ((365 * yearOfEra) + (yearOfEra / 4) - (yearOfEra / 100));
        var mp = ((5 * dayOfYear) + 2) / 153;
        var day = dayOfYear - (((153 * mp) + 2) / 5) + 1;
        var month = mp < 10 ? mp + 3 : mp - 9;
        return (yearOfEra + (era * 400) + (month <= 2 ? 1 : 0), month, day);
    }

    /// <summary>ISO day of week of <paramref name="epochDay"/>: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday).</summary>
    public static int IsoDayOfWeek(int epochDay)
    {
        var d = (epochDay + 3) % 7;
        return (d < 0 ? d + 7 : d) + 1;
    }

    private static int[] BuildYearStarts()
    {
        var starts = new int[MaxYear - MinYear + 2];
        for (var i = 0; i < starts.Length; i++)
        {
            starts[i] = NewYear(MinYear + i);
        }

        return starts;
    }

    private static int NewYear(int year) => HebrewEpoch + ElapsedDays(year) + NewYearDelay(year);

    // Days from the epoch to the molad of Tishrei of the year, with the postponements of lo ADU Rosh and molad zaken.
    private static int ElapsedDays(int year)
    {
        var monthsElapsed = FloorDiv((235L * year) - 234, 19);
        var partsElapsed = 12_084 + (13_753 * monthsElapsed);
        var days = (29 * monthsElapsed) + FloorDiv(partsElapsed, 25_920);
        return (int)(FloorMod(3 * (days + 1), 7) < 3 ? days + 1 : days);
    }

    // The postponements GaTaRaD and BeTU'TaKPaT: keep every year 353–355 or 383–385 days long.
    private static int NewYearDelay(int year)
    {
        var thisYear = ElapsedDays(year);
        if (ElapsedDays(year + 1) - thisYear == 356)
        {
            return 2;
        }

        return thisYear - ElapsedDays(year - 1) == 382 ? 1 : 0;
    }

    private static long FloorDiv(long a, long b) => (a / b) - ((a % b != 0 && ((a < 0) ^ (b < 0))) ? 1 : 0);

    private static long FloorMod(long a, long b) => a - (FloorDiv(a, b) * b);

    private static int MonthLength(int kind, HebrewMonth month)
    {
        var leap = kind >= 3;
        var lengthClass = kind % 3; // 0 deficient, 1 regular, 2 complete
        return month switch
        {
            HebrewMonth.Cheshvan => lengthClass == 2 ? 30 : 29,
            HebrewMonth.Kislev => lengthClass == 0 ? 29 : 30,
            HebrewMonth.Adar => leap ? 0 : 29,
            HebrewMonth.AdarI => leap ? 30 : 0,
            HebrewMonth.AdarII => leap ? 29 : 0,
            HebrewMonth.Tishrei or HebrewMonth.Shvat or HebrewMonth.Nisan or HebrewMonth.Sivan or HebrewMonth.Av => 30,
            _ => 29,
        };
    }

    private static short[] BuildMonthTable(bool start)
    {
        var table = new short[6 * MonthsPerKind];
        for (var kind = 0; kind < 6; kind++)
        {
            table[kind * MonthsPerKind] = (short)(start ? -1 : 0);
            short dayOfYear = 0;
            for (var month = HebrewMonth.Tishrei; month <= HebrewMonth.Elul; month++)
            {
                var length = MonthLength(kind, month);
                table[(kind * MonthsPerKind) + (int)month] = start ? (length == 0 ? (short)-1 : dayOfYear) : (short)length;
                dayOfYear += (short)length;
            }
        }

        return table;
    }

    private static byte[] BuildYearKinds()
    {
        var kinds = new byte[MaxYear - MinYear + 1];
        for (var i = 0; i < kinds.Length; i++)
        {
            kinds[i] = (byte)KindOf(YearStarts[i + 1] - YearStarts[i]);
        }

        return kinds;
    }

    private static ushort[] BuildMonthDayOfYear()
    {
        var table = new ushort[6 * DaysPerKind];
        for (var kind = 0; kind < 6; kind++)
        {
            var dayOfYear = 0;
            for (var month = HebrewMonth.Tishrei; month <= HebrewMonth.Elul; month++)
            {
                for (var day = 1; day <= MonthLength(kind, month); day++)
                {
                    table[(kind * DaysPerKind) + dayOfYear++] = (ushort)(((int)(month - 1) << 5) | (day - 1));
                }
            }
        }

        return table;
    }
}
