namespace Alka.Domain;

/// <summary>The stable text ids of <see cref="QuantityQualifier"/> values, as used in JSON, files and on the command line.</summary>
public static class QuantityQualifierIds
{
    /// <summary>Every value, in declaration order.</summary>
    public static IReadOnlyList<QuantityQualifier> All { get; } =
        [QuantityQualifier.Exactly, QuantityQualifier.About, QuantityQualifier.MoreThan];

    /// <summary>Returns the id of <paramref name="value"/>, e.g. <c>more-than</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string ToId(this QuantityQualifier value) => value switch
    {
        QuantityQualifier.Exactly => "exactly",
        QuantityQualifier.About => "about",
        QuantityQualifier.MoreThan => "more-than",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a quantity qualifier."),
    };

    /// <summary>Finds the value whose id is <paramref name="id"/> (ordinal, case-sensitive).</summary>
    /// <returns><see langword="true"/> when <paramref name="id"/> names a value.</returns>
    public static bool TryParse(string? id, out QuantityQualifier value) => Ids.TryParse(All, ToId, id, out value);
}
