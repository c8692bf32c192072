namespace Alka.Domain.Scheduling;

/// <summary>The stable text ids of <see cref="DayVerdict"/> values, as in the <c>verdict</c> column of <c>alka days</c>.</summary>
public static class DayVerdictIds
{
    /// <summary>Every verdict, from the mildest to the most severe.</summary>
    public static IReadOnlyList<DayVerdict> All { get; } = [DayVerdict.Ok, DayVerdict.Avoid, DayVerdict.Blocked];

    /// <summary>Returns the id of <paramref name="verdict"/>: <c>ok</c>, <c>avoid</c> or <c>blocked</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="verdict"/> is not a defined value.</exception>
    public static string ToId(this DayVerdict verdict) => verdict switch
    {
        DayVerdict.Ok => "ok",
        DayVerdict.Avoid => "avoid",
        DayVerdict.Blocked => "blocked",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "Not a day verdict."),
    };
}
