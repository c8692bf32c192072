namespace Alka.Domain.Budget;

/// <summary>How <see cref="CohortBudget.Create"/> checks a cohort budget, and what the caller records on it.</summary>
/// <remarks>Immutable once built (init-only); thread-safe.</remarks>
public sealed class CohortBudgetOptions
{
    /// <summary>The default tolerance of <see cref="BudgetRules.BandDeviation"/>: ±10%.</summary>
    public const decimal DefaultTolerance = 0.10m;

    /// <summary>
    /// How far the lines' total may lie from the expected total, as a fraction of it (<see cref="BudgetRules.BandDeviation"/>):
    /// from 0 (exactly the expected total) to below 1.
    /// </summary>
    /// <value>The default value is <see cref="DefaultTolerance"/>, 0.10 (the rule's documented default).</value>
    public decimal Tolerance { get; init; } = DefaultTolerance;

    /// <summary>
    /// The total the lines must sum to exactly (<see cref="BudgetRules.LinesSum"/>), e.g. the closing row of a budget
    /// file; <see langword="null"/> when the lines' sum is the total.
    /// </summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public Money? StatedTotal { get; init; }

    /// <summary>
    /// The exception to <see cref="BudgetRules.BandRange"/> that allows a participant count outside the band, recorded
    /// by a body of the program that holds the budget power; <see langword="null"/> when there is none.
    /// </summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public BudgetDecision? BandException { get; init; }

    /// <summary>The year of the cohort, for roll-ups by year (<see cref="BudgetRollup.ByYear"/>); <see langword="null"/> when not given.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public int? Year { get; init; }

    /// <summary>The cohort's number in its program, when known (<see langword="null"/> otherwise).</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public int? Cohort { get; init; }
}
