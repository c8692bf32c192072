using System.Globalization;
using NodaTime;

namespace Alka.Domain.Calendar;

/// <summary>
/// A date of the Hijri calendar that computed it, as a <see cref="CommunityDay"/> carries it — written with the Hijri
/// month's name: <c>10 Dhu al-Hijjah 1448</c>.
/// </summary>
/// <remarks>
/// <para>
/// It wraps a NodaTime <see cref="LocalDate"/> in <see cref="CalendarSystem.UmAlQura"/> or <see cref="HijriCalendars.Tabular"/>
/// (see <see cref="HijriCalendars.ForYear"/>): <see cref="Date"/> gives it for arithmetic or conversion
/// (<c>Date.WithCalendar(CalendarSystem.Iso)</c>). <see cref="LocalDate.ToString()"/> would name a Gregorian month.
/// </para>
/// <para>
/// An immutable value, thread-safe; equal when the same date in the same calendar. The default value is not a Hijri
/// date: its <see cref="Calendar"/> is the ISO calendar and <see cref="ToString"/> gives <c>(none)</c>.
/// </para>
/// </remarks>
public readonly struct HijriDate : IEquatable<HijriDate>
{
    internal HijriDate(LocalDate date) => Date = date;

    /// <summary>The date in its Hijri calendar.</summary>
    public LocalDate Date { get; }

    /// <summary>The Hijri calendar: <see cref="CalendarSystem.UmAlQura"/> or <see cref="HijriCalendars.Tabular"/>.</summary>
    public CalendarSystem Calendar => Date.Calendar;

    /// <summary>The Hijri year (AH).</summary>
    public int Year => Date.Year;

    /// <summary>The month, 1 (Muharram) – 12 (Dhu al-Hijjah).</summary>
    public int Month => Date.Month;

    /// <summary>The day of the month, 1–30.</summary>
    public int Day => Date.Day;

    /// <summary>The month's name, e.g. <c>Shawwal</c>, <c>Dhu al-Hijjah</c>.</summary>
    public string MonthName => HijriCalendars.MonthName(Month);

    /// <summary>Whether two values are the same date in the same calendar.</summary>
    public static bool operator ==(HijriDate left, HijriDate right) => left.Equals(right);

    /// <summary>Whether two values differ.</summary>
    public static bool operator !=(HijriDate left, HijriDate right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(HijriDate other) => Date == other.Date;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is HijriDate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Date.GetHashCode();

    /// <summary>The day, the Hijri month's name and the year, e.g. <c>4 Shawwal 1448</c>; <c>(none)</c> for the default value.</summary>
    public override string ToString() => Calendar == CalendarSystem.Iso
        ? "(none)"
        : string.Create(CultureInfo.InvariantCulture, $"{Day} {MonthName} {Year}");
}
