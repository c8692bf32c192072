namespace Alka.Domain.Budget;

/// <summary>
/// The error codes of money, allocations and budget bands. Each is the <c>ErrorCode</c> of an Ardalis
/// <c>ValidationError</c>; the codes are public API and never change.
/// </summary>
public static class BudgetErrors
{
    /// <summary>A band's upper point does not have more participants and at least the amount of its lower point.</summary>
    /// <remarks><see cref="BudgetBand.Create"/> (identifier <c>upper</c>).</remarks>
    public const string BandOrder = "budget-band-order";

    /// <summary>
    /// A participant count outside the band (the rule <see cref="BudgetRules.BandRange"/>, whose id is also the code);
    /// the message names the band.
    /// </summary>
    /// <remarks><see cref="BudgetBand.ExpectedFor"/> (identifier <c>participants</c>).</remarks>
    public const string OutsideBand = BudgetRules.BandRange;

    /// <summary>An amount beyond <see cref="Money.MinValue"/> … <see cref="Money.MaxValue"/>.</summary>
    /// <remarks><see cref="Money.Create(decimal)"/>, <see cref="Money.Parse(string, MoneyFormat)"/>, <see cref="BudgetPoint"/> totals (identifier <c>amount</c>, <c>text</c> or the point's <c>totalIls</c>).</remarks>
    public const string MoneyOutOfRange = "money-out-of-range";

    /// <summary>
    /// An amount finer than the agora (more than two decimals) where no rounding was named, or text with more than two
    /// decimals (in the compact form, more than two decimals of a million).
    /// </summary>
    /// <remarks><see cref="Money.Create(decimal)"/>, <see cref="Money.Parse(string, MoneyFormat)"/>, <see cref="BudgetPoint"/> totals.</remarks>
    public const string MoneyTooPrecise = "money-too-precise";

    /// <summary>Text that is not an amount in the requested <see cref="MoneyFormat"/>.</summary>
    /// <remarks><see cref="Money.Parse(string, MoneyFormat)"/> (identifier <c>text</c>).</remarks>
    public const string MoneyUnparsable = "money-unparsable";

    /// <summary>An allocation to no shares: a share count below one or no weights.</summary>
    /// <remarks><see cref="Money.Allocate(int, AllocationMode)"/> and the weighted overloads.</remarks>
    public const string AllocationNoShares = "allocation-no-shares";

    /// <summary>A negative allocation weight (reported for each).</summary>
    /// <remarks>The weighted <see cref="Money.Allocate(ReadOnlySpan{int}, AllocationMode)"/> overloads (identifier <c>weights[i]</c>).</remarks>
    public const string AllocationNegativeWeight = "allocation-negative-weight";

    /// <summary>Allocation weights none of which is positive.</summary>
    /// <remarks>The weighted <see cref="Money.Allocate(ReadOnlySpan{int}, AllocationMode)"/> overloads (identifier <c>weights</c>).</remarks>
    public const string AllocationZeroWeights = "allocation-zero-weights";

    /// <summary>
    /// The lines' total lies outside the band's tolerance around the expected total (the rule
    /// <see cref="BudgetRules.BandDeviation"/>, whose id is also the code); the message gives the total, the expected
    /// total, the deviation and the bounds.
    /// </summary>
    /// <remarks><see cref="CohortBudget.Create"/> (identifier <c>lines</c>).</remarks>
    public const string OutsideTolerance = BudgetRules.BandDeviation;

    /// <summary>
    /// The lines do not sum exactly to the total stated for them (the rule <see cref="BudgetRules.LinesSum"/>, whose id
    /// is also the code); the message gives both and the difference.
    /// </summary>
    /// <remarks><see cref="CohortBudget.Create"/> with <see cref="CohortBudgetOptions.StatedTotal"/>, <see cref="BudgetLinesCsv.Read"/> (identifier <c>lines</c>).</remarks>
    public const string LinesDoNotSum = BudgetRules.LinesSum;

    /// <summary>
    /// A body that does not hold the budget power approves a budget (the rule <see cref="BudgetRules.ApprovalAuthority"/>,
    /// whose id is also the code); the message names the bodies that hold it.
    /// </summary>
    /// <remarks><see cref="CohortBudget.Approve"/> (identifier <c>approval.body</c>).</remarks>
    public const string NotAuthorized = BudgetRules.ApprovalAuthority;

    /// <summary>A budget of a program whose sources give no budget band.</summary>
    /// <remarks><see cref="CohortBudget.Create"/> (identifier <c>program</c>).</remarks>
    public const string NoBand = "budget-no-band";

    /// <summary>A budget that is already approved is approved again: the first approval stands, and is never replaced.</summary>
    /// <remarks><see cref="CohortBudget.Approve"/> (identifier <c>approval</c>).</remarks>
    public const string AlreadyApproved = "budget-already-approved";
}
