using System.Text.Json.Serialization;
using Alka.Domain.Sources;
using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Budget;

/// <summary>
/// The cost of one cohort of a program as a band between two group sizes: "from 3 million NIS for a group of about
/// 25 participants to 4 million NIS for a group of about 40 participants" (Digital Leaders).
/// </summary>
/// <remarks>
/// Immutable; equality compares every member. Budget decisions belong to a governing body that holds the budget
/// power: <see cref="DecidedBy"/> names it, and the program checks that it does. <see cref="ExpectedFor"/> gives
/// the expected cost of a group size inside the band (<see cref="BudgetRules.BandExpected"/>).
/// </remarks>
public sealed class BudgetBand : IEquatable<BudgetBand>
{
    [JsonConstructor]
    internal BudgetBand(BudgetPoint lower, BudgetPoint upper, string decidedBy, SourceDocument source)
    {
        Lower = lower;
        Upper = upper;
        DecidedBy = decidedBy;
        Source = source;
    }

    /// <summary>The smaller group and its total.</summary>
    public BudgetPoint Lower { get; }

    /// <summary>The larger group and its total.</summary>
    public BudgetPoint Upper { get; }

    /// <summary>The id of the program's governing body that decides the budget (it must hold <c>budget</c>).</summary>
    public string DecidedBy { get; }

    /// <summary>The source document that states the band.</summary>
    public SourceDocument Source { get; }

    /// <summary>The participant counts the band covers, from <see cref="Lower"/> to <see cref="Upper"/>.</summary>
    [JsonIgnore]
    public CountRange Participants => CountRange.Between(Lower.Participants, Math.Max(Lower.Participants, Upper.Participants));

    /// <summary>Creates a band per cohort.</summary>
    /// <returns>
    /// The band, or every problem: points out of range (<see cref="CommonErrors.OutOfRange"/>), an upper point
    /// with no more participants or a smaller amount than the lower one (<see cref="BudgetErrors.BandOrder"/>).
    /// </returns>
    public static Result<BudgetBand> Create(BudgetPoint lower, BudgetPoint upper, string decidedBy, SourceDocument source)
    {
        var band = new BudgetBand(lower, upper, decidedBy, source);
        return Problems.Check(band, band.Validate);
    }

    /// <summary>Whether a cohort of <paramref name="participants"/> lies inside the band.</summary>
    public bool Contains(int participants) => participants >= Lower.Participants && participants <= Upper.Participants;

    /// <summary>
    /// What the band expects a cohort of <paramref name="participants"/> to cost (<see cref="BudgetRules.BandExpected"/>):
    /// the total is linear between the band's points, <c>lower + (N − n₀) × (upper − lower) / (n₁ − n₀)</c>, and the
    /// total per participant is that total / N; each is rounded to the agora, half away from zero (a half agora up).
    /// </summary>
    /// <remarks>
    /// The arithmetic is exact in agorot, rounded once for each figure. For Digital Leaders, 34 participants cost
    /// ₪3,600,000.00 (₪105,882.35 each) and 26 cost ₪3,066,666.67 (₪117,948.72 each). The total never decreases as the
    /// cohort grows. A count outside the band is refused here whatever a body may have decided: an exception to
    /// <see cref="BudgetRules.BandRange"/> is recorded on a cohort's budget, and belongs there.
    /// </remarks>
    /// <returns>
    /// The expected cost, or <see cref="BudgetErrors.OutsideBand"/> (the rule <see cref="BudgetRules.BandRange"/>) at
    /// <c>participants</c> when the count lies outside the band; the message names the band.
    /// </returns>
    public Result<ExpectedCost> ExpectedFor(int participants)
    {
        if (!Contains(participants))
        {
            return Result<ExpectedCost>.Invalid(new ValidationError(
                "participants",
                FormattableString.Invariant($"{participants} participants is outside the band of {Participants} participants ({this}): rule {BudgetRules.BandRange}."),
                BudgetErrors.OutsideBand,
                ValidationSeverity.Error));
        }

        return Interpolate(participants);
    }

    /// <summary>
    /// The cost of <paramref name="participants"/> on the band's line, inside the band or beyond it, without checking
    /// <see cref="BudgetRules.BandRange"/>: the seam for a count allowed by an exception that a body with the budget
    /// authority recorded. Rounded as <see cref="ExpectedFor"/> rounds, half away from zero.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="participants"/> is below one, or the cost is beyond the range of <see cref="Money"/>.
    /// </exception>
    internal ExpectedCost Interpolate(int participants)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(participants);

        // In agorot: (lower × (n₁ − n₀) + (N − n₀) × (upper − lower)) / (n₁ − n₀); negative only far below the band.
        var lower = Lower.Total.Agorot;
        var span = Upper.Participants - Lower.Participants;
        var numerator = ((Int128)lower * span) + ((Int128)(participants - Lower.Participants) * (Upper.Total.Agorot - lower));
        var total = RoundedQuotient(numerator, span);
        return new ExpectedCost(participants, ToMoney(total, participants), ToMoney(RoundedQuotient(total, participants), participants));
    }

    /// <inheritdoc/>
    public bool Equals(BudgetBand? other) =>
        other is not null && Lower == other.Lower && Upper == other.Upper && DecidedBy == other.DecidedBy && Source == other.Source;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as BudgetBand);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Lower, Upper, DecidedBy, Source);

    /// <summary>Returns e.g. <c>3000000 ILS for 25 to 4000000 ILS for 40 per cohort</c>.</summary>
    public override string ToString() => $"{Lower} to {Upper} per cohort";

    // numerator / divisor (divisor > 0) rounded to an integer, half away from zero.
    private static Int128 RoundedQuotient(Int128 numerator, Int128 divisor)
    {
        var quotient = IntegerRounding.Divide(Int128.Abs(numerator), divisor, Int128.IsNegative(numerator), MidpointRounding.AwayFromZero);
        return Int128.IsNegative(numerator) ? -quotient : quotient;
    }

    private static Money ToMoney(Int128 agorot, int participants) =>
        Int128.Abs(agorot) <= Money.MaxAgorot
            ? Money.FromAgorotUnchecked((long)agorot)
            : throw new ArgumentOutOfRangeException(nameof(participants), participants, "The cost is beyond the range of Money.");

    internal void Validate(Problems problems, string path)
    {
        Lower.Validate(problems, At.Member(path, "lower"));
        Upper.Validate(problems, At.Member(path, "upper"));
        if (Upper.Participants <= Lower.Participants || Upper.TotalIls < Lower.TotalIls)
        {
            problems.Add(At.Member(path, "upper"), BudgetErrors.BandOrder, "The upper point has more participants and at least the amount of the lower one.");
        }

        problems.Id(DecidedBy, At.Member(path, "decidedBy"));
        problems.Defined(Source, At.Member(path, "source"));
    }
}
