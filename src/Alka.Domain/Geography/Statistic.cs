using System.Globalization;
using System.Text.Json.Serialization;

namespace Alka.Domain.Geography;

/// <summary>An official figure and the year it describes, e.g. a population of 33,999 at the end of 2021.</summary>
/// <remarks>
/// Immutable; equality compares the value and the year. <c>default</c> (value 0 of year 0) is no figure: the built-in
/// table never holds it.
/// </remarks>
public readonly struct Statistic : IEquatable<Statistic>
{
    [JsonConstructor]
    internal Statistic(int value, int year)
    {
        Value = value;
        Year = year;
    }

    /// <summary>The figure.</summary>
    public int Value { get; }

    /// <summary>The year the figure describes (not the year it was published).</summary>
    public int Year { get; }

    /// <summary>Whether both statistics have the same value and year.</summary>
    public static bool operator ==(Statistic left, Statistic right) => left.Equals(right);

    /// <summary>Whether the statistics differ in value or year.</summary>
    public static bool operator !=(Statistic left, Statistic right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(Statistic other) => Value == other.Value && Year == other.Year;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Statistic other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Value, Year);

    /// <summary>E.g. <c>33999 (2021)</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Value} ({Year})");
}
