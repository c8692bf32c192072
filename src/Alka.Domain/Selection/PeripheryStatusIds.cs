namespace Alka.Domain.Selection;

/// <summary>The stable text ids of <see cref="PeripheryStatus"/> values, as used in JSON, files and on the command line.</summary>
public static class PeripheryStatusIds
{
    /// <summary>Every value, in declaration order.</summary>
    public static IReadOnlyList<PeripheryStatus> All { get; } = [PeripheryStatus.Center, PeripheryStatus.Periphery];

    /// <summary>Returns the id of <paramref name="value"/>, e.g. <c>periphery</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string ToId(this PeripheryStatus value) => value switch
    {
        PeripheryStatus.Center => "center",
        PeripheryStatus.Periphery => "periphery",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a periphery status."),
    };

    /// <summary>Finds the value whose id is <paramref name="id"/> (ordinal, case-sensitive).</summary>
    /// <returns><see langword="true"/> when <paramref name="id"/> names a value.</returns>
    public static bool TryParse(string? id, out PeripheryStatus value) => Ids.TryParse(All, ToId, id, out value);
}
