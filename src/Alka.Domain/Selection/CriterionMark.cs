namespace Alka.Domain.Selection;

/// <summary>One line of a score's breakdown: a candidate's mark on a criterion and the criterion's weight.</summary>
/// <remarks>Immutable. <see langword="default"/> has no criterion. Equality compares every member.</remarks>
public readonly struct CriterionMark : IEquatable<CriterionMark>
{
    internal CriterionMark(MeritCriterion criterion, int mark, int weight)
    {
        Criterion = criterion;
        Mark = mark;
        Weight = weight;
    }

    /// <summary>The criterion.</summary>
    public MeritCriterion Criterion { get; }

    /// <summary>The candidate's mark, 1–5.</summary>
    public int Mark { get; }

    /// <summary>The criterion's weight in the policy.</summary>
    public int Weight { get; }

    /// <inheritdoc/>
    public bool Equals(CriterionMark other) => Criterion == other.Criterion && Mark == other.Mark && Weight == other.Weight;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CriterionMark other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Criterion, Mark, Weight);

    /// <summary>Returns e.g. <c>leadership 4×1</c>.</summary>
    public override string ToString() => $"{Criterion.ToId()} {Mark}×{Weight}";

    /// <summary>Whether both are equal.</summary>
    public static bool operator ==(CriterionMark left, CriterionMark right) => left.Equals(right);

    /// <summary>Whether they differ.</summary>
    public static bool operator !=(CriterionMark left, CriterionMark right) => !left.Equals(right);
}
