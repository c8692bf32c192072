using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Budget;

/// <summary>
/// Cohort budgets added up: per program (<see cref="ByProgram"/>) or per year (<see cref="ByYear"/>), with the
/// cohorts, the participants, the lines' total, the expected total and the average per participant.
/// </summary>
/// <remarks>Immutable and thread-safe; equality compares every member.</remarks>
public sealed class BudgetRollup : IEquatable<BudgetRollup>
{
    private BudgetRollup(string? programId, int? year, int cohorts, int participants, Money total, Money expected)
    {
        ProgramId = programId;
        Year = year;
        Cohorts = cohorts;
        Participants = participants;
        Total = total;
        Expected = expected;
        PerParticipant = Average(total, participants);
    }

    /// <summary>The program of a roll-up by program; <see langword="null"/> in a roll-up by year.</summary>
    public string? ProgramId { get; }

    /// <summary>The year of a roll-up by year; <see langword="null"/> in a roll-up by program.</summary>
    public int? Year { get; }

    /// <summary>The number of cohort budgets added up.</summary>
    public int Cohorts { get; }

    /// <summary>The participants of those cohorts.</summary>
    public int Participants { get; }

    /// <summary>The sum of the budgets' totals.</summary>
    public Money Total { get; }

    /// <summary>The sum of the budgets' expected totals (<see cref="BudgetRules.BandExpected"/>).</summary>
    public Money Expected { get; }

    /// <summary><see cref="Total"/> / <see cref="Participants"/>, rounded to the agora half away from zero.</summary>
    public Money PerParticipant { get; }

    /// <summary>The budgets added up per program, in the order each program first appears.</summary>
    /// <exception cref="OverflowException">A sum is beyond the range of <see cref="Money"/>.</exception>
    public static IReadOnlyList<BudgetRollup> ByProgram(IEnumerable<CohortBudget> budgets)
    {
        ArgumentNullException.ThrowIfNull(budgets);
        return Array.AsReadOnly(budgets.GroupBy(b => b.ProgramId, StringComparer.Ordinal).Select(g => Of(g.Key, null, g)).ToArray());
    }

    /// <summary>The budgets added up per year, across programs, by year.</summary>
    /// <returns>
    /// The roll-ups, or a <see cref="CommonErrors.Required"/> problem at <c>budgets[i].year</c> for each budget without a
    /// year (none is left out silently).
    /// </returns>
    /// <exception cref="OverflowException">A sum is beyond the range of <see cref="Money"/>.</exception>
    public static Result<IReadOnlyList<BudgetRollup>> ByYear(IEnumerable<CohortBudget> budgets)
    {
        ArgumentNullException.ThrowIfNull(budgets);
        var list = budgets.ToList();
        var problems = new Problems();
        problems.Each(list, "budgets", (budget, p, at) =>
        {
            if (budget.Year is null)
            {
                p.Add(At.Member(at, "year"), CommonErrors.Required, $"The budget {budget} has no year.");
            }
        });
        return problems.Any
            ? problems.Invalid<IReadOnlyList<BudgetRollup>>()
            : Result<IReadOnlyList<BudgetRollup>>.Success(
                Array.AsReadOnly(list.GroupBy(b => b.Year!.Value).OrderBy(g => g.Key).Select(g => Of(null, g.Key, g)).ToArray()));
    }

    /// <inheritdoc/>
    public bool Equals(BudgetRollup? other) =>
        other is not null && ProgramId == other.ProgramId && Year == other.Year && Cohorts == other.Cohorts
        && Participants == other.Participants && Total == other.Total && Expected == other.Expected;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as BudgetRollup);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(ProgramId, Year, Cohorts, Participants, Total, Expected);

    /// <summary>Returns e.g. <c>2027: 2 cohorts, 64 participants, ₪6,600,000.00 (₪103,125.00 each)</c>.</summary>
    public override string ToString() =>
        FormattableString.Invariant($"{ProgramId ?? Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)}: {Cohorts} cohorts, {Participants} participants, {Total} ({PerParticipant} each)");

    private static BudgetRollup Of(string? programId, int? year, IEnumerable<CohortBudget> budgets)
    {
        var list = budgets.ToList();
        return new BudgetRollup(
            programId, year, list.Count, list.Sum(b => b.Participants), Money.Sum(list.Select(b => b.Total)), Money.Sum(list.Select(b => b.Expected.Total)));
    }

    private static Money Average(Money total, int participants)
    {
        var magnitude = IntegerRounding.Divide((ulong)Math.Abs(total.Agorot), (ulong)participants, total < Money.Zero, MidpointRounding.AwayFromZero);
        return Money.FromAgorot(total < Money.Zero ? -(long)magnitude : (long)magnitude);
    }
}
