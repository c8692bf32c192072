using System.Text.Json.Serialization;
using Alka.Domain.Sources;
using Alka.Domain.Validation;

namespace Alka.Domain.Selection;

/// <summary>How many eligible candidates who were not admitted wait, by rank, for a place that frees up.</summary>
/// <remarks>
/// Immutable. <see langword="default"/> is no waiting list (length 0, <see cref="Provenance.Default"/>). Equality
/// compares both members.
/// </remarks>
public readonly struct Waitlist : IEquatable<Waitlist>
{
    [JsonConstructor]
    internal Waitlist(int length, Provenance source)
    {
        Length = length;
        Source = source;
    }

    /// <summary>The most candidates on the list, at least 0.</summary>
    public int Length { get; }

    /// <summary>Where the number comes from; <see cref="Provenance.Default"/> for the library's (or a team's own) default.</summary>
    public Provenance Source { get; }

    /// <summary>A list of up to <paramref name="length"/> candidates.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is negative.</exception>
    public static Waitlist Of(int length, Provenance source)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        return new Waitlist(length, source);
    }

    /// <inheritdoc/>
    public bool Equals(Waitlist other) => Length == other.Length && Source == other.Source;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Waitlist other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Length, Source);

    /// <summary>Returns the length, e.g. <c>5</c>.</summary>
    public override string ToString() => $"{Length}";

    /// <summary>Whether both are equal.</summary>
    public static bool operator ==(Waitlist left, Waitlist right) => left.Equals(right);

    /// <summary>Whether they differ.</summary>
    public static bool operator !=(Waitlist left, Waitlist right) => !left.Equals(right);

    internal void Validate(Problems problems, string path)
    {
        if (Length < 0)
        {
            problems.Add(At.Member(path, "length"), CommonErrors.OutOfRange, $"A waiting list of {Length} is not possible; at least 0.");
        }

        Source.Validate(problems, At.Member(path, "source"));
    }
}
