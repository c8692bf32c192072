namespace Alka.Domain.Scheduling;

/// <summary>The stable text ids of <see cref="DayReasonKind"/> values.</summary>
public static class DayReasonKindIds
{
    /// <summary>Every kind, in declaration order.</summary>
    public static IReadOnlyList<DayReasonKind> All { get; } =
        [DayReasonKind.Weekend, DayReasonKind.Observance, DayReasonKind.CommunityDay, DayReasonKind.CallerDay];

    /// <summary>Returns the id of <paramref name="kind"/>, e.g. <c>community-day</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static string ToId(this DayReasonKind kind) => kind switch
    {
        DayReasonKind.Weekend => "weekend",
        DayReasonKind.Observance => "observance",
        DayReasonKind.CommunityDay => "community-day",
        DayReasonKind.CallerDay => "caller-day",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a day reason kind."),
    };
}
