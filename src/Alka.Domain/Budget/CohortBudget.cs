using Alka.Domain.Governance;
using Alka.Domain.Programs;
using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Budget;

/// <summary>
/// The budget of one cohort of a program: line items checked against the program's band, with the decisions a body
/// holding the budget power recorded on it (an exception to the band, the approval) and the soft rules it gives up.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Create"/> checks every hard rule of <see cref="BudgetRules"/> and refuses a budget that breaks one, each
/// problem a <c>ValidationError</c> whose code is the rule's id: <see cref="BudgetRules.BandRange"/>,
/// <see cref="BudgetRules.BandDeviation"/>, <see cref="BudgetRules.LinesSum"/>; <see cref="Approve"/> checks
/// <see cref="BudgetRules.ApprovalAuthority"/>. A budget that keeps them lists the soft rules it gives up in
/// <see cref="Findings"/> (<see cref="BudgetRules.ReserveShare"/>).
/// </para>
/// <para>Immutable and thread-safe; equality is reference equality (a budget is an entity of its program).</para>
/// </remarks>
public sealed class CohortBudget
{
    /// <summary>The share of the total above which a reserve is reported (<see cref="BudgetRules.ReserveShare"/>): 10%.</summary>
    public const decimal ReserveLimit = 0.10m;

    private readonly InstituteProgram _program;

    private CohortBudget(
        InstituteProgram program,
        int participants,
        ExpectedCost expected,
        IReadOnlyList<BudgetLine> lines,
        Money total,
        CohortBudgetOptions options,
        BudgetDecision? approval,
        IReadOnlyList<BudgetFinding> findings)
    {
        _program = program;
        Participants = participants;
        Expected = expected;
        Lines = lines;
        Total = total;
        Tolerance = options.Tolerance;
        BandException = options.BandException;
        Year = options.Year;
        Cohort = options.Cohort;
        Approval = approval;
        Findings = findings;
        Shares = SharesOf(lines, total);
    }

    /// <summary>The id of the budget's program (e.g. <c>digital-leaders-government</c>).</summary>
    public string ProgramId => _program.Id;

    /// <summary>The band the budget was checked against (the program's).</summary>
    public BudgetBand Band => _program.Budget!;

    /// <summary>The number of participants of the cohort.</summary>
    public int Participants { get; }

    /// <summary>What the band expects the cohort to cost (<see cref="BudgetRules.BandExpected"/>), also beyond the band when an exception allows the count.</summary>
    public ExpectedCost Expected { get; }

    /// <summary>The line items, in the caller's order.</summary>
    public IReadOnlyList<BudgetLine> Lines { get; }

    /// <summary>
    /// Each line's share of <see cref="Total"/>, a fraction with four decimals, in the order of <see cref="Lines"/>:
    /// the largest-remainder allocation of 1.0000, so the shares sum to exactly 1.0000 (all 0 when the total is zero).
    /// </summary>
    public IReadOnlyList<decimal> Shares { get; }

    /// <summary>The sum of the lines.</summary>
    public Money Total { get; }

    /// <summary>The tolerance the total was held to (<see cref="BudgetRules.BandDeviation"/>), a fraction of the expected total.</summary>
    public decimal Tolerance { get; }

    /// <summary>The lowest total within the tolerance: the expected total less <see cref="Tolerance"/> of it, to the agora inward.</summary>
    public Money LowestTotal => Expected.Total - Allowance(Expected.Total, Tolerance);

    /// <summary>The highest total within the tolerance: the expected total plus <see cref="Tolerance"/> of it, to the agora inward.</summary>
    public Money HighestTotal => Expected.Total + Allowance(Expected.Total, Tolerance);

    /// <summary>The exception that allows a participant count outside the band, or <see langword="null"/>.</summary>
    public BudgetDecision? BandException { get; }

    /// <summary>The approval, or <see langword="null"/> while the budget is a proposal.</summary>
    public BudgetDecision? Approval { get; }

    /// <summary>The cohort's year, when the caller gave it.</summary>
    public int? Year { get; }

    /// <summary>The cohort's number in its program, when the caller gave it.</summary>
    public int? Cohort { get; }

    /// <summary>The soft rules the budget gives up, each with its numbers; empty when it keeps them all.</summary>
    public IReadOnlyList<BudgetFinding> Findings { get; }

    /// <summary>Checks a cohort budget of <paramref name="lines"/> for <paramref name="participants"/> participants against <paramref name="program"/>'s band.</summary>
    /// <param name="program">The program; its <see cref="InstituteProgram.Budget"/> is the band, its governing bodies decide.</param>
    /// <param name="participants">The cohort's participants.</param>
    /// <param name="lines">The line items, at least one, with distinct names.</param>
    /// <param name="options">The tolerance, a stated total, an exception to the band, the year; <see langword="null"/> for the defaults.</param>
    /// <returns>
    /// The budget, or every problem: a program without a band (<see cref="BudgetErrors.NoBand"/> at <c>program</c>); a
    /// count below one or a tolerance outside 0 … &lt;1 (<see cref="CommonErrors.OutOfRange"/> at <c>participants</c>,
    /// <c>tolerance</c>); a count outside the band without a valid exception, or an exception recorded by a body
    /// without the budget power (<see cref="BudgetErrors.OutsideBand"/> at <c>participants</c> or
    /// <c>bandException.body</c>); a body the program does not have (<see cref="CommonErrors.UnknownReference"/>); no
    /// lines, invalid or repeated lines (<see cref="CommonErrors.Required"/>, <see cref="CommonErrors.DuplicateId"/>
    /// at <c>lines[i]</c>, the line's own problems at <c>lines[i].name</c>, …); a total beyond the range of
    /// <see cref="Money"/> (<see cref="BudgetErrors.MoneyOutOfRange"/>); lines that do not sum to the stated total
    /// (<see cref="BudgetErrors.LinesDoNotSum"/> at <c>lines</c>); a total outside the tolerance
    /// (<see cref="BudgetErrors.OutsideTolerance"/> at <c>lines</c>).
    /// </returns>
    public static Result<CohortBudget> Create(
        InstituteProgram program, int participants, IEnumerable<BudgetLine> lines, CohortBudgetOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(program);
        ArgumentNullException.ThrowIfNull(lines);
        options ??= new CohortBudgetOptions();
        var items = lines.ToArray();
        var problems = new Problems();
        if (program.Budget is not { } band)
        {
            return Problems.Invalid<CohortBudget>(
                "program", BudgetErrors.NoBand, $"The program {program.Id} has no budget band: its sources give no cost per cohort.");
        }

        if (options.Tolerance is < 0 or >= 1)
        {
            problems.Add("tolerance", CommonErrors.OutOfRange, FormattableString.Invariant($"The tolerance is a fraction of the expected total from 0 to below 1, not {options.Tolerance}."));
        }

        var expected = Expect(program, band, participants, options.BandException, problems);
        var total = CheckLines(items, options.StatedTotal, problems);
        if (expected is { } cost && total is { } sum && !problems.Any)
        {
            CheckDeviation(cost, sum, options.Tolerance, problems);
        }

        if (problems.Any)
        {
            return problems.Invalid<CohortBudget>();
        }

        var readOnly = Array.AsReadOnly(items);
        return new CohortBudget(program, participants, expected!.Value, readOnly, total!.Value, options, null, ReserveFindings(readOnly, total.Value));
    }

    /// <summary>Records the approval of this budget by <paramref name="approval"/>'s body (<see cref="BudgetRules.ApprovalAuthority"/>).</summary>
    /// <returns>
    /// The approved budget (this one is unchanged), or every problem: an invalid decision (its problems at
    /// <c>approval.body</c>, <c>approval.reason</c>), a body the program does not have
    /// (<see cref="CommonErrors.UnknownReference"/> at <c>approval.body</c>), a body without the budget power
    /// (<see cref="BudgetErrors.NotAuthorized"/> at <c>approval.body</c>), a budget already approved
    /// (<see cref="BudgetErrors.AlreadyApproved"/> at <c>approval</c>).
    /// </returns>
    public Result<CohortBudget> Approve(BudgetDecision approval)
    {
        ArgumentNullException.ThrowIfNull(approval);
        var problems = new Problems();
        approval.Validate(problems, "approval");
        if (!problems.Any)
        {
            CheckPower(_program, approval.Body, "approval.body", BudgetErrors.NotAuthorized, "approve its budgets", BudgetRules.ApprovalAuthority, problems);
        }

        if (Approval is not null)
        {
            problems.Add("approval", BudgetErrors.AlreadyApproved, $"The budget was approved by {Approval}; an approval is never replaced.");
        }

        var options = new CohortBudgetOptions { Tolerance = Tolerance, BandException = BandException, Year = Year, Cohort = Cohort };
        return problems.Any
            ? problems.Invalid<CohortBudget>()
            : new CohortBudget(_program, Participants, Expected, Lines, Total, options, approval, Findings);
    }

    /// <summary>Returns e.g. <c>digital-leaders-government, 34 participants: ₪3,600,000.00 in 6 lines (expected ₪3,600,000.00)</c>.</summary>
    public override string ToString() =>
        FormattableString.Invariant($"{ProgramId}, {Participants} participants: {Total} in {Lines.Count} lines (expected {Expected.Total})");

    // Whole agorot of tolerance × expected, rounded toward zero: a total (whole agorot) is within the exact tolerance
    // exactly when it is within this allowance.
    private static Money Allowance(Money expected, decimal tolerance) => expected.Multiply(tolerance, MidpointRounding.ToZero);

    private static ExpectedCost? Expect(InstituteProgram program, BudgetBand band, int participants, BudgetDecision? exception, Problems problems)
    {
        var allowed = false;
        if (exception is not null)
        {
            var before = problems.Errors.Count;
            exception.Validate(problems, "bandException");
            if (problems.Errors.Count == before)
            {
                CheckPower(program, exception.Body, "bandException.body", BudgetErrors.OutsideBand, "allow a cohort outside the band", BudgetRules.BandRange, problems);
            }

            allowed = problems.Errors.Count == before;
        }

        if (participants < 1)
        {
            problems.Add("participants", CommonErrors.OutOfRange, FormattableString.Invariant($"A cohort has at least one participant, not {participants}."));
            return null;
        }

        if (band.Contains(participants) || allowed)
        {
            return band.Interpolate(participants);
        }

        if (exception is null)
        {
            problems.AddRange(band.ExpectedFor(participants).ValidationErrors);
        }

        return null;
    }

    private static Money? CheckLines(BudgetLine[] lines, Money? stated, Problems problems)
    {
        if (lines.Length == 0)
        {
            problems.Add("lines", CommonErrors.Required, "A budget has at least one line.");
            return null;
        }

        var before = problems.Errors.Count;
        problems.Items(lines, "lines", (line, p, at) => line.Validate(p, at));
        problems.Unique(lines, line => line?.Name, "lines", "line");
        if (problems.Errors.Count != before)
        {
            return null;
        }

        if (BudgetLine.Sum(lines) is not { } total)
        {
            problems.Add("lines", BudgetErrors.MoneyOutOfRange, $"The lines sum beyond {Money.MaxValue}.");
            return null;
        }

        if (stated is { } statedTotal)
        {
            CheckSum(total, statedTotal, problems, "lines");
        }

        return total;
    }

    /// <summary>Checks <see cref="BudgetRules.LinesSum"/>: the lines' <paramref name="sum"/> is exactly the <paramref name="stated"/> total.</summary>
    internal static void CheckSum(Money sum, Money stated, Problems problems, string path)
    {
        if (sum != stated)
        {
            problems.Add(path, BudgetErrors.LinesDoNotSum, $"The lines sum to {sum}, not to the stated total {stated} ({Signed(sum - stated)}): rule {BudgetRules.LinesSum}.");
        }
    }

    private static void CheckDeviation(ExpectedCost expected, Money total, decimal tolerance, Problems problems)
    {
        var allowance = Allowance(expected.Total, tolerance);
        var low = expected.Total - allowance;
        var high = expected.Total + allowance;
        if (total >= low && total <= high)
        {
            return;
        }

        var deviation = total - expected.Total;
        var percent = Math.Round(deviation.Amount * 100 / expected.Total.Amount, 2, MidpointRounding.AwayFromZero);
        problems.Add("lines", BudgetErrors.OutsideTolerance, FormattableString.Invariant(
            $"The lines total {total}, {Signed(deviation)} ({(percent > 0 ? "+" : "")}{percent}%) from the expected {expected.Total} for {expected.Participants} participants; ±{tolerance * 100:0.##}% allows {low} to {high}: rule {BudgetRules.BandDeviation}."));
    }

    private static IReadOnlyList<BudgetFinding> ReserveFindings(IReadOnlyList<BudgetLine> lines, Money total)
    {
        var reserves = Enumerable.Range(0, lines.Count).Where(i => lines[i].Category == BudgetCategory.Reserve).ToList();
        var reserve = Money.Sum(reserves.Select(i => lines[i].Amount));
        var limit = total.Multiply(ReserveLimit, MidpointRounding.ToZero);
        if (reserves.Count == 0 || reserve <= limit)
        {
            return [];
        }

        var identifier = reserves.Count == 1 ? At.Index("lines", reserves[0]) : "lines";
        var what = reserves.Count == 1 ? $"The reserve line “{lines[reserves[0]].Name}” is" : FormattableString.Invariant($"The {reserves.Count} reserve lines are");
        var percent = Math.Round(reserve.Amount * 100 / total.Amount, 2, MidpointRounding.AwayFromZero);
        return
        [
            new BudgetFinding(BudgetRules.ReserveShare, RuleStrength.Soft, identifier, reserve, limit, FormattableString.Invariant(
                $"{what} {reserve}, {percent}% of the total {total}, above 10% ({limit}): rule {BudgetRules.ReserveShare}.")),
        ];
    }

    private static void CheckPower(InstituteProgram program, string body, string path, string code, string what, string rule, Problems problems)
    {
        var bodies = program.Governance.Bodies;
        var holders = string.Join(", ", bodies.Where(b => b.Holds(Power.Budget)).Select(b => b.Id));
        var governing = bodies.FirstOrDefault(b => b.Id == body);
        if (governing is null)
        {
            problems.Add(path, CommonErrors.UnknownReference, $"{program.Id} has no body '{body}'; its bodies are {string.Join(", ", bodies.Select(b => b.Id))}.");
        }
        else if (!governing.Holds(Power.Budget))
        {
            problems.Add(path, code, $"{body} does not hold the budget power of {program.Id}, so it cannot {what}; {(holders.Length == 0 ? "no body holds it" : holders + " holds it")}: rule {rule}.");
        }
    }

    private static string Signed(Money amount) => amount < Money.Zero ? $"{amount}" : $"+{amount}";

    private static IReadOnlyList<decimal> SharesOf(IReadOnlyList<BudgetLine> lines, Money total)
    {
        const long Whole = 10_000;
        if (total == Money.Zero)
        {
            return Array.AsReadOnly(new decimal[lines.Count]);
        }

        var weights = new Int128[lines.Count];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = lines[i].Amount.Agorot;
        }

        // Ten thousand "agorot" shared like money: basis points that sum to exactly 1.0000.
        var basisPoints = LargestRemainder.Apportion(Money.FromAgorot(Whole), (ReadOnlySpan<Int128>)weights);
        return Array.AsReadOnly(basisPoints.Select(points => new decimal((int)points.Agorot, 0, 0, false, 4)).ToArray());
    }
}
