namespace Alka.Domain.Scheduling;

/// <summary>The stable text ids of <see cref="MeetingLength"/> values, as used in JSON, files and on the command line.</summary>
public static class MeetingLengthIds
{
    /// <summary>Every value, in declaration order.</summary>
    public static IReadOnlyList<MeetingLength> All { get; } =
        [MeetingLength.HalfDay, MeetingLength.FullDay, MeetingLength.MultiDay];

    /// <summary>Returns the id of <paramref name="value"/>, e.g. <c>multi-day</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string ToId(this MeetingLength value) => value switch
    {
        MeetingLength.HalfDay => "half-day",
        MeetingLength.FullDay => "full-day",
        MeetingLength.MultiDay => "multi-day",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a meeting length."),
    };

    /// <summary>Finds the value whose id is <paramref name="id"/> (ordinal, case-sensitive).</summary>
    /// <returns><see langword="true"/> when <paramref name="id"/> names a value.</returns>
    public static bool TryParse(string? id, out MeetingLength value) => Ids.TryParse(All, ToId, id, out value);
}
