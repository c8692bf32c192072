namespace Alka.Domain.Validation;

/// <summary>Structural equality of the lists held by aggregates.</summary>
internal static class Equality
{
    /// <summary>Whether both lists hold equal items in the same order.</summary>
    public static bool Lists<T>(IReadOnlyList<T> left, IReadOnlyList<T> right) =>
        left.Count == right.Count && left.SequenceEqual(right);

    /// <summary>A hash of the items of <paramref name="items"/> in order.</summary>
    public static int Hash<T>(IReadOnlyList<T> items)
    {
        var hash = new HashCode();
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}
