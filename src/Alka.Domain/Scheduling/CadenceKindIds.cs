namespace Alka.Domain.Scheduling;

/// <summary>The stable text ids of <see cref="CadenceKind"/> values, as used in JSON, files and on the command line.</summary>
public static class CadenceKindIds
{
    /// <summary>Every value, in declaration order.</summary>
    public static IReadOnlyList<CadenceKind> All { get; } =
        [CadenceKind.Every, CadenceKind.PerPeriod, CadenceKind.OverSpan, CadenceKind.BeforeEach];

    /// <summary>Returns the id of <paramref name="value"/>, e.g. <c>before-each</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string ToId(this CadenceKind value) => value switch
    {
        CadenceKind.Every => "every",
        CadenceKind.PerPeriod => "per-period",
        CadenceKind.OverSpan => "over-span",
        CadenceKind.BeforeEach => "before-each",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a cadence kind."),
    };

    /// <summary>Finds the value whose id is <paramref name="id"/> (ordinal, case-sensitive).</summary>
    /// <returns><see langword="true"/> when <paramref name="id"/> names a value.</returns>
    public static bool TryParse(string? id, out CadenceKind value) => Ids.TryParse(All, ToId, id, out value);
}
