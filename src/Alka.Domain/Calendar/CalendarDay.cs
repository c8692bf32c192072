using NodaTime;

namespace Alka.Domain.Calendar;

/// <summary>One day of the <see cref="IsraeliCalendar"/>: its dates in both calendars, its observances and its standing for government work.</summary>
/// <remarks>
/// A view of the calendar's immutable tables; creating one does not allocate. The default value is not a day of any
/// calendar (its <see cref="Standing"/> is 0). Equality is not defined; compare <see cref="Date"/>s.
/// </remarks>
public readonly struct CalendarDay
{
    internal CalendarDay(LocalDate date, HebrewDate hebrewDate, DayStanding standing, ObservanceCategories categories, ObservanceList observances)
    {
        Date = date;
        HebrewDate = hebrewDate;
        Standing = standing;
        Categories = categories;
        Observances = observances;
    }

    /// <summary>The ISO date.</summary>
    public LocalDate Date { get; }

    /// <summary>The Hebrew date.</summary>
    public HebrewDate HebrewDate { get; }

    /// <summary>The standing for government work.</summary>
    public DayStanding Standing { get; }

    /// <summary>Every category of every observance of the day.</summary>
    public ObservanceCategories Categories { get; }

    /// <summary>The observances of the day, ordered by id (ordinal).</summary>
    public ObservanceList Observances { get; }

    /// <summary>Whether offices are open: <see cref="DayStanding.Workday"/> or <see cref="DayStanding.ShortWorkday"/>.</summary>
    public bool IsWorkday => Standing is DayStanding.Workday or DayStanding.ShortWorkday;

    /// <summary>The date, its Hebrew date and its observance ids, e.g. <c>2026-09-11 (29 Elul 5786): erev-rosh-hashana</c>.</summary>
    public override string ToString() =>
        $"{Date:uuuu-MM-dd} ({HebrewDate}){(Observances.Count == 0 ? "" : ": " + string.Join(", ", Observances.Select(o => o.Id)))}";
}
