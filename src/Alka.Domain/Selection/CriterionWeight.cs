using System.Text.Json.Serialization;
using Alka.Domain.Validation;

namespace Alka.Domain.Selection;

/// <summary>A merit criterion a policy scores candidates on, and its weight in the weighted mean.</summary>
/// <remarks>
/// Immutable. Weights are whole numbers from 1 to <see cref="MaxWeight"/>, so that every score is an exact fraction
/// (weigh 1.5 : 1 as 3 : 2). <see langword="default"/> has no criterion and weight 0 (invalid in a policy). Equality
/// compares both members.
/// </remarks>
public readonly struct CriterionWeight : IEquatable<CriterionWeight>
{
    /// <summary>The heaviest weight, 1000.</summary>
    public const int MaxWeight = 1000;

    [JsonConstructor]
    internal CriterionWeight(MeritCriterion criterion, int weight)
    {
        Criterion = criterion;
        Weight = weight;
    }

    /// <summary>The criterion.</summary>
    public MeritCriterion Criterion { get; }

    /// <summary>Its weight, 1 to <see cref="MaxWeight"/>.</summary>
    public int Weight { get; }

    /// <summary><paramref name="criterion"/> with <paramref name="weight"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is not from 1 to <see cref="MaxWeight"/>.</exception>
    public static CriterionWeight Of(MeritCriterion criterion, int weight = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(weight, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(weight, MaxWeight);
        return new CriterionWeight(criterion, weight);
    }

    /// <summary>Each of <paramref name="criteria"/> with weight 1: the built-in policies' equal weights.</summary>
    public static IReadOnlyList<CriterionWeight> Equally(IEnumerable<MeritCriterion> criteria)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        return [.. criteria.Select(c => new CriterionWeight(c, 1))];
    }

    /// <inheritdoc/>
    public bool Equals(CriterionWeight other) => Criterion == other.Criterion && Weight == other.Weight;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CriterionWeight other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Criterion, Weight);

    /// <summary>Returns e.g. <c>leadership×2</c>.</summary>
    public override string ToString() => $"{Criterion.ToId()}×{Weight}";

    /// <summary>Whether both are equal.</summary>
    public static bool operator ==(CriterionWeight left, CriterionWeight right) => left.Equals(right);

    /// <summary>Whether they differ.</summary>
    public static bool operator !=(CriterionWeight left, CriterionWeight right) => !left.Equals(right);

    internal void Validate(Problems problems, string path)
    {
        problems.Defined(Criterion, At.Member(path, "criterion"));
        if (Weight is < 1 or > MaxWeight)
        {
            problems.Add(At.Member(path, "weight"), CommonErrors.OutOfRange, $"A weight of {Weight} is not from 1 to {MaxWeight}.");
        }
    }
}
