using System.Text.Json.Serialization;
using Alka.Domain.Serialization;

namespace Alka.Domain.Scheduling;

/// <summary>The unit of time a <see cref="Cadence"/> counts in.</summary>
/// <remarks>
/// The ids of its members are public API (see <see cref="Ids"/>). The value <c>0</c> is not a valid value.
/// </remarks>
[JsonConverter(typeof(IdJsonConverter<CadenceUnit>))]
public enum CadenceUnit
{
    /// <summary>A week.</summary>
    [JsonStringEnumMemberName("week")]
    Week = 1,

    /// <summary>A calendar month.</summary>
    [JsonStringEnumMemberName("month")]
    Month,

    /// <summary>A year.</summary>
    [JsonStringEnumMemberName("year")]
    Year,

    /// <summary>A municipal term of office (קדנציה), five years in Israel.</summary>
    [JsonStringEnumMemberName("municipal-term")]
    MunicipalTerm,
}
