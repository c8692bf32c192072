using System.Text.Json.Serialization;
using Alka.Domain.Serialization;

namespace Alka.Domain;

/// <summary>Whether a rule (of planning, of a budget) is never broken (<see cref="Hard"/>) or kept when possible (<see cref="Soft"/>).</summary>
/// <remarks>The ids of its members are public API (see <see cref="Ids"/>). The value <c>0</c> is not a valid value.</remarks>
[JsonConverter(typeof(IdJsonConverter<RuleStrength>))]
public enum RuleStrength
{
    /// <summary>Never broken: a plan that cannot keep it is an error naming the rule and the dates.</summary>
    [JsonStringEnumMemberName("hard")]
    Hard = 1,

    /// <summary>Kept when possible; every place a plan gives it up says why.</summary>
    [JsonStringEnumMemberName("soft")]
    Soft,
}
