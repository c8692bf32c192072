namespace Alka.Domain.Budget;

/// <summary>
/// The ids of the budget rules of Digital Leaders (<c>digital-leaders-government</c>, <c>digital-leaders-local</c>;
/// source: the program management page). Findings, errors and explanations name these ids.
/// </summary>
/// <remarks>
/// The ids are public API and never change. <em>Hard</em> rules are never broken; a budget that cannot keep one is an
/// error naming it. <em>Soft</em> rules are reported where a budget gives them up. Where a number is marked
/// <em>default</em>, the sources give none: it is the library's documented default, and a caller can change it.
/// </remarks>
public static class BudgetRules
{
    /// <summary>
    /// <c>band-range</c> (hard): "A cohort has 25–40 participants; outside the band only with an exception recorded by
    /// a body that holds the budget authority."
    /// </summary>
    public const string BandRange = "band-range";

    /// <summary>
    /// <c>band-expected</c>: "The expected total is linear between the band's points: 3,000,000.00 NIS at 25 and
    /// 4,000,000.00 NIS at 40 (<c>3,000,000 + (N − 25) × 1,000,000 / 15</c>), rounded to agorot; per participant =
    /// total / N, rounded to agorot." Both roundings are half away from zero (see <see cref="BudgetBand.ExpectedFor"/>).
    /// </summary>
    public const string BandExpected = "band-expected";

    /// <summary>
    /// <c>band-deviation</c> (hard): "The total of a cohort budget's lines is within ±10% (default) of the expected
    /// total."
    /// </summary>
    public const string BandDeviation = "band-deviation";

    /// <summary>
    /// <c>lines-sum</c> (hard): "Allocated lines sum exactly to the total, to the agora (largest remainder)." See
    /// <see cref="Money.Allocate(ReadOnlySpan{int}, AllocationMode)"/>.
    /// </summary>
    public const string LinesSum = "lines-sum";

    /// <summary>
    /// <c>approval-authority</c> (hard): "A budget is approved only by a body of the program that holds the budget
    /// authority (the steering committee)."
    /// </summary>
    public const string ApprovalAuthority = "approval-authority";

    /// <summary><c>reserve-share</c> (soft): "A reserve line above 10% of the total is reported."</summary>
    public const string ReserveShare = "reserve-share";

    /// <summary>Every budget rule id, in the order of the contract's table.</summary>
    public static IReadOnlyList<string> All { get; } = [BandRange, BandExpected, BandDeviation, LinesSum, ApprovalAuthority, ReserveShare];
}
