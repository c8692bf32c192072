using System.Text.Json.Serialization;

namespace Alka.Domain.Planning;

/// <summary>Whether a planning rule is never broken (<see cref="Hard"/>) or kept when possible (<see cref="Soft"/>).</summary>
/// <remarks>The stable text ids are public API: see <see cref="RuleStrengthIds"/>. The value <c>0</c> is not a valid value.</remarks>
public enum RuleStrength
{
    /// <summary>Never broken: a plan that cannot keep it is an error naming the rule and the dates. Id <c>hard</c>.</summary>
    [JsonStringEnumMemberName("hard")]
    Hard = 1,

    /// <summary>Kept when possible; every place a plan gives it up says why. Id <c>soft</c>.</summary>
    [JsonStringEnumMemberName("soft")]
    Soft,
}
