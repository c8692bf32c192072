namespace Alka.Domain.Scheduling;

/// <summary>Whether a forum may meet on a day, as a <see cref="ForumCalendar"/> judges it.</summary>
/// <remarks>
/// Ordered by severity: <see cref="Ok"/> &lt; <see cref="Avoid"/> &lt; <see cref="Blocked"/>. The stable text ids are
/// public API: see <see cref="DayVerdictIds"/>. The value <c>0</c> is not a verdict.
/// </remarks>
public enum DayVerdict
{
    /// <summary>No rule blocks or avoids the day (<c>ok</c>).</summary>
    Ok = 1,

    /// <summary>A rule avoids the day and none blocks it (<c>avoid</c>).</summary>
    Avoid,

    /// <summary>A rule blocks the day (<c>blocked</c>).</summary>
    Blocked,
}
