using Alka.Domain.Validation;
using Ardalis.Result;
using NodaTime;
using NodaTime.Calendars;

namespace Alka.Domain.Calendar;

/// <summary>
/// A date in the Hebrew calendar: year (AM), <see cref="HebrewMonth"/> and day, convertible to and from NodaTime's
/// <see cref="LocalDate"/> by table lookup.
/// </summary>
/// <remarks>
/// <para>
/// The supported range is NodaTime's: 1 Tishrei 1 (<see cref="MinValue"/>, ISO -3760-09-07) to 29 Elul 9999
/// (<see cref="MaxValue"/>, ISO 6239-09-25). The default value is <see cref="MinValue"/>.
/// </para>
/// <para>
/// Equality and ordering are those of the day: chronological. The type is an immutable value and thread-safe.
/// <see cref="ToString()"/> writes the English form (<c>29 Elul 5786</c>), <see cref="ToHebrewString"/> the Hebrew
/// one (<c>כ״ט באלול תשפ״ו</c>), and <see cref="TryFormat"/> either into a span without allocating (format
/// <c>"H"</c> for Hebrew, also in interpolated strings: <c>$"{date:H}"</c>); <see cref="Parse"/> reads both.
/// </para>
/// </remarks>
public readonly struct HebrewDate : IEquatable<HebrewDate>, IComparable<HebrewDate>, IComparable, ISpanFormattable
{
    // Days since MinValue, so that default(HebrewDate) is MinValue.
    private readonly int _days;

    // ((year - 1) << 9) | ((month - 1) << 5) | (day - 1), so that default(HebrewDate) is 1 Tishrei 1.
    private readonly int _yearMonthDay;

    private HebrewDate(int epochDay, int packedDate)
    {
        _days = epochDay - HebrewArithmetic.MinDay;
        _yearMonthDay = packedDate;
    }

    /// <summary>
    /// Creates the date <paramref name="day"/> <paramref name="month"/> <paramref name="year"/>; for input that may be
    /// invalid use <see cref="Create"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1–9999, the month is not in the year or the day is not in the month.</exception>
    public HebrewDate(int year, HebrewMonth month, int day)
    {
        var problem = Check(year, month, day);
        if (problem is not null)
        {
            throw new ArgumentOutOfRangeException(problem.Identifier, problem.ErrorMessage);
        }

        this = FromParts(year, month, day);
    }

    /// <summary>The earliest supported date, 1 Tishrei 1 (ISO -3760-09-07); also the default value.</summary>
    public static HebrewDate MinValue => default;

    /// <summary>The latest supported date, 29 Elul 9999 (ISO 6239-09-25).</summary>
    public static HebrewDate MaxValue => FromEpochDay(HebrewArithmetic.MaxDay);

    /// <summary>The year (anno mundi), 1–9999.</summary>
    public int Year => (_yearMonthDay >> 9) + 1;

    /// <summary>The month.</summary>
    public HebrewMonth Month => (HebrewMonth)(((_yearMonthDay >> 5) & 0xF) + 1);

    /// <summary>The day of the month, 1–30.</summary>
    public int Day => (_yearMonthDay & 0x1F) + 1;

    /// <summary>The day of the year, 1 (1 Tishrei) to 385.</summary>
    public int DayOfYear => EpochDay - HebrewArithmetic.YearStart(Year) + 1;

    /// <summary>The day of the week.</summary>
    public IsoDayOfWeek DayOfWeek => (IsoDayOfWeek)HebrewArithmetic.IsoDayOfWeek(EpochDay);

    /// <summary>Whether the year of this date has 13 months.</summary>
    public bool IsInLeapYear => HebrewArithmetic.IsLeapYear(Year);

    /// <summary>Days since 1970-01-01.</summary>
    internal int EpochDay => _days + HebrewArithmetic.MinDay;

    /// <summary>Whether <paramref name="year"/> has 13 months (Adar I and Adar II).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1–9999.</exception>
    public static bool IsLeapYear(int year)
    {
        CheckYear(year);
        return HebrewArithmetic.IsLeapYear(year);
    }

    /// <summary>The number of days in <paramref name="year"/>: 353, 354, 355, 383, 384 or 385.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1–9999.</exception>
    public static int DaysInYear(int year)
    {
        CheckYear(year);
        return HebrewArithmetic.YearLength(year);
    }

    /// <summary>
    /// The ISO dates of Hebrew <paramref name="year"/>, 1 Tishrei to 29 Elul, both inclusive: 5787 is 2026-09-12 to
    /// 2027-10-01.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1–9999.</exception>
    public static DateInterval YearInterval(int year)
    {
        CheckYear(year);
        var start = HebrewArithmetic.YearStart(year);
        return new DateInterval(ToLocalDate(start), ToLocalDate(start + HebrewArithmetic.YearLength(year) - 1));
    }

    /// <summary>The number of days in <paramref name="month"/> of <paramref name="year"/>, or 0 when the month is not in that year.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1–9999 or <paramref name="month"/> is not a month.</exception>
    public static int DaysInMonth(int year, HebrewMonth month)
    {
        CheckYear(year);
        if (month is < HebrewMonth.Tishrei or > HebrewMonth.Elul)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "Not a Hebrew month.");
        }

        return HebrewArithmetic.DaysInMonth(HebrewArithmetic.Kind(year), month);
    }

    /// <summary>Creates a date from input that may be invalid.</summary>
    /// <returns>
    /// The date, or an invalid result naming the first of the year, month or day that is wrong: the year outside
    /// 1–9999 or the day outside the month (<see cref="CommonErrors.OutOfRange"/>), the month not in the year
    /// (<see cref="CalendarErrors.HebrewMonthNotInYear"/>).
    /// </returns>
    public static Result<HebrewDate> Create(int year, HebrewMonth month, int day)
    {
        var problem = Check(year, month, day);
        return problem is null ? FromParts(year, month, day) : Result<HebrewDate>.Invalid(problem);
    }

    /// <summary>The Hebrew date of <paramref name="date"/>, in any NodaTime calendar.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the supported range (see <see cref="IsSupported"/>).</exception>
    public static HebrewDate FromLocalDate(LocalDate date)
    {
        var epochDay = ToEpochDay(date);
        if ((uint)(epochDay - HebrewArithmetic.MinDay) > (uint)(HebrewArithmetic.MaxDay - HebrewArithmetic.MinDay))
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, "The date is outside the supported range of the Hebrew calendar.");
        }

        return FromEpochDay(epochDay);
    }

    /// <summary>Whether <paramref name="date"/> is within the supported range, <see cref="MinValue"/> to <see cref="MaxValue"/>.</summary>
    public static bool IsSupported(LocalDate date) =>
        (uint)(ToEpochDay(date) - HebrewArithmetic.MinDay) <= (uint)(HebrewArithmetic.MaxDay - HebrewArithmetic.MinDay);

    /// <summary>Parses a Hebrew date written in English (<c>29 Elul 5786</c>) or in Hebrew (<c>כ״ט באלול תשפ״ו</c>).</summary>
    /// <remarks>
    /// <para>
    /// English is the day and year in digits around a month name as <see cref="ToString()"/> writes it, case-insensitive,
    /// or a common variant (Heshvan, Marcheshvan, Shevat, Iyar, Tammuz, Adar 1/2).
    /// </para>
    /// <para>
    /// Hebrew is a numeral day, the month with or without the prefix ב (full or defective spellings: חשון, כסליו, סיון)
    /// and the year. Numerals are read in their usual spelling only (ט״ו, not י״ה; a final letter only at the end,
    /// as in תש״ך), with geresh and gershayim in their places, as ASCII <c>'</c> and <c>"</c>, or left out. The year is
    /// one of: a numeral, the thousands omitted (<c>תשפ״ו</c>: 5786); the thousands written, a letter with its geresh
    /// (<c>ה׳תשפ״ו</c>, <c>ד׳תשפ״ו</c>: 4786), a bare ה (<c>התשפ״ו</c>) or ה׳ apart (<c>ה׳ תשפ״ו</c>); a whole millennium
    /// (<c>ו׳ אלפים</c>); or digits (<c>5786</c>, and the only way to write years 1–999).
    /// </para>
    /// <para>
    /// A single letter א–ט as the year is ambiguous — <c>ה׳</c> may be 5005 or 5000 — and is refused with
    /// <see cref="CalendarErrors.HebrewYearAmbiguous"/>; <see cref="ToHebrewString"/> writes <c>ה׳ה׳</c> and
    /// <c>ה׳ אלפים</c>. Whatever <see cref="ToString()"/> and <see cref="ToHebrewString"/> write reads back as the same date.
    /// </para>
    /// </remarks>
    /// <returns>
    /// The date, or an invalid result with identifier <c>text</c> and <see cref="CalendarErrors.HebrewDateUnparsable"/> or
    /// <see cref="CalendarErrors.HebrewYearAmbiguous"/>, or the error of <see cref="Create"/>.
    /// </returns>
    public static Result<HebrewDate> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return HebrewDateText.Parse(text);
    }

    /// <summary>The ISO (proleptic Gregorian) date of this day.</summary>
    public LocalDate ToLocalDate() => ToLocalDate(EpochDay);

    /// <summary>This day as a NodaTime date in its Hebrew calendar with the given month numbering.</summary>
    public LocalDate ToNodaTime(HebrewMonthNumbering numbering)
    {
        var calendar = numbering switch
        {
            HebrewMonthNumbering.Civil => CalendarSystem.HebrewCivil,
            HebrewMonthNumbering.Scriptural => CalendarSystem.HebrewScriptural,
            _ => throw new ArgumentOutOfRangeException(nameof(numbering), numbering, "Not a month numbering."),
        };
        return ToLocalDate().WithCalendar(calendar);
    }

    /// <summary>The date <paramref name="days"/> days later (earlier when negative).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The result is outside the supported range.</exception>
    public HebrewDate PlusDays(int days)
    {
        var epochDay = (long)EpochDay + days;
        if (epochDay < HebrewArithmetic.MinDay || epochDay > HebrewArithmetic.MaxDay)
        {
            throw new ArgumentOutOfRangeException(nameof(days), days, "The result is outside the supported range of the Hebrew calendar.");
        }

        return FromEpochDay((int)epochDay);
    }

    /// <summary>Writes the date in Hebrew: the day and the year in Hebrew numerals, e.g. <c>כ״ט באלול תשפ״ו</c>, <c>ט״ו בשבט תשפ״ז</c>.</summary>
    /// <remarks>
    /// Years 5010–5999 omit the thousands, as is usual; other years from 1000 write them (<c>ה׳ה׳</c> is 5005,
    /// <c>ד׳תשפ״ו</c> 4786, <c>ו׳ אלפים</c> 6000). Years 1–999 have no Hebrew spelling that reads back (a numeral alone
    /// means 5001–5999): their year is written in digits, <c>א׳ בתשרי 1</c>. <see cref="Parse"/> reads every form back.
    /// </remarks>
    public string ToHebrewString() => HebrewDateText.FormatHebrew(this);

    /// <summary>Writes the date in English, e.g. <c>29 Elul 5786</c>, <c>14 Adar II 5787</c>.</summary>
    public override string ToString() => HebrewDateText.FormatEnglish(this);

    /// <summary>
    /// Writes the date in English for the format <see langword="null"/>, <c>""</c> or <c>"G"</c> (as
    /// <see cref="ToString()"/>), in Hebrew for <c>"H"</c> (as <see cref="ToHebrewString"/>).
    /// </summary>
    /// <param name="format">The format: <see langword="null"/>, <c>""</c>, <c>"G"</c> or <c>"H"</c>.</param>
    /// <param name="formatProvider">Not used: both forms are the same in every culture.</param>
    /// <exception cref="FormatException"><paramref name="format"/> is another format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => IsHebrew(format) ? ToHebrewString() : ToString();

    /// <summary>Writes the date as <see cref="ToString(string?, IFormatProvider?)"/> does, into <paramref name="destination"/>, without allocating.</summary>
    /// <param name="destination">Where to write: 16 characters hold any English date, 20 any Hebrew one.</param>
    /// <param name="charsWritten">The number of characters written; 0 when the date does not fit.</param>
    /// <param name="format">The format: empty, <c>"G"</c> or <c>"H"</c>.</param>
    /// <param name="provider">Not used.</param>
    /// <returns>Whether the date fits in <paramref name="destination"/>.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is another format.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null)
    {
        Span<char> text = stackalloc char[HebrewDateText.MaxLength];
        var length = IsHebrew(format) ? HebrewDateText.FormatHebrew(this, text) : HebrewDateText.FormatEnglish(this, text);
        var fits = text[..length].TryCopyTo(destination);
        charsWritten = fits ? length : 0;
        return fits;
    }

    /// <summary>Deconstructs into year, month and day.</summary>
    public void Deconstruct(out int year, out HebrewMonth month, out int day)
    {
        year = Year;
        month = Month;
        day = Day;
    }

    /// <inheritdoc/>
    public bool Equals(HebrewDate other) => _days == other._days;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is HebrewDate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _days;

    /// <inheritdoc/>
    public int CompareTo(HebrewDate other) => _days.CompareTo(other._days);

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        HebrewDate other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a HebrewDate.", nameof(obj)),
    };

    /// <summary>Whether two values are the same day.</summary>
    public static bool operator ==(HebrewDate left, HebrewDate right) => left.Equals(right);

    /// <summary>Whether two values are different days.</summary>
    public static bool operator !=(HebrewDate left, HebrewDate right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is earlier than <paramref name="right"/>.</summary>
    public static bool operator <(HebrewDate left, HebrewDate right) => left._days < right._days;

    /// <summary>Whether <paramref name="left"/> is earlier than or the same as <paramref name="right"/>.</summary>
    public static bool operator <=(HebrewDate left, HebrewDate right) => left._days <= right._days;

    /// <summary>Whether <paramref name="left"/> is later than <paramref name="right"/>.</summary>
    public static bool operator >(HebrewDate left, HebrewDate right) => left._days > right._days;

    /// <summary>Whether <paramref name="left"/> is later than or the same as <paramref name="right"/>.</summary>
    public static bool operator >=(HebrewDate left, HebrewDate right) => left._days >= right._days;

    /// <summary>The Hebrew date of an epoch day within the supported range (unchecked).</summary>
    internal static HebrewDate FromEpochDay(int epochDay) => new(epochDay, HebrewArithmetic.PackedDate(epochDay));

    /// <summary>The Hebrew date of the 0-based <paramref name="dayOfYear"/> of a year.</summary>
    internal static HebrewDate FromYearDay(in HebrewYearInfo year, int dayOfYear) =>
        new(year.Start + dayOfYear, ((year.Year - 1) << 9) | HebrewArithmetic.PackedMonthDay(year.Kind, dayOfYear));

    /// <summary>Days since 1970-01-01 of <paramref name="date"/>, in any calendar.</summary>
    internal static int ToEpochDay(LocalDate date)
    {
        var calendar = date.Calendar;
        if (calendar != CalendarSystem.Iso && calendar != CalendarSystem.Gregorian)
        {
            date = date.WithCalendar(CalendarSystem.Iso);
        }

        return HebrewArithmetic.EpochDayFromIso(date.Year, date.Month, date.Day);
    }

    private static LocalDate ToLocalDate(int epochDay)
    {
        var (year, month, day) = HebrewArithmetic.IsoFromEpochDay(epochDay);
        return new LocalDate(year, month, day);
    }

    private static HebrewDate FromParts(int year, HebrewMonth month, int day)
    {
        var epochDay = HebrewArithmetic.YearStart(year) + HebrewArithmetic.MonthStart(HebrewArithmetic.Kind(year), month) + day - 1;
        return new HebrewDate(epochDay, ((year - 1) << 9) | (((int)month - 1) << 5) | (day - 1));
    }

    private static ValidationError? Check(int year, HebrewMonth month, int day)
    {
        if (year is < HebrewArithmetic.MinYear or > HebrewArithmetic.MaxYear)
        {
            return Problems.Error("year", CommonErrors.OutOfRange, $"The Hebrew year {year} is outside 1–9999.");
        }

        var length = month is < HebrewMonth.Tishrei or > HebrewMonth.Elul ? 0 : HebrewArithmetic.DaysInMonth(HebrewArithmetic.Kind(year), month);
        if (length == 0)
        {
            return Problems.Error("month", CalendarErrors.HebrewMonthNotInYear, $"{month} is not a month of the year {year}{(HebrewArithmetic.IsLeapYear(year) ? " (a leap year: Adar I and Adar II)" : " (a common year: Adar)")}.");
        }

        return day < 1 || day > length
            ? Problems.Error("day", CommonErrors.OutOfRange, $"{month} {year} has {length} days, not {day}.")
            : null;
    }

    private static void CheckYear(int year)
    {
        if (year is < HebrewArithmetic.MinYear or > HebrewArithmetic.MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "The Hebrew year is outside 1–9999.");
        }
    }

    private static bool IsHebrew(ReadOnlySpan<char> format) => format switch
    {
        "" or "G" => false,
        "H" => true,
        _ => throw new FormatException($"'{format}' is not a format of HebrewDate: use \"G\" (English) or \"H\" (Hebrew)."),
    };
}
