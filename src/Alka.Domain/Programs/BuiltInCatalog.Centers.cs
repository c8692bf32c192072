using Alka.Domain.Governance;
using Alka.Domain.Organizations;
using Alka.Domain.Selection;
using Alka.Domain.Sources;

namespace Alka.Domain.Programs;

// The programs the 2012 newsletter names under the centers for regional development and for social leadership.
public static partial class BuiltInCatalog
{
    private const SourceDocument Newsletter = SourceDocument.Newsletter2012;

    private static InstituteProgram NegevCircles() => Ok(InstituteProgram.Create(
        ProgramIds.NegevCircles,
        T("Negev Circles", "מעגלי נגב"),
        [Newsletter],
        Ok(CrossSectorProcessFormat.Create(Ok(TaskForcePlan.Create(
            Newsletter,
            members: NegevPartners.Select(BodyMember.RepresentativeOf),
            learningPrograms: true)))),
        profile: Ok(ProgramProfile.Create(
            centerId: CenterIds.RegionalDevelopment,
            strategies: [Strategy.LearningPrograms, Strategy.LeadershipSupport, Strategy.CrossSectorProcesses],
            aim: T("Forge collaboration towards the move of major army bases to the South, making the whole larger than the sum of its parts.", "יצירת שיתוף פעולה לקראת העברת בסיסי צה\"ל גדולים לדרום, כך שהשלם יהיה גדול מסכום חלקיו."),
            goals:
            [
                Ok(Goal.Create("task-forces", T("Task forces of representatives of the partner groups tackle specific issues.", "צוותי משימה של נציגי הקבוצות השותפות מתמודדים עם סוגיות מוגדרות."), Newsletter)),
                Ok(Goal.Create("learning-for-task-forces", T("Learning programs are developed for the task forces where needed.", "תכניות למידה מפותחות לצוותי המשימה לפי הצורך."), Newsletter)),
                Ok(Goal.Create("support-leaders", T("Individual leaders are supported throughout the process.", "ליווי מנהיגים יחידים לאורך התהליך."), Newsletter)),
            ])),
        governance: Ok(ProgramGovernance.Create(
            partners: NegevPartners.Select(id => Partner(id, Newsletter, PartnerRole.Partner))))));

    private static readonly string[] NegevPartners =
    [
        OrganizationIds.Idf, OrganizationIds.Defense, OrganizationIds.NegevGalilee,
        OrganizationIds.NegevMunicipalities, OrganizationIds.NegevBusinesses, OrganizationIds.NegevThirdSector,
    ];

    private static InstituteProgram RegionalDevelopmentNorthSouth() => Ok(InstituteProgram.Create(
        ProgramIds.RegionalDevelopmentNorthSouth,
        T("Regional development in the North and the South", "פיתוח אזורי בצפון ובדרום"),
        [Newsletter],
        Ok(NetworkFormat.Create(T("Municipal leaders of the North and the South", "מנהיגים מוניציפליים בצפון ובדרום"))),
        profile: Ok(ProgramProfile.Create(
            centerId: CenterIds.RegionalDevelopment,
            aim: T("Connect municipal leaders to one another to create long-term regional development strategies together, gathering the local leaders and resources needed to improve services in the region.",
                   "חיבור מנהיגים מוניציפליים זה לזה ליצירה משותפת של אסטרטגיות פיתוח אזוריות ארוכות טווח, תוך ריכוז המנהיגים והמשאבים המקומיים הנדרשים לשיפור השירותים באזור."),
            topics:
            [
                Topic("education", "Education", "חינוך", Newsletter),
                Topic("welfare", "Welfare", "רווחה", Newsletter),
                Topic("tourism", "Tourism", "תיירות", Newsletter),
                Topic("employment", "Employment", "תעסוקה", Newsletter),
            ]))));

    private static InstituteProgram MayorsForum() => Ok(InstituteProgram.Create(
        ProgramIds.MayorsForum,
        T("Mayors Forum", "פורום ראשי רשויות"),
        [Newsletter],
        PeerForumFormat.Instance,
        profile: Ok(ProgramProfile.Create(
            centerId: CenterIds.RegionalDevelopment,
            aim: T("A platform for mayors to share resources, learn from one another, and receive essential training in high-impact strategies of public management.", "פלטפורמה לראשי רשויות לשיתוף משאבים, ללמידה זה מזה ולהכשרה חיונית באסטרטגיות רבות השפעה בניהול ציבורי."),
            figures: [Ok(Figure.Create("mayors", Quantity.MoreThan(100), T("Mayors the Center for Regional Development has worked with", "ראשי רשויות שהמרכז לפיתוח אזורי עבד איתם"), Newsletter))]))));

    private static InstituteProgram LayLeadership() => Ok(InstituteProgram.Create(
        ProgramIds.LayLeadership,
        T("The Penni and Stephen Weinberg Center for Lay Leadership", "המרכז למנהיגות מתנדבת על שם פני וסטיבן ויינברג"),
        [Newsletter],
        Ok(LearningProgramFormat.Create()),
        profile: Ok(ProgramProfile.Create(
            centerId: CenterIds.SocialLeadership,
            strategies: [Strategy.LearningPrograms],
            aim: T("Training programs for chairs and board members of nonprofit organizations.", "תכניות הכשרה ליושבי ראש ולחברי ועד של ארגונים ללא כוונת רווח."),
            goals:
            [
                Ok(Goal.Create("best-practices-manual", T("A manual of best practices for lay leaders, chairs and board members in Israel, finalized with a group of Israeli lay leaders.", "מדריך פרקטיקות מיטביות למנהיגים מתנדבים, ליושבי ראש ולחברי ועד בישראל, שגובש עם קבוצת מנהיגים מתנדבים."), Newsletter)),
            ],
            relatedProgramIds: [ProgramIds.Synergy])),
        selection: Ok(SelectionPolicy.Create(
            Newsletter,
            [
                Ok(RoleEligibility.Create([ParticipantRole.BoardMember], Newsletter)),
                Ok(SectorEligibility.Create([Sector.CivilSociety], Newsletter)),
            ]))));

    private static InstituteProgram Synergy() => Ok(InstituteProgram.Create(
        ProgramIds.Synergy,
        T("Synergy Program", "תכנית סינרגיה"),
        [Newsletter],
        Ok(LearningProgramFormat.Create()),
        profile: Ok(ProgramProfile.Create(
            centerId: CenterIds.SocialLeadership,
            strategies: [Strategy.LearningPrograms],
            aim: T("Encourage high-tech managers to assume lay leadership roles in the nonprofit sector.", "עידוד מנהלים מתעשיית ההייטק לקחת על עצמם תפקידי מנהיגות מתנדבת במגזר השלישי."),
            relatedProgramIds: [ProgramIds.LayLeadership])),
        selection: Ok(SelectionPolicy.Create(
            Newsletter,
            [
                Ok(RoleEligibility.Create([ParticipantRole.Manager], Newsletter)),
                Ok(SectorEligibility.Create([Sector.Business], Newsletter)),
            ]))));

    private static InstituteProgram InfrastructureCoalition() => Ok(InstituteProgram.Create(
        ProgramIds.InfrastructureCoalition,
        T("Coalition of Infrastructure Organizations", "קואליציית ארגוני התשתית"),
        [Newsletter],
        Ok(NetworkFormat.Create(
            T("Representatives of the infrastructure organizations that serve the third sector", "נציגי ארגוני התשתית המשרתים את המגזר השלישי"),
            Quantity.Exactly(20))),
        profile: Ok(ProgramProfile.Create(
            centerId: CenterIds.SocialLeadership,
            strategies: [Strategy.CrossSectorProcesses],
            goals:
            [
                Ok(Goal.Create("collaboration", T("Collaboration between the infrastructure organizations.", "שיתוף פעולה בין ארגוני התשתית."), Newsletter)),
                Ok(Goal.Create("language-of-cooperation", T("Develop a new language for cooperation.", "פיתוח שפה חדשה לשיתוף פעולה."), Newsletter)),
            ])),
        governance: Ok(ProgramGovernance.Create(
            partners: [Partner(OrganizationIds.InfrastructureOrganizations, Newsletter, PartnerRole.Partner)]))));
}
