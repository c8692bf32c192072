using System.Text.Json.Serialization;
using Alka.Domain.Serialization;

namespace Alka.Domain.Governance;

/// <summary>
/// A power of a governing body: a matter it is empowered to decide or to do (the steering committee holds the budget
/// power).
/// </summary>
/// <remarks>
/// The ids of its members are public API (see <see cref="Ids"/>). The value <c>0</c> is not a valid value.
/// </remarks>
[JsonConverter(typeof(IdJsonConverter<Power>))]
public enum Power
{
    /// <summary>Decides policy (מדיניות).</summary>
    [JsonStringEnumMemberName("policy")]
    Policy = 1,

    /// <summary>Decides personnel (כוח אדם).</summary>
    [JsonStringEnumMemberName("personnel")]
    Personnel,

    /// <summary>Decides the budget (תקציב).</summary>
    [JsonStringEnumMemberName("budget")]
    Budget,

    /// <summary>Shapes content, topics and lecturers (תכנים).</summary>
    [JsonStringEnumMemberName("content")]
    Content,

    /// <summary>Accompanies and supervises the program (מלווה ומפקחת).</summary>
    [JsonStringEnumMemberName("supervision")]
    Supervision,

    /// <summary>Audits the program's conduct (מבקרת).</summary>
    [JsonStringEnumMemberName("audit")]
    Audit,

    /// <summary>Plans the year of activity (תכנון שנת הפעילות).</summary>
    [JsonStringEnumMemberName("planning")]
    Planning,

    /// <summary>Runs the program day to day (ניהול שוטף).</summary>
    [JsonStringEnumMemberName("operations")]
    Operations,
}
