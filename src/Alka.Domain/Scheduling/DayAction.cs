namespace Alka.Domain.Scheduling;

/// <summary>What a rule of a <see cref="DayPolicy"/> does with a day it applies to.</summary>
/// <remarks>
/// Ordered by severity: <see cref="Allow"/> &lt; <see cref="Avoid"/> &lt; <see cref="Block"/>; a day's
/// <see cref="DayVerdict"/> follows the most severe action among its reasons. The stable text ids are public API: see
/// <see cref="DayActionIds"/>. The value <c>0</c> is not an action.
/// </remarks>
public enum DayAction
{
    /// <summary>The day is fine for a meeting (<c>allow</c>).</summary>
    Allow = 1,

    /// <summary>A meeting is possible but better elsewhere (<c>avoid</c>).</summary>
    Avoid,

    /// <summary>No meeting on the day (<c>block</c>).</summary>
    Block,
}
