
namespace Alka.Domain.Budget;

/// <summary>
/// What a check of a cohort budget found: the rule (an id of <see cref="BudgetRules"/>), whether it is hard or soft,
/// where, the amount found and the limit it was held to, and a sentence with the numbers.
/// </summary>
/// <remarks>
/// A budget that breaks a hard rule is not created: its findings are the <c>ValidationError</c>s of the result, with
/// the rule's id as the code. The findings a budget carries (<see cref="CohortBudget.Findings"/>) are the soft rules
/// it gives up. Immutable and thread-safe; equality compares every member.
/// </remarks>
public sealed class BudgetFinding : IEquatable<BudgetFinding>
{
    internal BudgetFinding(string rule, RuleStrength strength, string identifier, Money amount, Money limit, string message)
    {
        Rule = rule;
        Strength = strength;
        Identifier = identifier;
        Amount = amount;
        Limit = limit;
        Message = message;
    }

    /// <summary>The id of the rule (e.g. <c>reserve-share</c>).</summary>
    public string Rule { get; }

    /// <summary>Whether the rule is hard or soft.</summary>
    public RuleStrength Strength { get; }

    /// <summary>Where in the budget, a path such as <c>lines[7]</c> or <c>lines</c>.</summary>
    public string Identifier { get; }

    /// <summary>The amount found (e.g. the reserve lines' total).</summary>
    public Money Amount { get; }

    /// <summary>The limit the amount was held to (e.g. 10% of the total).</summary>
    public Money Limit { get; }

    /// <summary>What was found, with the numbers and the rule's id, in one sentence.</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public bool Equals(BudgetFinding? other) =>
        other is not null && Rule == other.Rule && Strength == other.Strength && Identifier == other.Identifier
        && Amount == other.Amount && Limit == other.Limit && Message == other.Message;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as BudgetFinding);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Rule, Strength, Identifier, Amount, Limit, Message);

    /// <summary>Returns the rule, its strength and the message, e.g. <c>reserve-share (soft): …</c>.</summary>
    public override string ToString() => $"{Rule} ({Strength.ToId()}): {Message}";
}
