namespace Alka.Domain.Organizations;

/// <summary>The stable text ids of <see cref="OrganizationKind"/> values, as used in JSON, files and on the command line.</summary>
public static class OrganizationKindIds
{
    /// <summary>Every value, in declaration order.</summary>
    public static IReadOnlyList<OrganizationKind> All { get; } =
        [OrganizationKind.Ministry, OrganizationKind.GovernmentUnit, OrganizationKind.StatutoryBody, OrganizationKind.LocalAuthority, OrganizationKind.CivilSocietyOrganization, OrganizationKind.Business, OrganizationKind.Philanthropy, OrganizationKind.Academia, OrganizationKind.Institute];

    /// <summary>Returns the id of <paramref name="value"/>, e.g. <c>institute</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string ToId(this OrganizationKind value) => value switch
    {
        OrganizationKind.Ministry => "ministry",
        OrganizationKind.GovernmentUnit => "government-unit",
        OrganizationKind.StatutoryBody => "statutory-body",
        OrganizationKind.LocalAuthority => "local-authority",
        OrganizationKind.CivilSocietyOrganization => "civil-society-organization",
        OrganizationKind.Business => "business",
        OrganizationKind.Philanthropy => "philanthropy",
        OrganizationKind.Academia => "academia",
        OrganizationKind.Institute => "institute",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not an organization kind."),
    };

    /// <summary>Finds the value whose id is <paramref name="id"/> (ordinal, case-sensitive).</summary>
    /// <returns><see langword="true"/> when <paramref name="id"/> names a value.</returns>
    public static bool TryParse(string? id, out OrganizationKind value) => Ids.TryParse(All, ToId, id, out value);

    /// <summary>
    /// The sector of an organization of kind <paramref name="kind"/>: ministries and government units are
    /// <see cref="Sector.CentralGovernment"/>, local authorities <see cref="Sector.LocalGovernment"/>, and the
    /// institute (a nonprofit, part of JDC Israel) <see cref="Sector.CivilSociety"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static Sector Sector(this OrganizationKind kind) => kind switch
    {
        OrganizationKind.Ministry or OrganizationKind.GovernmentUnit => Organizations.Sector.CentralGovernment,
        OrganizationKind.StatutoryBody => Organizations.Sector.StatutoryBody,
        OrganizationKind.LocalAuthority => Organizations.Sector.LocalGovernment,
        OrganizationKind.CivilSocietyOrganization or OrganizationKind.Institute => Organizations.Sector.CivilSociety,
        OrganizationKind.Business => Organizations.Sector.Business,
        OrganizationKind.Philanthropy => Organizations.Sector.Philanthropy,
        OrganizationKind.Academia => Organizations.Sector.Academia,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an organization kind."),
    };
}
