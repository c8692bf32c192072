using System.Globalization;

namespace Alka.Domain.Selection;

/// <summary>
/// A score kept exact: the weighted mean of a candidate's marks is <see cref="Points"/> (the sum of weight × mark) over
/// <see cref="Weight"/> (the sum of the weights); a cohort's total score is the sum of its members' points over the
/// same weight. Printed with two decimals; compared exactly.
/// </summary>
/// <remarks>
/// Immutable and allocation-free. Equality and order compare the exact value (<c>25/6</c> equals <c>50/12</c>).
/// <see langword="default"/> is <see cref="None"/>: no criteria, worth 0, printed as an empty string; adding to it gives
/// the other score, so a sum may start from it.
/// </remarks>
public readonly struct Score : IEquatable<Score>, IComparable<Score>, ISpanFormattable
{
    internal Score(long points, int weight)
    {
        Points = points;
        Weight = weight;
    }

    /// <summary>No score: a policy without criteria (the <see langword="default"/> value).</summary>
    public static Score None => default;

    /// <summary>The sum of weight × mark (of every member, for a total); exact.</summary>
    public long Points { get; }

    /// <summary>The sum of the criteria's weights: the denominator; 0 for <see cref="None"/>.</summary>
    public int Weight { get; }

    /// <summary>Whether this is <see cref="None"/>.</summary>
    public bool IsNone => Weight == 0;

    /// <summary>The value <see cref="Points"/> / <see cref="Weight"/> as a <see langword="decimal"/> (28 significant digits; 0 for <see cref="None"/>).</summary>
    public decimal Value => Weight == 0 ? 0m : (decimal)Points / Weight;

    /// <summary>The value in hundredths, rounded half away from zero (<c>25/6</c> → 417); exact integer arithmetic.</summary>
    public long Hundredths
    {
        get
        {
            if (Weight == 0)
            {
                return 0;
            }

            var magnitude = ((Int128.Abs(Points) * 200) + Weight) / (2 * (Int128)Weight);
            return (long)(Points < 0 ? -magnitude : magnitude);
        }
    }

    /// <summary>The value with two decimals, rounded half away from zero (<c>4.17</c>, <c>-0.50</c>); empty for <see cref="None"/>.</summary>
    public override string ToString() => ToString(null, null);

    /// <summary>The value with two decimals, as <see cref="ToString()"/>; the format and provider are ignored (always invariant).</summary>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Span<char> text = stackalloc char[24];
        TryFormat(text, out var written, default, null);
        return new string(text[..written]);
    }

    /// <summary>Writes the value with two decimals (as <see cref="ToString()"/>) into <paramref name="destination"/>, without allocating.</summary>
    /// <returns><see langword="false"/> when <paramref name="destination"/> is too short.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        if (Weight == 0)
        {
            charsWritten = 0;
            return true;
        }

        var hundredths = Hundredths;
        var magnitude = (ulong)Math.Abs(hundredths);
        return destination.TryWrite(CultureInfo.InvariantCulture, $"{(hundredths < 0 ? "-" : "")}{magnitude / 100}.{magnitude % 100:00}", out charsWritten);
    }

    /// <inheritdoc/>
    public int CompareTo(Score other) => Weight == 0 || other.Weight == 0
        ? CompareWithNone(other)
        : ((Int128)Points * other.Weight).CompareTo((Int128)other.Points * Weight);

    /// <inheritdoc/>
    public bool Equals(Score other) => CompareTo(other) == 0;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Score other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        if (Weight == 0 || Points == 0)
        {
            return 0;
        }

        var divisor = Gcd(Math.Abs(Points), Weight);
        return HashCode.Combine(Points / divisor, Weight / divisor);
    }

    /// <summary>The sum of two scores over the same weights (a cohort's total); <see cref="None"/> adds nothing.</summary>
    /// <exception cref="ArgumentException">The scores have different weights (they come from different policies).</exception>
    public static Score operator +(Score left, Score right) => Combine(left, right, 1);

    /// <summary>The difference of two scores over the same weights; <see cref="None"/> subtracts nothing.</summary>
    /// <exception cref="ArgumentException">The scores have different weights (they come from different policies).</exception>
    public static Score operator -(Score left, Score right) => Combine(left, right, -1);

    /// <summary>Whether both have the same exact value.</summary>
    public static bool operator ==(Score left, Score right) => left.Equals(right);

    /// <summary>Whether the exact values differ.</summary>
    public static bool operator !=(Score left, Score right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is lower.</summary>
    public static bool operator <(Score left, Score right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is higher.</summary>
    public static bool operator >(Score left, Score right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is lower or equal.</summary>
    public static bool operator <=(Score left, Score right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is higher or equal.</summary>
    public static bool operator >=(Score left, Score right) => left.CompareTo(right) >= 0;

    /// <summary>The sum (see <see cref="op_Addition"/>).</summary>
    public static Score Add(Score left, Score right) => left + right;

    /// <summary>The difference (see <see cref="op_Subtraction"/>).</summary>
    public static Score Subtract(Score left, Score right) => left - right;

    private static Score Combine(Score left, Score right, int sign)
    {
        if (right.Weight == 0)
        {
            return left;
        }

        if (left.Weight == 0)
        {
            return new Score(sign * right.Points, right.Weight);
        }

        return left.Weight == right.Weight
            ? new Score(left.Points + (sign * right.Points), left.Weight)
            : throw new ArgumentException($"Scores over different weights ({left.Weight}, {right.Weight}) do not combine.", nameof(right));
    }

    // None is worth 0: compare the other's sign.
    private int CompareWithNone(Score other) => Weight == 0
        ? (other.Weight == 0 ? 0 : -Math.Sign(other.Points))
        : Math.Sign(Points);

    private static long Gcd(long a, long b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }
}
