using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Budget;

/// <summary>A line item of a cohort budget: its name, its category and its amount, the caller's.</summary>
/// <remarks>
/// Immutable and thread-safe; equality compares every member. The sources give no amounts for lines, so the library
/// never invents one: every amount is the caller's, or the caller's total shared by <see cref="Allocate"/>.
/// </remarks>
public sealed class BudgetLine : IEquatable<BudgetLine>
{
    internal BudgetLine(string name, BudgetCategory category, Money amount)
    {
        Name = name;
        Category = category;
        Amount = amount;
    }

    /// <summary>The line's name, unique in its budget (e.g. <c>guest houses</c>).</summary>
    public string Name { get; }

    /// <summary>The line's category.</summary>
    public BudgetCategory Category { get; }

    /// <summary>The line's amount, zero or more.</summary>
    public Money Amount { get; }

    /// <summary>Creates a line.</summary>
    /// <returns>
    /// The line, or every problem: a blank name (<see cref="CommonErrors.Required"/> at <c>name</c>), an undefined
    /// category (<see cref="CommonErrors.Undefined"/> at <c>category</c>), a negative amount
    /// (<see cref="CommonErrors.OutOfRange"/> at <c>amount</c>).
    /// </returns>
    public static Result<BudgetLine> Create(string name, BudgetCategory category, Money amount)
    {
        var line = new BudgetLine(name, category, amount);
        return Problems.Check(line, line.Validate);
    }

    /// <summary>
    /// Shares <paramref name="total"/> over <paramref name="lines"/> in proportion to their amounts, by largest
    /// remainder (<see cref="AllocationMode.LargestRemainder"/>): the new lines keep their names and categories and sum
    /// exactly to the total, to the agora (<see cref="BudgetRules.LinesSum"/>). The amounts are weights: a draft in
    /// shekels, or percentages as whole shekels.
    /// </summary>
    /// <returns>
    /// The lines in order, or every problem: no lines (<see cref="BudgetErrors.AllocationNoShares"/>), a negative total
    /// (<see cref="CommonErrors.OutOfRange"/> at <c>total</c>), lines whose amounts are all zero
    /// (<see cref="BudgetErrors.AllocationZeroWeights"/>).
    /// </returns>
    public static Result<IReadOnlyList<BudgetLine>> Allocate(Money total, IReadOnlyList<BudgetLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var problems = new Problems();
        if (total < Money.Zero)
        {
            problems.Add("total", CommonErrors.OutOfRange, $"A budget's total is zero or more, not {total}.");
        }

        problems.Items(lines, "lines", (line, p, at) => line.Validate(p, at));
        if (lines.Count == 0)
        {
            problems.Add("lines", BudgetErrors.AllocationNoShares, "There are no lines to share the total over.");
        }
        else if (!problems.Any && lines.All(line => line.Amount == Money.Zero))
        {
            problems.Add("lines", BudgetErrors.AllocationZeroWeights, "Every line's amount is zero: there is no proportion to share the total by.");
        }

        if (problems.Any)
        {
            return problems.Invalid<IReadOnlyList<BudgetLine>>();
        }

        var weights = lines.Select(line => (decimal)line.Amount.Agorot).ToArray();
        var shares = total.Allocate(weights, AllocationMode.LargestRemainder).Value;
        return Result<IReadOnlyList<BudgetLine>>.Success(Array.AsReadOnly(lines.Select((line, i) => new BudgetLine(line.Name, line.Category, shares[i])).ToArray()));
    }

    /// <inheritdoc/>
    public bool Equals(BudgetLine? other) =>
        other is not null && Name == other.Name && Category == other.Category && Amount == other.Amount;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as BudgetLine);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Category, Amount);

    /// <summary>Returns e.g. <c>guest houses (venues): ₪900,000.00</c>.</summary>
    public override string ToString() => $"{Name} ({Category.ToId()}): {Amount}";

    /// <summary>The sum of <paramref name="lines"/>, or <see langword="null"/> when it is beyond the range of <see cref="Money"/>.</summary>
    internal static Money? Sum(IEnumerable<BudgetLine> lines)
    {
        var agorot = Int128.Zero;
        foreach (var line in lines)
        {
            agorot += line.Amount.Agorot;
        }

        return Int128.Abs(agorot) <= Money.MaxAgorot ? Money.FromAgorot((long)agorot) : null;
    }

    internal void Validate(Problems problems, string path)
    {
        problems.Required(Name, At.Member(path, "name"));
        problems.Defined(Category, At.Member(path, "category"));
        if (Amount < Money.Zero)
        {
            problems.Add(At.Member(path, "amount"), CommonErrors.OutOfRange, $"A line's amount is zero or more, not {Amount}.");
        }
    }
}
