namespace Alka.Domain.Planning;

/// <summary>The stable text ids of <see cref="RuleStrength"/> values.</summary>
public static class RuleStrengthIds
{
    /// <summary>Every value, in declaration order.</summary>
    public static IReadOnlyList<RuleStrength> All { get; } = [RuleStrength.Hard, RuleStrength.Soft];

    /// <summary>Returns the id of <paramref name="value"/>: <c>hard</c> or <c>soft</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string ToId(this RuleStrength value) => value switch
    {
        RuleStrength.Hard => "hard",
        RuleStrength.Soft => "soft",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a rule strength."),
    };

    /// <summary>Finds the value whose id is <paramref name="id"/> (ordinal, case-sensitive).</summary>
    /// <returns><see langword="true"/> when <paramref name="id"/> names a value.</returns>
    public static bool TryParse(string? id, out RuleStrength value) => Ids.TryParse(All, ToId, id, out value);
}
