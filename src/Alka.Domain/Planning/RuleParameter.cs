namespace Alka.Domain.Planning;

/// <summary>
/// One number of a <see cref="PlanRule"/>, e.g. <c>max-gap-days = 42</c>, and whether it is a default the library chose
/// where the sources give none (changeable through <see cref="PlanRuleOptions"/>) or a number of the sources.
/// </summary>
/// <remarks>Immutable; equality compares every member. Values are invariant text: <c>42</c>, <c>09:00</c>, <c>Sunday</c>.</remarks>
public sealed class RuleParameter : IEquatable<RuleParameter>
{
    internal RuleParameter(string name, string value, bool isDefault)
    {
        Name = name;
        Value = value;
        IsDefault = isDefault;
    }

    /// <summary>The parameter's name, kebab-case (<c>max-gap-days</c>).</summary>
    public string Name { get; }

    /// <summary>The value, as invariant text.</summary>
    public string Value { get; }

    /// <summary>Whether the value is a default (of <c>rules.md</c> or of the library), not a number of the sources.</summary>
    public bool IsDefault { get; }

    /// <inheritdoc/>
    public bool Equals(RuleParameter? other) =>
        other is not null && Name == other.Name && Value == other.Value && IsDefault == other.IsDefault;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RuleParameter);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Value, IsDefault);

    /// <summary>Returns <c>max-gap-days=42</c>, with <c> (default)</c> for a default.</summary>
    public override string ToString() => $"{Name}={Value}{(IsDefault ? " (default)" : "")}";
}
