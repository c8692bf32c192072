using System.Text.Json.Serialization;
using Alka.Domain.Serialization;

namespace Alka.Domain.Organizations;

/// <summary>The sector a participant or an organization belongs to; the ids are those of the <c>sector</c> column of <c>alka select</c>.</summary>
/// <remarks>
/// The ids of its members are public API (see <see cref="Ids"/>). The value <c>0</c> is not a valid value.
/// </remarks>
[JsonConverter(typeof(IdJsonConverter<Sector>))]
public enum Sector
{
    /// <summary>Central government: ministries and their units.</summary>
    [JsonStringEnumMemberName("central-government")]
    CentralGovernment = 1,

    /// <summary>Local government: local authorities.</summary>
    [JsonStringEnumMemberName("local-government")]
    LocalGovernment,

    /// <summary>Statutory bodies.</summary>
    [JsonStringEnumMemberName("statutory-body")]
    StatutoryBody,

    /// <summary>Civil society, the third sector.</summary>
    [JsonStringEnumMemberName("civil-society")]
    CivilSociety,

    /// <summary>Business.</summary>
    [JsonStringEnumMemberName("business")]
    Business,

    /// <summary>Philanthropy.</summary>
    [JsonStringEnumMemberName("philanthropy")]
    Philanthropy,

    /// <summary>Academia.</summary>
    [JsonStringEnumMemberName("academia")]
    Academia,
}
