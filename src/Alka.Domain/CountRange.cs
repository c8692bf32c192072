using System.Text.Json.Serialization;
using Alka.Domain.Validation;

namespace Alka.Domain;

/// <summary>
/// A whole number of things known as a range: "2 or 3 program managers", "9–10 meetings", "exactly 5 regions".
/// </summary>
/// <remarks>
/// Immutable. Equality compares both ends. <c>default</c> is the range "exactly 0". A range read from JSON is checked
/// by the aggregate that holds it; <see cref="Between"/> and <see cref="Exactly"/> never build a reversed or
/// negative range.
/// </remarks>
public readonly struct CountRange : IEquatable<CountRange>
{
    [JsonConstructor]
    internal CountRange(int minimum, int maximum)
    {
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>The smallest count, at least 0.</summary>
    public int Minimum { get; }

    /// <summary>The largest count, at least <see cref="Minimum"/>.</summary>
    public int Maximum { get; }

    /// <summary>Whether the range holds a single count.</summary>
    [JsonIgnore]
    public bool IsExact => Minimum == Maximum;

    /// <summary>The range of exactly <paramref name="count"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static CountRange Exactly(int count) => Between(count, count);

    /// <summary>The range from <paramref name="minimum"/> to <paramref name="maximum"/>, both inclusive.</summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="minimum"/> is negative or <paramref name="maximum"/> is below it.
    /// </exception>
    public static CountRange Between(int minimum, int maximum)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minimum);
        ArgumentOutOfRangeException.ThrowIfLessThan(maximum, minimum);
        return new CountRange(minimum, maximum);
    }

    /// <summary>Whether <paramref name="count"/> lies in the range.</summary>
    public bool Contains(int count) => count >= Minimum && count <= Maximum;

    /// <summary>Whether <paramref name="other"/> lies wholly inside this range.</summary>
    public bool Contains(CountRange other) => other.Minimum >= Minimum && other.Maximum <= Maximum;

    /// <inheritdoc/>
    public bool Equals(CountRange other) => Minimum == other.Minimum && Maximum == other.Maximum;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CountRange other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Minimum, Maximum);

    /// <summary>Returns <c>5</c> for an exact range and <c>2–3</c> otherwise.</summary>
    public override string ToString() => IsExact ? $"{Minimum}" : $"{Minimum}–{Maximum}";

    /// <summary>Whether both ranges are equal.</summary>
    public static bool operator ==(CountRange left, CountRange right) => left.Equals(right);

    /// <summary>Whether the ranges differ.</summary>
    public static bool operator !=(CountRange left, CountRange right) => !left.Equals(right);

    internal void Validate(Problems problems, string path, int lowest = 0)
    {
        if (Minimum < lowest || Maximum < Minimum)
        {
            problems.Add(path, CommonErrors.InvalidRange, $"{Minimum}–{Maximum} is not a range of counts from {lowest} up.");
        }
    }
}
