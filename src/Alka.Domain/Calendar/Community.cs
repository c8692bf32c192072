using System.Text.Json.Serialization;
using Alka.Domain.Serialization;

namespace Alka.Domain.Calendar;

/// <summary>
/// A religious community whose days off a forum must respect. Forums of the institute deliberately mix Jewish,
/// Arab (Muslim and Christian), Druze and Bedouin participants; Bedouin participants are <see cref="Muslim"/>.
/// </summary>
/// <remarks>
/// The ids of its members are public API (see <see cref="Ids"/>). The value <c>0</c> is not a community.
/// </remarks>
[JsonConverter(typeof(IdJsonConverter<Community>))]
public enum Community
{
    /// <summary>Jewish: the Israeli observance calendar.</summary>
    [JsonStringEnumMemberName("jewish")]
    Jewish = 1,

    /// <summary>Muslim, Bedouin included: Hijri holidays.</summary>
    [JsonStringEnumMemberName("muslim")]
    Muslim,

    /// <summary>Christians who follow the Gregorian computus.</summary>
    [JsonStringEnumMemberName("christian-western")]
    ChristianWestern,

    /// <summary>Christians who follow the Julian computus and calendar.</summary>
    [JsonStringEnumMemberName("christian-orthodox")]
    ChristianOrthodox,

    /// <summary>Druze: their own feasts and Eid al-Adha.</summary>
    [JsonStringEnumMemberName("druze")]
    Druze,
}
