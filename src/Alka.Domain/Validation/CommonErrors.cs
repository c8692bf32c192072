namespace Alka.Domain.Validation;

/// <summary>
/// The error codes shared by every area: what any value can get wrong — a missing value, a malformed or repeated id,
/// a number or date out of range, a reference to nothing. The identifier of the error says where; an area's own
/// class (<c>CalendarErrors</c>, <c>ProgramErrors</c>, …) holds only the codes of its domain rules. Every code is
/// listed in <c>docs/errors.md</c>.
/// </summary>
public static class CommonErrors
{
    /// <summary>A required value is missing or blank, or a list that needs at least one item is empty.</summary>
    /// <remarks>Names, reasons and rules of every area; a community mix or a local election without communities or
    /// authorities; an eligibility rule that lists nothing.</remarks>
    public const string Required = "required";

    /// <summary>
    /// An id is not well formed: kebab-case ids are lowercase ASCII letters and digits joined by single hyphens,
    /// at most 64 characters, starting with a letter (an authority id may start with a digit).
    /// </summary>
    /// <remarks>The ids of catalog entries, observances, community days and authorities.</remarks>
    public const string InvalidId = "invalid-id";

    /// <summary>An enum value is not one of the defined values (also undefined flags of a flags enum).</summary>
    /// <remarks>Every enum member of a validated value, e.g. a meeting kind, a source document, observance categories.</remarks>
    public const string Undefined = "undefined-value";

    /// <summary>Two entries of one list have the same id.</summary>
    /// <remarks>Programs, organizations, bodies, series, …; observances of a calendar; community days of a community
    /// calendar; the eligibility rules of a selection policy (one rule of each kind).</remarks>
    public const string DuplicateId = "duplicate-id";

    /// <summary>A value appears more than once in a list whose values are distinct.</summary>
    /// <remarks>Enum lists of the catalog; communities of a mix; authorities of an election or forum; announced dates
    /// (one per holiday and Hijri year); caller days (one of each kind per date).</remarks>
    public const string Duplicate = "duplicate";

    /// <summary>A range of counts is reversed or starts below its lowest allowed value.</summary>
    /// <remarks>Participant, cohort and meeting counts of the catalog (<c>CountRange</c>).</remarks>
    public const string InvalidRange = "invalid-range";

    /// <summary>A number is outside its allowed range (e.g. a count that must be positive, a day of a month).</summary>
    /// <remarks>Cadence spans, budget points, population ceilings, the length of a community day, the year and day of
    /// a Hebrew date, the Hijri year of an announced date.</remarks>
    public const string OutOfRange = "out-of-range";

    /// <summary>A date is outside the range the calendar supports.</summary>
    /// <remarks>The dates and ranges of <c>IsraeliCalendar</c>, <c>CommunityCalendar</c> and <c>ForumCalendar</c>;
    /// caller days and announced dates.</remarks>
    public const string DateOutOfRange = "date-out-of-range";

    /// <summary>The end of a range of dates comes before its start.</summary>
    /// <remarks>The range members of the three calendars (identifier <c>to</c> or <c>end</c>); a cohort's dates
    /// (<c>endDate</c>).</remarks>
    public const string EndBeforeStart = "end-before-start";

    /// <summary>An id names nothing that exists where it is looked up.</summary>
    /// <remarks>Organizations, centers, bodies and programs of the catalog; a community id; the community day of an
    /// announced date; a day policy's rule id, or an observance the forum's calendar does not know.</remarks>
    public const string UnknownReference = "unknown-reference";

    /// <summary>A fact names no source.</summary>
    /// <remarks>A program without source documents; an observance rule or a community day without its source.</remarks>
    public const string NoSource = "no-source";
}
