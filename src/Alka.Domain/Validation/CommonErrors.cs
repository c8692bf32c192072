using Alka.Domain.Calendar;
using Alka.Domain.Programs;
using Alka.Domain.Scheduling;
using Alka.Domain.Selection;

namespace Alka.Domain.Validation;

/// <summary>
/// The error codes shared by every area: the problems any value can have — a missing value, a malformed or repeated
/// id, a number or a date out of range, an end before its start, a reference to nothing. The identifier of the error
/// says where. An area's own class (<see cref="CalendarErrors"/>, <see cref="ProgramErrors"/>, …) holds only the codes
/// of its rules.
/// </summary>
public static class CommonErrors
{
    /// <summary>A required value is missing or blank, or a list that needs at least one item is empty.</summary>
    /// <remarks>Every area: names, ids, reasons, rules; a <see cref="CommunityMix"/> or a local election naming no
    /// community or authority; an eligibility rule that lists nothing.</remarks>
    public const string Required = "required";

    /// <summary>
    /// An id is not well formed: kebab-case, lowercase ASCII letters and digits joined by single hyphens, at most 64
    /// characters, starting with a letter (an authority's id may start with a digit).
    /// </summary>
    /// <remarks>The ids of the catalog's entries, of observances, community days and authorities.</remarks>
    public const string InvalidId = "invalid-id";

    /// <summary>An enum value is not one of the defined values (or holds undefined flags).</summary>
    /// <remarks>Every enum member of a validated value, e.g. a meeting kind, a source document, observance categories.</remarks>
    public const string Undefined = "undefined-value";

    /// <summary>Two entries of one list have the same id.</summary>
    /// <remarks>The catalog's programs, organizations, bodies, series, …; the observances of
    /// <see cref="IsraeliCalendar.Create"/>; the community days of <see cref="CommunityCalendar.Create"/>; the
    /// eligibility rules of a <see cref="SelectionPolicy"/> (one of each kind).</remarks>
    public const string DuplicateId = "duplicate-id";

    /// <summary>A value appears more than once in a list whose values are distinct.</summary>
    /// <remarks>The catalog's lists of enum values; the communities of <see cref="CommunityMix.Parse"/>; the authorities
    /// of a local election or a forum; the announced dates (one per holiday and Hijri year) and caller days (one of a
    /// kind per date) of <see cref="CommunityCalendar.Create"/>.</remarks>
    public const string Duplicate = "duplicate";

    /// <summary>A range of counts is reversed or starts below its lowest allowed value.</summary>
    /// <remarks>The participant, cohort and meeting counts of the catalog (<see cref="CountRange"/>).</remarks>
    public const string InvalidRange = "invalid-range";

    /// <summary>A number is outside its allowed range (e.g. a count that must be positive, a day of a month).</summary>
    /// <remarks>A cadence's span, a budget point, a population ceiling, the length of a
    /// <see cref="CommunityDayDefinition"/>, the year and day of <see cref="HebrewDate.Create"/>, the Hijri year of an
    /// announced date.</remarks>
    public const string OutOfRange = "out-of-range";

    /// <summary>A date is outside the range the calendar supports.</summary>
    /// <remarks>The dates and ranges of <see cref="IsraeliCalendar"/>, <see cref="CommunityCalendar"/> and
    /// <see cref="ForumCalendar"/> (identifier <c>from</c>, <c>to</c>, <c>date</c>, …); caller days and announced
    /// dates.</remarks>
    public const string DateOutOfRange = "date-out-of-range";

    /// <summary>The end of a range of dates comes before its start.</summary>
    /// <remarks>The ranges of the three calendars (identifier <c>to</c> or <c>end</c>); a <see cref="Cohort"/>'s dates
    /// (<c>endDate</c>).</remarks>
    public const string EndBeforeStart = "end-before-start";

    /// <summary>An id names nothing that exists where it is looked up.</summary>
    /// <remarks>The organizations, centers, bodies and programs the catalog refers to; a community of
    /// <see cref="CommunityMix.Parse"/>; the community day of an announced date; a rule of
    /// <see cref="DayPolicy"/>'s <c>With(ruleId, action)</c>, or an observance the forum's calendar does not
    /// know.</remarks>
    public const string UnknownReference = "unknown-reference";

    /// <summary>A fact names no source.</summary>
    /// <remarks>A program without source documents; an observance rule or a community day without its
    /// source.</remarks>
    public const string NoSource = "no-source";
}
