using NodaTime;

namespace Alka.Domain.Calendar;

/// <summary>
/// The Hijri calendars behind the Muslim and Druze days: the Umm al-Qura calendar where NodaTime defines it
/// (AH 1318–1500, 30 April 1900 – 16 November 2077) and a tabular Hijri calendar outside it.
/// </summary>
/// <remarks>
/// <para><b>Umm al-Qura</b> is the calendar of the Kingdom of Saudi Arabia, computed from its published tables
/// (NodaTime <see cref="CalendarSystem.UmAlQura"/>, equal to .NET's <c>UmAlQuraCalendar</c>).</para>
/// <para><b>The tabular calendar</b> is NodaTime's <see cref="CalendarSystem.IslamicBcl"/>: 30-year cycles with the
/// leap-year pattern <c>Base16</c> (leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29) and the astronomical
/// (Thursday) epoch, 15 July 622 (Julian) — the same arithmetic as .NET's <c>HijriCalendar</c> without adjustment.
/// Over AH 1420–1500 it gives Umm al-Qura's date or the day before for 98% of the holidays (the rest within two
/// days); the day after a holiday is the one the library offers as <i>possible</i>, so the estimate errs on the side a
/// coordinator can see. Both calendars are computed, not observed: in Israel a Hijri month begins when the crescent
/// is seen, so every Hijri holiday is provisional until announced (see <see cref="AnnouncedDate"/>).</para>
/// <para>Which calendar serves is decided per Hijri year (<see cref="ForYear"/>): a holiday is never computed half in
/// one calendar and half in the other. At the upper seam the two overlap by a day: tabular 1 Muharram 1501 is
/// 16 November 2077, Umm al-Qura's 30 Dhu al-Hijjah 1500.</para>
/// <para>Static and thread-safe.</para>
/// </remarks>
public static class HijriCalendars
{
    private static readonly string[] MonthNames =
    [
        "Muharram", "Safar", "Rabi' al-Awwal", "Rabi' al-Thani", "Jumada al-Ula", "Jumada al-Akhirah",
        "Rajab", "Sha'ban", "Ramadan", "Shawwal", "Dhu al-Qi'dah", "Dhu al-Hijjah",
    ];

    /// <summary>The first Hijri year of NodaTime's Umm al-Qura calendar.</summary>
    public const int UmAlQuraMinYear = 1318;

    /// <summary>The last Hijri year of NodaTime's Umm al-Qura calendar.</summary>
    public const int UmAlQuraMaxYear = 1500;

    /// <summary>1 Muharram 1318 by Umm al-Qura: 30 April 1900 (ISO).</summary>
    public static LocalDate UmAlQuraMinDate { get; } = new LocalDate(UmAlQuraMinYear, 1, 1, CalendarSystem.UmAlQura).WithCalendar(CalendarSystem.Iso);

    /// <summary>The last day of 1500 by Umm al-Qura: 16 November 2077 (ISO).</summary>
    public static LocalDate UmAlQuraMaxDate { get; } =
        new LocalDate(UmAlQuraMaxYear, 12, CalendarSystem.UmAlQura.GetDaysInMonth(UmAlQuraMaxYear, 12), CalendarSystem.UmAlQura)
            .WithCalendar(CalendarSystem.Iso);

    /// <summary>The tabular Hijri calendar used outside Umm al-Qura's years (NodaTime <see cref="CalendarSystem.IslamicBcl"/>).</summary>
    public static CalendarSystem Tabular => CalendarSystem.IslamicBcl;

    /// <summary>Whether <paramref name="hijriYear"/> is computed by Umm al-Qura (1318–1500) rather than the tabular calendar.</summary>
    public static bool IsUmAlQuraYear(int hijriYear) => hijriYear is >= UmAlQuraMinYear and <= UmAlQuraMaxYear;

    /// <summary>The calendar that computes <paramref name="hijriYear"/>: Umm al-Qura for 1318–1500, otherwise <see cref="Tabular"/>.</summary>
    public static CalendarSystem ForYear(int hijriYear) => IsUmAlQuraYear(hijriYear) ? CalendarSystem.UmAlQura : Tabular;

    /// <summary>
    /// The Hijri date of <paramref name="date"/>: by Umm al-Qura from <see cref="UmAlQuraMinDate"/> to
    /// <see cref="UmAlQuraMaxDate"/>, by the tabular calendar before and after.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before the Hijri era (16 July 622).</exception>
    public static LocalDate ToHijri(LocalDate date)
    {
        var iso = date.WithCalendar(CalendarSystem.Iso);
        var calendar = iso >= UmAlQuraMinDate && iso <= UmAlQuraMaxDate ? CalendarSystem.UmAlQura : Tabular;
        return iso.WithCalendar(calendar);
    }

    /// <summary>The English name of Hijri month <paramref name="month"/> (1–12), e.g. <c>Shawwal</c>.</summary>
    internal static string MonthName(int month) => MonthNames[month - 1];
}
