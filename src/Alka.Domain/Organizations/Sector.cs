namespace Alka.Domain.Organizations;

/// <summary>The sector a participant or an organization belongs to; the ids are those of the <c>sector</c> column of <c>alka select</c>.</summary>
/// <remarks>
/// The stable text ids are public API: see <see cref="SectorIds"/>. The value <c>0</c> is not a valid value.
/// </remarks>
public enum Sector
{
    /// <summary>Central government: ministries and their units. Id <c>central-government</c>.</summary>
    CentralGovernment = 1,

    /// <summary>Local government: local authorities. Id <c>local-government</c>.</summary>
    LocalGovernment,

    /// <summary>Statutory bodies. Id <c>statutory-body</c>.</summary>
    StatutoryBody,

    /// <summary>Civil society, the third sector. Id <c>civil-society</c>.</summary>
    CivilSociety,

    /// <summary>Business. Id <c>business</c>.</summary>
    Business,

    /// <summary>Philanthropy. Id <c>philanthropy</c>.</summary>
    Philanthropy,

    /// <summary>Academia. Id <c>academia</c>.</summary>
    Academia,
}
