using System.Text.Json.Serialization;
using Alka.Domain.Serialization;

namespace Alka.Domain.Scheduling;

/// <summary>How long a meeting lasts.</summary>
/// <remarks>
/// The ids of its members are public API (see <see cref="Ids"/>). The value <c>0</c> is not a valid value.
/// </remarks>
[JsonConverter(typeof(IdJsonConverter<MeetingLength>))]
public enum MeetingLength
{
    /// <summary>Half a day (חצי יום).</summary>
    [JsonStringEnumMemberName("half-day")]
    HalfDay = 1,

    /// <summary>A full day.</summary>
    [JsonStringEnumMemberName("full-day")]
    FullDay,

    /// <summary>Several days, e.g. a study tour or a residential seminar.</summary>
    [JsonStringEnumMemberName("multi-day")]
    MultiDay,
}
