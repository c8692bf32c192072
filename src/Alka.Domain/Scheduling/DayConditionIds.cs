namespace Alka.Domain.Scheduling;

/// <summary>The stable text ids of <see cref="DayCondition"/> values: the ids of their rules.</summary>
public static class DayConditionIds
{
    /// <summary>Every condition, in declaration order.</summary>
    public static IReadOnlyList<DayCondition> All { get; } =
    [
        DayCondition.Weekend, DayCondition.CommunityDayOff, DayCondition.PossibleDay, DayCondition.CallerDayOff,
        DayCondition.CallerWorkday,
    ];

    /// <summary>Returns the id of <paramref name="condition"/>, e.g. <c>community-day-off</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="condition"/> is not a defined value.</exception>
    public static string ToId(this DayCondition condition) => condition switch
    {
        DayCondition.Weekend => "weekend",
        DayCondition.CommunityDayOff => "community-day-off",
        DayCondition.PossibleDay => "possible-day",
        DayCondition.CallerDayOff => "caller-day-off",
        DayCondition.CallerWorkday => "caller-day-workday",
        _ => throw new ArgumentOutOfRangeException(nameof(condition), condition, "Not a day condition."),
    };

    /// <summary>Finds the condition whose id is <paramref name="id"/> (ordinal, case-sensitive).</summary>
    /// <returns><see langword="true"/> when <paramref name="id"/> names a condition.</returns>
    public static bool TryParse(string? id, out DayCondition condition) => Ids.TryParse(All, ToId, id, out condition);
}
