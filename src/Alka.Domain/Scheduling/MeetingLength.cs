namespace Alka.Domain.Scheduling;

/// <summary>How long a meeting lasts.</summary>
/// <remarks>
/// The stable text ids are public API: see <see cref="MeetingLengthIds"/>. The value <c>0</c> is not a valid value.
/// </remarks>
public enum MeetingLength
{
    /// <summary>Half a day (חצי יום). Id <c>half-day</c>.</summary>
    HalfDay = 1,

    /// <summary>A full day. Id <c>full-day</c>.</summary>
    FullDay,

    /// <summary>Several days, e.g. a study tour or a residential seminar. Id <c>multi-day</c>.</summary>
    MultiDay,
}
