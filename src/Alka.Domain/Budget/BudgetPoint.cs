using System.Text.Json.Serialization;
using Alka.Domain.Validation;

namespace Alka.Domain.Budget;

/// <summary>A budget for a group of a given size: "3 million NIS for a group of about 25 participants".</summary>
/// <remarks>Immutable; equality compares both members. <c>default</c> is "0 ILS for 0 participants", never valid in a band.</remarks>
public readonly struct BudgetPoint : IEquatable<BudgetPoint>
{
    [JsonConstructor]
    internal BudgetPoint(int participants, decimal totalIls)
    {
        Participants = participants;
        TotalIls = totalIls;
    }

    /// <summary>The number of participants in the group (about).</summary>
    public int Participants { get; }

    /// <summary>The total for the group, in new Israeli shekels (exact to the agora in a valid point).</summary>
    public decimal TotalIls { get; }

    /// <summary>The total for the group as <see cref="Money"/>.</summary>
    /// <exception cref="ArgumentException">The point is not valid: <see cref="TotalIls"/> is not a whole number of agorot in the range of <see cref="Money"/>.</exception>
    [JsonIgnore]
    public Money Total => Money.Of(TotalIls);

    /// <summary>A point of <paramref name="totalIls"/> for <paramref name="participants"/> participants.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Either value is not positive, or the total is beyond the range of <see cref="Money"/>.</exception>
    /// <exception cref="ArgumentException">The total is finer than the agora.</exception>
    public static BudgetPoint Of(int participants, decimal totalIls)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(participants);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(totalIls);
        _ = Money.Of(totalIls);
        return new BudgetPoint(participants, totalIls);
    }

    /// <inheritdoc/>
    public bool Equals(BudgetPoint other) => Participants == other.Participants && TotalIls == other.TotalIls;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is BudgetPoint other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Participants, TotalIls);

    /// <summary>Returns e.g. <c>3000000 ILS for 25</c>.</summary>
    public override string ToString() => FormattableString.Invariant($"{TotalIls} ILS for {Participants}");

    /// <summary>Whether both points are equal.</summary>
    public static bool operator ==(BudgetPoint left, BudgetPoint right) => left.Equals(right);

    /// <summary>Whether the points differ.</summary>
    public static bool operator !=(BudgetPoint left, BudgetPoint right) => !left.Equals(right);

    internal void Validate(Problems problems, string path)
    {
        if (Participants < 1 || TotalIls <= 0)
        {
            problems.Add(path, CommonErrors.OutOfRange, "A budget point has at least one participant and a positive amount.");
        }

        if (!Money.IsExact(TotalIls))
        {
            problems.Add(At.Member(path, "totalIls"), BudgetErrors.MoneyTooPrecise, FormattableString.Invariant($"{TotalIls} NIS is finer than the agora."));
        }
        else if (!Money.IsInRange(TotalIls))
        {
            problems.Add(At.Member(path, "totalIls"), BudgetErrors.MoneyOutOfRange, FormattableString.Invariant($"{TotalIls} NIS is beyond the range of Money."));
        }
    }
}
