using System.Text.Json.Serialization;
using Alka.Domain.Serialization;

namespace Alka.Domain.Organizations;

/// <summary>What kind of organization a partner is.</summary>
/// <remarks>
/// The ids of its members are public API (see <see cref="Ids"/>). The value <c>0</c> is not a valid value.
/// </remarks>
[JsonConverter(typeof(IdJsonConverter<OrganizationKind>))]
public enum OrganizationKind
{
    /// <summary>A government ministry (משרד ממשלתי), or its central office.</summary>
    [JsonStringEnumMemberName("ministry")]
    Ministry = 1,

    /// <summary>A unit of central government inside or beside a ministry: a headquarters, an authority, a commission, the army.</summary>
    [JsonStringEnumMemberName("government-unit")]
    GovernmentUnit,

    /// <summary>A body set up by statute that works beside the ministries (גוף סטטוטורי).</summary>
    [JsonStringEnumMemberName("statutory-body")]
    StatutoryBody,

    /// <summary>A local authority: a municipality, a local or regional council (רשות מקומית).</summary>
    [JsonStringEnumMemberName("local-authority")]
    LocalAuthority,

    /// <summary>A nonprofit or other organization of civil society, the "third sector" (ארגון חברה אזרחית).</summary>
    [JsonStringEnumMemberName("civil-society-organization")]
    CivilSocietyOrganization,

    /// <summary>A business.</summary>
    [JsonStringEnumMemberName("business")]
    Business,

    /// <summary>A philanthropic foundation or donor.</summary>
    [JsonStringEnumMemberName("philanthropy")]
    Philanthropy,

    /// <summary>A university, college or research institute.</summary>
    [JsonStringEnumMemberName("academia")]
    Academia,

    /// <summary>The Alka Institute itself or the organization it belongs to (JDC Israel).</summary>
    [JsonStringEnumMemberName("institute")]
    Institute,
}
