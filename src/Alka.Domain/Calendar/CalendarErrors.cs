using Alka.Domain.Validation;

namespace Alka.Domain.Calendar;

/// <summary>
/// The error codes of the calendar's rules: Hebrew dates, observances, community days and caller days. What any value
/// can get wrong (a date out of range, a range in reverse, a missing name, a repeated id) is one of the
/// <see cref="CommonErrors"/>.
/// </summary>
public static class CalendarErrors
{
    /// <summary>A text is not a Hebrew date in English (<c>29 Elul 5786</c>) or Hebrew (<c>כ״ט באלול תשפ״ו</c>).</summary>
    /// <remarks><see cref="HebrewDate.Parse"/> (identifier <c>text</c>).</remarks>
    public const string HebrewDateUnparsable = "hebrew-date-unparsable";

    /// <summary>
    /// A Hebrew year written as a single letter א–ט (<c>ה׳</c>): with the thousands omitted it is 5001–5009, but the letter
    /// may also be the thousands alone (5000). Write <c>ה׳ה</c> for 5005, <c>ה׳ אלפים</c> for 5000.
    /// </summary>
    /// <remarks><see cref="HebrewDate.Parse"/> (identifier <c>text</c>).</remarks>
    public const string HebrewYearAmbiguous = "hebrew-year-ambiguous";

    /// <summary>A month does not exist in the year (Adar in a leap year, Adar I or Adar II in a common one).</summary>
    /// <remarks><see cref="HebrewDate.Create"/>, <see cref="HebrewDate.Parse"/> (identifier <c>month</c>).</remarks>
    public const string HebrewMonthNotInYear = "hebrew-month-not-in-year";

    /// <summary>Two rules of one observance are in force in the same year, or a rule's years are reversed or outside 1–9999.</summary>
    /// <remarks><see cref="Observance.Create"/> (identifier <c>rules[i]</c>).</remarks>
    public const string ObservanceRuleYearsInvalid = "observance-rule-years-invalid";

    /// <summary>A rule can place its date outside the Hebrew year it is computed for.</summary>
    /// <remarks><see cref="Observance.Create"/> (identifier <c>rules[i].date</c>).</remarks>
    public const string ObservanceRuleLeavesYear = "observance-rule-leaves-year";

    /// <summary>An announced date for a community day that is not set by the Hijri calendar: only Hijri dates are announced.</summary>
    /// <remarks><see cref="CommunityCalendar.Create"/> (identifier <c>announcedDates[i].definitionId</c>).</remarks>
    public const string NotAnnounceable = "not-announceable";

    /// <summary>
    /// An announced first day more than <see cref="AnnouncedDate.MaxShiftDays"/> days from the computed one: it is not
    /// that holiday of that Hijri year.
    /// </summary>
    /// <remarks><see cref="CommunityCalendar.Create"/> (identifier <c>announcedDates[i].firstDay</c>).</remarks>
    public const string AnnouncedDateOutsideWindow = "announced-date-outside-window";

    /// <summary>A Knesset, local or run-off election on a Saturday: elections are held on weekdays by law.</summary>
    /// <remarks><see cref="CallerDay.KnessetElection"/>, <see cref="CallerDay.LocalElection"/>,
    /// <see cref="CallerDay.RunOff"/> (identifier <c>date</c>).</remarks>
    public const string ElectionOnShabbat = "election-on-shabbat";
}
