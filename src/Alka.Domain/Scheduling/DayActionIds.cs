namespace Alka.Domain.Scheduling;

/// <summary>The stable text ids of <see cref="DayAction"/> values.</summary>
public static class DayActionIds
{
    /// <summary>Every action, from the mildest to the most severe.</summary>
    public static IReadOnlyList<DayAction> All { get; } = [DayAction.Allow, DayAction.Avoid, DayAction.Block];

    /// <summary>Returns the id of <paramref name="action"/>: <c>allow</c>, <c>avoid</c> or <c>block</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="action"/> is not a defined value.</exception>
    public static string ToId(this DayAction action) => action switch
    {
        DayAction.Allow => "allow",
        DayAction.Avoid => "avoid",
        DayAction.Block => "block",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Not a day action."),
    };

    /// <summary>Finds the action whose id is <paramref name="id"/> (ordinal, case-sensitive).</summary>
    /// <returns><see langword="true"/> when <paramref name="id"/> names an action.</returns>
    public static bool TryParse(string? id, out DayAction action) => Ids.TryParse(All, ToId, id, out action);

    /// <summary>The verdict of a day whose most severe reason has <paramref name="action"/>.</summary>
    internal static DayVerdict ToVerdict(this DayAction action) => action switch
    {
        DayAction.Allow => DayVerdict.Ok,
        DayAction.Avoid => DayVerdict.Avoid,
        DayAction.Block => DayVerdict.Blocked,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Not a day action."),
    };

    /// <summary>Throws unless <paramref name="action"/> is a defined value.</summary>
    internal static DayAction Checked(this DayAction action, string parameterName) =>
        action is DayAction.Allow or DayAction.Avoid or DayAction.Block
            ? action
            : throw new ArgumentOutOfRangeException(parameterName, action, "Not a day action.");
}
