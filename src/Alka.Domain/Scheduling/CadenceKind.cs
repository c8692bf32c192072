using System.Text.Json.Serialization;
using Alka.Domain.Serialization;

namespace Alka.Domain.Scheduling;

/// <summary>The shape of a <see cref="Cadence"/>.</summary>
/// <remarks>
/// The ids of its members are public API (see <see cref="Ids"/>). The value <c>0</c> is not a valid value.
/// </remarks>
[JsonConverter(typeof(IdJsonConverter<CadenceKind>))]
public enum CadenceKind
{
    /// <summary>Every N units, or every N to M units: "every 5 weeks", "every 2–3 months".</summary>
    [JsonStringEnumMemberName("every")]
    Every = 1,

    /// <summary>N times per unit: "once a year", "twice a year", "once per municipal term".</summary>
    [JsonStringEnumMemberName("per-period")]
    PerPeriod,

    /// <summary>N to M meetings spread over about a span: "9–10 meetings over about six months".</summary>
    [JsonStringEnumMemberName("over-span")]
    OverSpan,

    /// <summary>Once before each meeting of another kind: "before every forum meeting".</summary>
    [JsonStringEnumMemberName("before-each")]
    BeforeEach,
}
