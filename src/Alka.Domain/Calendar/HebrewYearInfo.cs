namespace Alka.Domain.Calendar;

/// <summary>The shape of one Hebrew year, for rules to compute days of the year (0-based) without converting dates.</summary>
internal readonly struct HebrewYearInfo
{
    // ISO day of week of 1 Tishrei, minus one: 0 = Monday … 6 = Sunday.
    private readonly int _startDayOfWeek;

    public HebrewYearInfo(int year)
    {
        Year = year;
        Start = HebrewArithmetic.YearStart(year);
        Length = HebrewArithmetic.YearLength(year);
        Kind = HebrewArithmetic.KindOf(Length);
        _startDayOfWeek = HebrewArithmetic.IsoDayOfWeek(Start) - 1;
    }

    public int Year { get; }

    /// <summary>Epoch day of 1 Tishrei.</summary>
    public int Start { get; }

    public int Length { get; }

    public int Kind { get; }

    public bool IsLeap => Kind >= 3;

    /// <summary>Day of year (0-based) of <paramref name="day"/> <paramref name="month"/>, or -1 when there is no such day this year.</summary>
    public int DayOfYear(HebrewMonth month, int day)
    {
        var start = HebrewArithmetic.MonthStart(Kind, month);
        return start < 0 || (uint)(day - 1) >= (uint)HebrewArithmetic.DaysInMonth(Kind, month) ? -1 : start + day - 1;
    }

    /// <summary>ISO day of week (1 = Monday … 7 = Sunday) of a day of this year.</summary>
    public int DayOfWeek(int dayOfYear) => ((_startDayOfWeek + dayOfYear) % 7) + 1;
}
