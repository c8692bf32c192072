namespace Alka.Domain.Planning;

/// <summary>The stable text ids of <see cref="PlanChangeKind"/> values.</summary>
public static class PlanChangeKindIds
{
    /// <summary>Every value, in declaration order.</summary>
    public static IReadOnlyList<PlanChangeKind> All { get; } =
        [PlanChangeKind.Moved, PlanChangeKind.Rehosted, PlanChangeKind.Added, PlanChangeKind.Removed];

    /// <summary>Returns the id of <paramref name="value"/>, e.g. <c>moved</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string ToId(this PlanChangeKind value) => value switch
    {
        PlanChangeKind.Moved => "moved",
        PlanChangeKind.Rehosted => "rehosted",
        PlanChangeKind.Added => "added",
        PlanChangeKind.Removed => "removed",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a plan change."),
    };

    /// <summary>Finds the value whose id is <paramref name="id"/> (ordinal, case-sensitive).</summary>
    /// <returns><see langword="true"/> when <paramref name="id"/> names a value.</returns>
    public static bool TryParse(string? id, out PlanChangeKind value) => Ids.TryParse(All, ToId, id, out value);
}
