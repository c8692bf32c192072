namespace Alka.Domain.Budget;

/// <summary>
/// What a band expects a cohort of a given size to cost (the rule <see cref="BudgetRules.BandExpected"/>): the total,
/// and the total per participant.
/// </summary>
/// <remarks>
/// Made by <see cref="BudgetBand.ExpectedFor"/>. Immutable; equality compares every member. <c>default</c> is "₪0.00
/// for 0 participants", which no band expects.
/// </remarks>
public readonly struct ExpectedCost : IEquatable<ExpectedCost>
{
    internal ExpectedCost(int participants, Money total, Money perParticipant)
    {
        Participants = participants;
        Total = total;
        PerParticipant = perParticipant;
    }

    /// <summary>The number of participants of the cohort.</summary>
    public int Participants { get; }

    /// <summary>The expected total of the cohort, rounded to the agora.</summary>
    public Money Total { get; }

    /// <summary><see cref="Total"/> / <see cref="Participants"/>, rounded to the agora.</summary>
    public Money PerParticipant { get; }

    /// <inheritdoc/>
    public bool Equals(ExpectedCost other) =>
        Participants == other.Participants && Total == other.Total && PerParticipant == other.PerParticipant;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ExpectedCost other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Participants, Total, PerParticipant);

    /// <summary>Returns e.g. <c>₪3,600,000.00 for 34 participants (₪105,882.35 each)</c>.</summary>
    public override string ToString() => FormattableString.Invariant($"{Total} for {Participants} participants ({PerParticipant} each)");

    /// <summary>Whether both costs are equal.</summary>
    public static bool operator ==(ExpectedCost left, ExpectedCost right) => left.Equals(right);

    /// <summary>Whether the costs differ.</summary>
    public static bool operator !=(ExpectedCost left, ExpectedCost right) => !left.Equals(right);
}
