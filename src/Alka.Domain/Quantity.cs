using System.Text.Json.Serialization;
using Alka.Domain.Validation;

namespace Alka.Domain;

/// <summary>A number as a source states it: "over 100 mayors", "about 100 district managers", "20 organizations".</summary>
/// <remarks>Immutable. Equality compares the value and the qualifier. <c>default</c> is not a valid quantity.</remarks>
public readonly struct Quantity : IEquatable<Quantity>
{
    [JsonConstructor]
    internal Quantity(long value, QuantityQualifier qualifier)
    {
        Value = value;
        Qualifier = qualifier;
    }

    /// <summary>The number, at least 0.</summary>
    public long Value { get; }

    /// <summary>How exactly the number is known.</summary>
    public QuantityQualifier Qualifier { get; }

    /// <summary>Exactly <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static Quantity Exactly(long value) => Create(value, QuantityQualifier.Exactly);

    /// <summary>About <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static Quantity About(long value) => Create(value, QuantityQualifier.About);

    /// <summary>More than <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static Quantity MoreThan(long value) => Create(value, QuantityQualifier.MoreThan);

    /// <inheritdoc/>
    public bool Equals(Quantity other) => Value == other.Value && Qualifier == other.Qualifier;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Quantity other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Value, Qualifier);

    /// <summary>Returns <c>100</c>, <c>about 100</c> or <c>more than 100</c>.</summary>
    public override string ToString() => Qualifier switch
    {
        QuantityQualifier.About => $"about {Value}",
        QuantityQualifier.MoreThan => $"more than {Value}",
        _ => $"{Value}",
    };

    /// <summary>Whether both quantities are equal.</summary>
    public static bool operator ==(Quantity left, Quantity right) => left.Equals(right);

    /// <summary>Whether the quantities differ.</summary>
    public static bool operator !=(Quantity left, Quantity right) => !left.Equals(right);

    internal void Validate(Problems problems, string path)
    {
        problems.Defined(Qualifier, At.Member(path, "qualifier"));
        if (Value < 0)
        {
            problems.Add(At.Member(path, "value"), CommonErrors.OutOfRange, $"{Value} is negative.");
        }
    }

    private static Quantity Create(long value, QuantityQualifier qualifier)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        return new Quantity(value, qualifier);
    }
}
