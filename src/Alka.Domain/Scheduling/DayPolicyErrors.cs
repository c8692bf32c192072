using Alka.Domain.Calendar;
using Ardalis.Result;

namespace Alka.Domain.Scheduling;

/// <summary>
/// The error codes of <see cref="DayPolicy"/> and <see cref="ForumCalendar"/>. Each is the <c>ErrorCode</c> of an
/// Ardalis <c>ValidationError</c>; the codes are public API and never change. Codes shared with the community calendar
/// have the same text there (<see cref="CommunityCalendarErrors"/>).
/// </summary>
public static class DayPolicyErrors
{
    /// <summary>A rule id that is none of the policy's: not a <see cref="DayCondition"/> id, not an observance category id, not <c>observance:ID</c>.</summary>
    public const string UnknownRule = "unknown-rule";

    /// <summary>
    /// A rule <c>observance:ID</c> whose ID is not an id (<see cref="DayPolicy.With(string, DayAction)"/>), or names no
    /// observance of the forum's Israeli calendar (<see cref="ForumCalendar.Create"/>).
    /// </summary>
    public const string UnknownObservance = "unknown-observance";

    /// <summary>A forum with no community.</summary>
    public const string NoCommunity = CommunityCalendarErrors.NoCommunity;

    /// <summary>An authority id that is not kebab-case.</summary>
    public const string InvalidAuthority = CommunityCalendarErrors.InvalidAuthority;

    /// <summary>The same authority named twice.</summary>
    public const string DuplicateAuthority = CommunityCalendarErrors.DuplicateAuthority;

    /// <summary>A date outside <see cref="ForumCalendar.MinDate"/> … <see cref="ForumCalendar.MaxDate"/>.</summary>
    public const string DateOutOfRange = CommunityCalendarErrors.DateOutOfRange;

    /// <summary>A date range whose end comes before its start.</summary>
    public const string EndBeforeStart = CommunityCalendarErrors.EndBeforeStart;

    /// <summary>No day after the given one, up to <see cref="ForumCalendar.MaxDate"/>, is available.</summary>
    public const string NoAvailableDay = "no-available-day";

    internal static ValidationError Error(string identifier, string message, string code) =>
        new(identifier, message, code, ValidationSeverity.Error);
}
