using Alka.Domain.Geography;
using Ardalis.Result;

namespace Alka.Domain.Calendar;

/// <summary>
/// The error codes of the community calendar: <see cref="CommunityMix"/>, <see cref="CommunityDayDefinition"/>,
/// <see cref="CallerDay"/> and <see cref="CommunityCalendar"/>. Each is the <c>ErrorCode</c> of an Ardalis
/// <c>ValidationError</c>; the codes are public API and never change.
/// </summary>
public static class CommunityCalendarErrors
{
    /// <summary>A community id that is not one of <c>jewish</c>, <c>muslim</c>, <c>christian-western</c>,
    /// <c>christian-orthodox</c>, <c>druze</c>.</summary>
    public const string UnknownCommunity = "unknown-community";

    /// <summary>The same community named twice in one list.</summary>
    public const string DuplicateCommunity = "duplicate-community";

    /// <summary>A community list that names no community.</summary>
    public const string NoCommunity = "no-community";

    /// <summary>An id that is not kebab-case (<c>a-z</c>, <c>0-9</c>, single hyphens between).</summary>
    public const string InvalidId = "invalid-id";

    /// <summary>A name or source that is empty or only white space.</summary>
    public const string EmptyText = "empty-text";

    /// <summary>A number of days outside 1 … <see cref="CommunityDayDefinition.MaxDays"/>.</summary>
    public const string InvalidDays = "invalid-days";

    /// <summary>A definition without a rule (<c>default(CommunityDayRule)</c>).</summary>
    public const string MissingRule = "missing-rule";

    /// <summary>Two definitions with the same id in one calendar.</summary>
    public const string DuplicateCommunityDay = "duplicate-community-day";

    /// <summary>An announced date for an id that is not among the calendar's definitions.</summary>
    public const string UnknownCommunityDay = "unknown-community-day";

    /// <summary>An announced date for a day that is not set by the Hijri calendar (only Hijri dates are announced).</summary>
    public const string NotAnnounceable = "not-announceable";

    /// <summary>An announced date for a Hijri year whose holiday lies outside the supported range.</summary>
    public const string HijriYearOutOfRange = "hijri-year-out-of-range";

    /// <summary>
    /// An announced first day more than <see cref="AnnouncedDate.MaxShiftDays"/> days from the computed one: it is not
    /// that holiday of that Hijri year.
    /// </summary>
    public const string AnnouncedDateOutsideWindow = "announced-date-outside-window";

    /// <summary>Two announced dates for the same holiday and Hijri year.</summary>
    public const string DuplicateAnnouncement = "duplicate-announcement";

    /// <summary>A Knesset, local or run-off election on a Saturday: elections are held on weekdays by law.</summary>
    public const string ElectionOnShabbat = "election-on-shabbat";

    /// <summary>A caller-supplied day without a reason.</summary>
    public const string EmptyReason = "empty-reason";

    /// <summary>A local election or run-off that names no voting authority.</summary>
    public const string NoAuthorities = "no-authorities";

    /// <summary>An authority that is not written as a CBS code (<see cref="GeographyErrors.InvalidAuthority"/>).</summary>
    public const string InvalidAuthority = GeographyErrors.InvalidAuthority;

    /// <summary>The same authority named twice for one election.</summary>
    public const string DuplicateAuthority = "duplicate-authority";

    /// <summary>Two caller-supplied days of the same kind on the same date.</summary>
    public const string DuplicateCallerDay = "duplicate-caller-day";

    /// <summary>A date outside <see cref="CommunityCalendar.MinDate"/> … <see cref="CommunityCalendar.MaxDate"/>.</summary>
    public const string DateOutOfRange = CalendarErrors.DateOutOfRange;

    /// <summary>A date range whose end comes before its start.</summary>
    public const string EndBeforeStart = CalendarErrors.RangeEndBeforeStart;

    internal static ValidationError Error(string identifier, string message, string code) =>
        new(identifier, message, code, ValidationSeverity.Error);
}
