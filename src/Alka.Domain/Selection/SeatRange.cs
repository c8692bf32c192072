using System.Text.Json.Serialization;
using Alka.Domain.Sources;
using Alka.Domain.Validation;

namespace Alka.Domain.Selection;

/// <summary>How many participants a cohort has: from <see cref="Minimum"/> to <see cref="Maximum"/> seats, with the source of the numbers.</summary>
/// <remarks>
/// Immutable. <see cref="Between"/> never builds a bad range; one read from JSON is checked by the policy that holds it.
/// <see langword="default"/> is the range 0–0 (invalid in a policy). Equality compares every member.
/// </remarks>
public readonly struct SeatRange : IEquatable<SeatRange>
{
    [JsonConstructor]
    internal SeatRange(int minimum, int maximum, Provenance source)
    {
        Minimum = minimum;
        Maximum = maximum;
        Source = source;
    }

    /// <summary>The fewest participants, at least 1.</summary>
    public int Minimum { get; }

    /// <summary>The most participants, at least <see cref="Minimum"/>.</summary>
    public int Maximum { get; }

    /// <summary>Where the numbers come from; <see cref="Provenance.Default"/> for the library's (or a team's own) default.</summary>
    public Provenance Source { get; }

    /// <summary>From <paramref name="minimum"/> to <paramref name="maximum"/> seats, both inclusive.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> is below 1 or <paramref name="maximum"/> below it.</exception>
    public static SeatRange Between(int minimum, int maximum, Provenance source)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimum, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maximum, minimum);
        return new SeatRange(minimum, maximum, source);
    }

    /// <summary>Whether a cohort of <paramref name="size"/> fits the range.</summary>
    public bool Contains(int size) => size >= Minimum && size <= Maximum;

    /// <inheritdoc/>
    public bool Equals(SeatRange other) => Minimum == other.Minimum && Maximum == other.Maximum && Source == other.Source;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SeatRange other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Minimum, Maximum, Source);

    /// <summary>Returns <c>20–30</c>.</summary>
    public override string ToString() => $"{Minimum}–{Maximum}";

    /// <summary>Whether both are equal.</summary>
    public static bool operator ==(SeatRange left, SeatRange right) => left.Equals(right);

    /// <summary>Whether they differ.</summary>
    public static bool operator !=(SeatRange left, SeatRange right) => !left.Equals(right);

    internal void Validate(Problems problems, string path)
    {
        if (Minimum < 1 || Maximum < Minimum)
        {
            problems.Add(path, CommonErrors.InvalidRange, $"{Minimum}–{Maximum} is not a range of seats from 1 up.");
        }

        Source.Validate(problems, At.Member(path, "source"));
    }
}
