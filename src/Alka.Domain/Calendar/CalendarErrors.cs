namespace Alka.Domain.Calendar;

/// <summary>The error codes of the calendar's <see cref="Ardalis.Result.ValidationError"/>s (stable, kebab-case).</summary>
public static class CalendarErrors
{
    /// <summary>A date is outside the supported range (1 Tishrei AM 1 – 29 Elul 9999, NodaTime's Hebrew range).</summary>
    public const string DateOutOfRange = "date-out-of-range";

    /// <summary>The end of a range is before its start.</summary>
    public const string RangeEndBeforeStart = "range-end-before-start";

    /// <summary>A text is not a Hebrew date in English (<c>29 Elul 5786</c>) or Hebrew (<c>כ״ט באלול תשפ״ו</c>).</summary>
    public const string HebrewDateUnparsable = "hebrew-date-unparsable";

    /// <summary>
    /// A Hebrew year written as a single letter א–ט (<c>ה׳</c>): with the thousands omitted it is 5001–5009, but the letter
    /// may also be the thousands alone (5000). Write <c>ה׳ה</c> for 5005, <c>ה׳ אלפים</c> for 5000.
    /// </summary>
    public const string HebrewYearAmbiguous = "hebrew-year-ambiguous";

    /// <summary>A Hebrew year is outside 1–9999.</summary>
    public const string HebrewYearOutOfRange = "hebrew-year-out-of-range";

    /// <summary>A month does not exist in the year (Adar in a leap year, Adar I or Adar II in a common one).</summary>
    public const string HebrewMonthNotInYear = "hebrew-month-not-in-year";

    /// <summary>A day is not in the month (e.g. 30 Cheshvan in a year where Cheshvan has 29 days).</summary>
    public const string HebrewDayOutOfRange = "hebrew-day-out-of-range";

    /// <summary>An observance id is not kebab-case (lower-case letters, digits and single hyphens).</summary>
    public const string ObservanceIdInvalid = "observance-id-invalid";

    /// <summary>Two observances share an id.</summary>
    public const string ObservanceIdDuplicate = "observance-id-duplicate";

    /// <summary>An observance lacks a required name, category, rule or source.</summary>
    public const string ObservanceIncomplete = "observance-incomplete";

    /// <summary>Two rules of one observance are in force in the same year, or a rule's first year is after its last.</summary>
    public const string ObservanceRuleYearsInvalid = "observance-rule-years-invalid";

    /// <summary>A rule can place its date outside the Hebrew year it is computed for.</summary>
    public const string ObservanceRuleLeavesYear = "observance-rule-leaves-year";
}
