namespace Alka.Domain.Budget;

/// <summary>
/// The error codes of money, allocations and budget bands. Each is the <c>ErrorCode</c> of an Ardalis
/// <c>ValidationError</c>; the codes are public API and never change.
/// </summary>
public static class BudgetErrors
{
    /// <summary>A band's upper point does not have more participants and at least the amount of its lower point.</summary>
    public const string BandOrder = "budget-band-order";

    /// <summary>A budget point has no participants or a non-positive amount.</summary>
    public const string PointOutOfRange = "budget-point-out-of-range";

    /// <summary>
    /// A participant count outside the band (the rule <see cref="BudgetRules.BandRange"/>, whose id is also the code);
    /// the message names the band.
    /// </summary>
    public const string OutsideBand = BudgetRules.BandRange;

    /// <summary>An amount beyond <see cref="Money.MinValue"/> … <see cref="Money.MaxValue"/>.</summary>
    public const string MoneyOutOfRange = "money-out-of-range";

    /// <summary>
    /// An amount finer than the agora (more than two decimals) where no rounding was named, or text with more than two
    /// decimals (in the compact form, more than two decimals of a million).
    /// </summary>
    public const string MoneyTooPrecise = "money-too-precise";

    /// <summary>Text that is not an amount in the requested <see cref="MoneyFormat"/>.</summary>
    public const string MoneyUnparsable = "money-unparsable";

    /// <summary>An allocation to no shares: a share count below one or no weights.</summary>
    public const string AllocationNoShares = "allocation-no-shares";

    /// <summary>A negative allocation weight (reported for each).</summary>
    public const string AllocationNegativeWeight = "allocation-negative-weight";

    /// <summary>Allocation weights none of which is positive.</summary>
    public const string AllocationZeroWeights = "allocation-zero-weights";
}
