namespace Alka.Domain.Planning;

/// <summary>
/// A soft rule a planned meeting does not keep, and why: <c>avoid-day: 2027-04-26 is an avoid day (avoid —
/// pesach-5-chol-hamoed (chol-hamoed)); no ok day from 2027-04-20 to 2027-04-27 keeps the rules</c>.
/// </summary>
/// <remarks>Immutable; equality compares both members.</remarks>
public sealed class WaivedRule : IEquatable<WaivedRule>
{
    internal WaivedRule(string ruleId, string message)
    {
        RuleId = ruleId;
        Message = message;
    }

    /// <summary>The soft rule's id (<see cref="PlanRules.AvoidDay"/>, <see cref="PlanRules.SameDay"/>, …).</summary>
    public string RuleId { get; }

    /// <summary>Why the meeting does not keep it, in English.</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public bool Equals(WaivedRule? other) => other is not null && RuleId == other.RuleId && Message == other.Message;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as WaivedRule);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(RuleId, Message);

    /// <summary>Returns <c>RULE-ID: message</c>.</summary>
    public override string ToString() => $"{RuleId}: {Message}";
}
