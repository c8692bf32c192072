namespace Alka.Domain.Calendar;

/// <summary>The stable text ids of <see cref="CallerDayKind"/> values: the reason ids of caller-supplied days.</summary>
public static class CallerDayKinds
{
    /// <summary>Every kind, in declaration order.</summary>
    public static IReadOnlyList<CallerDayKind> All { get; } =
    [
        CallerDayKind.KnessetElection, CallerDayKind.LocalElection, CallerDayKind.RunOff,
        CallerDayKind.Emergency, CallerDayKind.Strike, CallerDayKind.Blackout,
    ];

    /// <summary>Returns the id of <paramref name="kind"/>, e.g. <c>knesset-election</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static string ToId(this CallerDayKind kind) => kind switch
    {
        CallerDayKind.KnessetElection => "knesset-election",
        CallerDayKind.LocalElection => "local-election",
        CallerDayKind.RunOff => "run-off",
        CallerDayKind.Emergency => "emergency",
        CallerDayKind.Strike => "strike",
        CallerDayKind.Blackout => "blackout",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a caller day kind."),
    };
}
