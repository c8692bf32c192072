namespace Alka.Domain.Selection;

/// <summary>
/// The smallest single change that would admit a candidate who was not (<see cref="CohortSelection.WhatIf"/>): one
/// point more on a criterion, or the missing nomination or recommendation; with the rank and score it would give.
/// </summary>
/// <remarks>Immutable. <see langword="default"/> is not a change a what-if returns. Equality compares every member.</remarks>
public readonly struct AdmissionChange : IEquatable<AdmissionChange>
{
    internal AdmissionChange(AdmissionChangeKind kind, MeritCriterion? criterion, int? mark, int rank, Score score)
    {
        Kind = kind;
        Criterion = criterion;
        Mark = mark;
        Rank = rank;
        Score = score;
    }

    /// <summary>The kind of change.</summary>
    public AdmissionChangeKind Kind { get; }

    /// <summary>The criterion one point higher, for <see cref="AdmissionChangeKind.CriterionPoint"/>; otherwise <see langword="null"/>.</summary>
    public MeritCriterion? Criterion { get; }

    /// <summary>The new mark on <see cref="Criterion"/>, for <see cref="AdmissionChangeKind.CriterionPoint"/>; otherwise <see langword="null"/>.</summary>
    public int? Mark { get; }

    /// <summary>The candidate's rank with the change.</summary>
    public int Rank { get; }

    /// <summary>The candidate's score with the change.</summary>
    public Score Score { get; }

    /// <inheritdoc/>
    public bool Equals(AdmissionChange other) =>
        Kind == other.Kind && Criterion == other.Criterion && Mark == other.Mark && Rank == other.Rank && Score.Equals(other.Score);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is AdmissionChange other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Criterion, Mark, Rank, Score);

    /// <summary>Returns e.g. <c>leadership 5 (rank 12, 4.33)</c> or <c>steering-recommendation (rank 3, 4.67)</c>.</summary>
    public override string ToString() => Criterion is { } criterion
        ? $"{criterion.ToId()} {Mark} (rank {Rank}, {Score})"
        : $"{Kind.ToId()} (rank {Rank}, {Score})";

    /// <summary>Whether both are equal.</summary>
    public static bool operator ==(AdmissionChange left, AdmissionChange right) => left.Equals(right);

    /// <summary>Whether they differ.</summary>
    public static bool operator !=(AdmissionChange left, AdmissionChange right) => !left.Equals(right);
}
