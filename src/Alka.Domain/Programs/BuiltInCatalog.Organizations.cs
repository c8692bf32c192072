using Alka.Domain.Organizations;
using Alka.Domain.Sources;

namespace Alka.Domain.Programs;

public static partial class BuiltInCatalog
{
    private static List<Organization> BuildOrganizations() =>
    [
        Org(OrganizationIds.Jdc, "JDC Israel", "ג'וינט ישראל", OrganizationKind.Institute, SourceDocument.DigitalLeadersPage),
        Org(OrganizationIds.Alka, "Alka Institute for Leadership and Governance", "מכון אלכא למנהיגות וממשל", OrganizationKind.Institute, SourceDocument.DigitalLeadersPage, OrganizationIds.Jdc),
        Org(OrganizationIds.Interior, "Ministry of Interior", "משרד הפנים", OrganizationKind.Ministry, SourceDocument.CouncilHeadsForumPage),
        Org(OrganizationIds.MifamHaSharon, "Mifam HaSharon", "מפעם השרון", OrganizationKind.CivilSocietyOrganization, SourceDocument.CouncilHeadsForumPage),
        Org(OrganizationIds.CivilServiceCommission, "Civil Service Commission", "נציבות שירות המדינה", OrganizationKind.GovernmentUnit, SourceDocument.DistrictManagersForumPage),
        Org(OrganizationIds.Midrasha, "The Midrasha of the Civil Service Commission", "המדרשה בנציבות שירות המדינה", OrganizationKind.GovernmentUnit, SourceDocument.DigitalLeadersPage, OrganizationIds.CivilServiceCommission),
        Org(OrganizationIds.PrimeMinistersOffice, "Prime Minister's Office", "משרד ראש הממשלה", OrganizationKind.Ministry, SourceDocument.DigitalLeadersPage),
        Org(OrganizationIds.IctAuthority, "Government ICT Authority", "רשות התקשוב הממשלתית", OrganizationKind.GovernmentUnit, SourceDocument.DigitalLeadersPage, OrganizationIds.PrimeMinistersOffice),
        Org(OrganizationIds.SocialEquality, "Ministry for Social Equality", "המשרד לשוויון חברתי", OrganizationKind.Ministry, SourceDocument.DigitalLeadersPage),
        Org(OrganizationIds.DigitalIsrael, "Digital Israel HQ", "מטה \"ישראל דיגיטלית\"", OrganizationKind.GovernmentUnit, SourceDocument.DigitalLeadersPage, OrganizationIds.SocialEquality),
        Org(OrganizationIds.Idf, "Israel Defense Forces", "צבא ההגנה לישראל", OrganizationKind.GovernmentUnit, SourceDocument.Newsletter2012, OrganizationIds.Defense),
        Org(OrganizationIds.Defense, "Ministry of Defense", "משרד הביטחון", OrganizationKind.Ministry, SourceDocument.Newsletter2012),
        Org(OrganizationIds.NegevGalilee, "Ministry for the Development of the Negev and Galilee", "המשרד לפיתוח הנגב והגליל", OrganizationKind.Ministry, SourceDocument.Newsletter2012),
        Group(OrganizationIds.NegevMunicipalities, "Local municipalities of the Negev", "רשויות מקומיות בנגב", OrganizationKind.LocalAuthority, SourceDocument.Newsletter2012),
        Group(OrganizationIds.NegevBusinesses, "Businesses of the Negev", "עסקים בנגב", OrganizationKind.Business, SourceDocument.Newsletter2012),
        Group(OrganizationIds.NegevThirdSector, "The third sector in the Negev", "המגזר השלישי בנגב", OrganizationKind.CivilSocietyOrganization, SourceDocument.Newsletter2012),
        Group(OrganizationIds.InfrastructureOrganizations, "The infrastructure organizations that serve the third sector", "ארגוני התשתית המשרתים את המגזר השלישי", OrganizationKind.CivilSocietyOrganization, SourceDocument.Newsletter2012),
        Group(OrganizationIds.GovernmentMinistries, "Government ministries", "משרדי הממשלה", OrganizationKind.Ministry, SourceDocument.MerhavPage),
        Group(OrganizationIds.CivilSocietyOrganizations, "Civil-society organizations", "ארגוני החברה האזרחית", OrganizationKind.CivilSocietyOrganization, SourceDocument.MerhavPage),
    ];

    private static Organization Org(string id, string english, string hebrew, OrganizationKind kind, SourceDocument source, string? parentId = null) =>
        Ok(Organization.Create(id, T(english, hebrew), kind, source, parentId));

    private static Organization Group(string id, string english, string hebrew, OrganizationKind kind, SourceDocument source) =>
        Ok(Organization.Create(id, T(english, hebrew), kind, source, isGroup: true));

    private static ProgramPartner Partner(string organizationId, SourceDocument source, params PartnerRole[] roles) =>
        Ok(ProgramPartner.Create(organizationId, roles, source));

    private static class OrganizationIds
    {
        public const string Jdc = "jdc-israel";
        public const string Alka = "alka";
        public const string Interior = "ministry-of-interior";
        public const string MifamHaSharon = "mifam-hasharon";
        public const string CivilServiceCommission = "civil-service-commission";
        public const string Midrasha = "civil-service-midrasha";
        public const string PrimeMinistersOffice = "prime-ministers-office";
        public const string IctAuthority = "government-ict-authority";
        public const string SocialEquality = "ministry-for-social-equality";
        public const string DigitalIsrael = "digital-israel";
        public const string Idf = "idf";
        public const string Defense = "ministry-of-defense";
        public const string NegevGalilee = "ministry-for-negev-and-galilee";
        public const string NegevMunicipalities = "negev-municipalities";
        public const string NegevBusinesses = "negev-businesses";
        public const string NegevThirdSector = "negev-third-sector";
        public const string InfrastructureOrganizations = "infrastructure-organizations";
        public const string GovernmentMinistries = "government-ministries";
        public const string CivilSocietyOrganizations = "civil-society-organizations";
    }
}
