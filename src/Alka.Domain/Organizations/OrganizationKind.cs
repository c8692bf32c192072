namespace Alka.Domain.Organizations;

/// <summary>What kind of organization a partner is.</summary>
/// <remarks>
/// The stable text ids are public API: see <see cref="OrganizationKindIds"/>. The value <c>0</c> is not a valid value.
/// </remarks>
public enum OrganizationKind
{
    /// <summary>A government ministry (משרד ממשלתי), or its central office. Id <c>ministry</c>.</summary>
    Ministry = 1,

    /// <summary>A unit of central government inside or beside a ministry: a headquarters, an authority, a commission, the army. Id <c>government-unit</c>.</summary>
    GovernmentUnit,

    /// <summary>A body set up by statute that works beside the ministries (גוף סטטוטורי). Id <c>statutory-body</c>.</summary>
    StatutoryBody,

    /// <summary>A local authority: a municipality, a local or regional council (רשות מקומית). Id <c>local-authority</c>.</summary>
    LocalAuthority,

    /// <summary>A nonprofit or other organization of civil society, the "third sector" (ארגון חברה אזרחית). Id <c>civil-society-organization</c>.</summary>
    CivilSocietyOrganization,

    /// <summary>A business. Id <c>business</c>.</summary>
    Business,

    /// <summary>A philanthropic foundation or donor. Id <c>philanthropy</c>.</summary>
    Philanthropy,

    /// <summary>A university, college or research institute. Id <c>academia</c>.</summary>
    Academia,

    /// <summary>The Alka Institute itself or the organization it belongs to (JDC Israel). Id <c>institute</c>.</summary>
    Institute,
}
