using System.Text.Json.Serialization;
using Alka.Domain.Serialization;

namespace Alka.Domain;

/// <summary>How exactly a <see cref="Quantity"/> is known.</summary>
/// <remarks>
/// The ids of its members are public API (see <see cref="Ids"/>). The value <c>0</c> is not a valid value.
/// </remarks>
[JsonConverter(typeof(IdJsonConverter<QuantityQualifier>))]
public enum QuantityQualifier
{
    /// <summary>Exactly the value.</summary>
    [JsonStringEnumMemberName("exactly")]
    Exactly = 1,

    /// <summary>About the value (כ־).</summary>
    [JsonStringEnumMemberName("about")]
    About,

    /// <summary>More than the value (למעלה מ־).</summary>
    [JsonStringEnumMemberName("more-than")]
    MoreThan,
}
