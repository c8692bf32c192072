using Alka.Domain.Geography;
using Alka.Domain.Governance;
using Alka.Domain.Organizations;
using Alka.Domain.Scheduling;
using Alka.Domain.Selection;
using Alka.Domain.Sources;

namespace Alka.Domain.Programs;

// Programs for central government: Merhav and its initiative, the Deputy Directors-General, the District Managers
// Forum and HaKatedra.
public static partial class BuiltInCatalog
{
    private const SourceDocument MerhavPage = SourceDocument.MerhavPage;
    private const SourceDocument DmfPage = SourceDocument.DistrictManagersForumPage;

    private static InstituteProgram Merhav() => Ok(InstituteProgram.Create(
        ProgramIds.Merhav,
        T("Merhav: shared spaces of influence for government and civil society", "\"מרחב\" לקידום מרחבי השפעה משותפים לממשל ולחברה האזרחית"),
        [MerhavPage],
        Ok(LearningProgramFormat.Create(
            cohorts:
            [
                Ok(Cohort.Create(
                    1,
                    BodyMember.Staff(StaffRole.Coordinator),
                    MerhavPage,
                    projects: [Ok(CohortProject.Create(T("The inter-ministerial projects of the graduates of the first cohort", "הפרויקטים הבינמשרדיים של בוגרי מחזור א' של התכנית"), ProjectScope.InterMinistry))])),
            ],
            project: Ok(ProjectRequirement.Create(ProjectScope.Ministry, MerhavPage, ProjectScope.InterMinistry)))),
        profile: Ok(ProgramProfile.Create(
            strategies: [Strategy.LearningPrograms],
            aim: T("An influence group of change agents who develop personal and ministry-level working principles with civil society from a proactive, leading position, and act to realize them.",
                   "יצירת קבוצת השפעה של סוכני שינוי שתפתח עקרונות עבודה (אישיים ומשרדיים) עם החברה האזרחית ממקום פרואקטיבי ומוביל, ותפעל למימושם באופן מיטבי."),
            goals:
            [
                Ok(Goal.Create(
                    "role-perception",
                    T("Widen senior officials' personal role perception within a complex field of action.", "הרחבת תפיסת התפקיד האישית כפקידות ממשלתית בכירה בתוך שדה פעולה מורכב."),
                    MerhavPage,
                    [
                        T("Know the arenas and actors — governmental, civil and municipal — each sector's values, and the opportunities and risks of collaboration.", "הכרות עם הזירות והשחקנים — הממשלתית, האזרחית והמוניציפלית — תוך דגש על ערכים ייחודיים לכל מגזר ועל הזדמנויות וסיכונים בשיתופי הפעולה."),
                        T("Know the wide range of possible relations between the sectors, from a complexity perspective.", "הכרות עם מנעד רחב של זיקות אפשריות בין המגזרים מתוך פרספקטיבה של מורכבות."),
                        T("Form a personal identity and basic conceptions of the arenas, actors and joint ways of action.", "גיבוש זהות ותפיסות יסוד אישיות בנוגע לזירות, השחקנים ואופני הפעולה המשותפים."),
                        T("Acquire tools to lead cross-sector interfaces wisely, responsibly and effectively.", "רכישת כלים להובלה מושכלת, אחראית ואפקטיבית של ממשקים בין-מגזריים."),
                    ])),
                Ok(Goal.Create(
                    "learning-peer-network",
                    T("Build an inter-ministerial learning peer network that supports processes of influence with civil society.", "יצירת \"רשת עמיתים לומדת\" בין-משרדית התומכת בקידום תהליכי השפעה עם החברה האזרחית."),
                    MerhavPage)),
            ],
            topics:
            [
                Topic("civil-society", "Civil society and its organizations: patterns of association and action, relations with government and local government", "התפתחות החברה האזרחית וארגוניה: דפוסי התאגדות ופעולה, קשרי גומלין עם הממשלה והשלטון המקומי", MerhavPage),
                Topic("trends", "Global and Israeli trends in the action of government, local government and civil society", "מגמות עולמיות וישראליות — דפוסי פעולה של ממשלה, שלטון מקומי וחברה אזרחית", MerhavPage),
                Topic("case-studies", "Case studies of government–civil-society interfaces", "ניתוח מקרי בוחן של ממשקים משותפים בין ממשל לחברה אזרחית", MerhavPage),
                Topic("tours-and-meetings", "Tours and direct meetings with activists, organizations and senior officials", "סיורים ומפגשים בלתי אמצעיים עם פעילי וארגוני חברה אזרחית ופקידי ממשל בכירים", MerhavPage),
                Topic("relation-types", "The spectrum of relation and interface types with civil society", "ספקטרום סוגי הזיקות והממשקים האפשריים לעבודה עם החברה האזרחית", MerhavPage),
                Topic("complexity", "Complexity theories and principles: new approaches to analysis, intervention and action", "תיאוריות ועקרונות של מורכבות: גישות חדשות לניתוח מציאות, התערבות ופעולה", MerhavPage),
                Topic("disadvantaged-populations", "Disadvantaged populations, social gaps and tensions", "אוכלוסיות מוחלשות, פערים ומתחים חברתיים", MerhavPage),
                Topic("social-capital", "Social capital and social resilience", "תיאוריות הון חברתי וחוסן חברתי", MerhavPage),
            ],
            relatedProgramIds: [ProgramIds.GovernmentCivilSociety, ProgramIds.LayLeadership])),
        governance: Ok(ProgramGovernance.Create(
            bodies:
            [
                Ok(GoverningBody.Create(
                    "faculty",
                    GoverningBodyKind.ProgramTeam,
                    T("Lecturers and facilitators", "סגל המרצים והמנחים"),
                    [BodyMember.Staff(StaffRole.Faculty, backgrounds: [Sector.Academia, Sector.CivilSociety, Sector.CentralGovernment, Sector.LocalGovernment])],
                    MerhavPage,
                    purpose: T("Leading academics, civil-society figures, and present or past managers of government, local government and public systems, who join theory and practice.", "השורה הראשונה של אנשי אקדמיה, אנשי חברה אזרחית ואנשי ממשל, שלטון מקומי וניהול מערכות ציבוריות בעבר ובהווה, המשלבים ידע תיאורטי ופרקטיקה."))),
            ])),
        schedule: Ok(ProgramSchedule.Create(
            [
                Ok(MeetingSeries.Create(
                    "cohort-meetings",
                    MeetingKind.CohortMeeting,
                    MeetingGroup.All,
                    T("Meetings for learning and for advancing a ministry project", "מפגשים ללמידה ולקידום פרויקט משרדי"),
                    MerhavPage,
                    Cadence.OverSpan(9, 10, 6, CadenceUnit.Month),
                    activities: [MeetingActivity.CaseStudies, MeetingActivity.FieldTours, MeetingActivity.ExpertLectures, MeetingActivity.PeerLearning, MeetingActivity.ProjectWork])),
            ])),
        selection: MerhavSelection()));

    private static InstituteProgram GovernmentCivilSocietyInitiative() => Ok(InstituteProgram.Create(
        ProgramIds.GovernmentCivilSociety,
        T("Government and Civil Society Initiative", "מיזם ממשל וחברה אזרחית"),
        [MerhavPage],
        Ok(NetworkFormat.Create(T("Government ministries and civil-society organizations", "משרדי הממשלה וארגוני החברה האזרחית"))),
        profile: Ok(ProgramProfile.Create(
            aim: T("A permanent, shared workspace for the government and civil-society organizations.", "מרחב עבודה קבוע ומשותף לממשלה ולארגוני החברה האזרחית."),
            relatedProgramIds: [ProgramIds.Merhav])),
        governance: Ok(ProgramGovernance.Create(
            partners:
            [
                Partner(OrganizationIds.GovernmentMinistries, MerhavPage, PartnerRole.Partner),
                Partner(OrganizationIds.CivilSocietyOrganizations, MerhavPage, PartnerRole.Partner),
            ],
            bodies:
            [
                Ok(GoverningBody.Create(
                    BodyIds.Steering,
                    GoverningBodyKind.SteeringCommittee,
                    T("Steering committee of the Government–Civil Society initiative", "ועדת ההיגוי של מיזם ממשלה-חברה אזרחית"),
                    [BodyMember.RepresentativeOf(OrganizationIds.GovernmentMinistries), BodyMember.RepresentativeOf(OrganizationIds.CivilSocietyOrganizations)],
                    MerhavPage,
                    purpose: T("Its members recommend the participants of Merhav.", "חבריה ממליצים על המשתתפים בתכנית \"מרחב\"."))),
            ]))));

    private static InstituteProgram DeputyDirectorsGeneral() => Ok(InstituteProgram.Create(
        ProgramIds.DeputyDirectorsGeneral,
        T("Forum of Deputy Directors-General for Administration and Human Resources", "פורום הסמנכ\"לים למינהל ולמשאבי אנוש"),
        [SourceDocument.Newsletter2012, DmfPage],
        Ok(CrossSectorProcessFormat.Create(Ok(TaskForcePlan.Create(
            SourceDocument.Newsletter2012,
            Quantity.Exactly(7),
            [T("Compensation", "שכר"), T("Training", "הכשרה"), T("Career paths", "מסלולי קריירה")])))),
        profile: Ok(ProgramProfile.Create(
            centerId: CenterIds.PublicLeadership,
            strategies: [Strategy.CrossSectorProcesses],
            aim: T("Improve the level of public service in Israel, with the Deputy Directors-General of government ministries in charge of personnel and administration, and the administrative managers of the civil service.",
                   "שיפור רמת השירות הציבורי בישראל, עם סמנכ\"לי משרדי הממשלה למינהל ולמשאבי אנוש והמנהלים האדמיניסטרטיביים בשירות המדינה."),
            figures: [Ok(Figure.Create("launch-attendance", Quantity.Exactly(90), T("Senior managers who attended the launch", "מנהלים בכירים שהשתתפו באירוע ההשקה"), SourceDocument.Newsletter2012))],
            relatedProgramIds: [ProgramIds.DistrictManagersForum])),
        governance: Ok(ProgramGovernance.Create(
            partners: [Partner(OrganizationIds.CivilServiceCommission, SourceDocument.Newsletter2012, PartnerRole.CoLead)])),
        selection: Ok(SelectionPolicy.Create(
            SourceDocument.Newsletter2012,
            [
                Ok(RoleEligibility.Create([ParticipantRole.DeputyDirectorGeneral], SourceDocument.Newsletter2012)),
                Ok(SectorEligibility.Create([Sector.CentralGovernment], SourceDocument.Newsletter2012)),
            ]))));

    private static InstituteProgram DistrictManagersForum() => Ok(InstituteProgram.Create(
        ProgramIds.DistrictManagersForum,
        T("District Managers Forum", "פורום מנהלי מחוזות"),
        [DmfPage],
        Ok(RegionalForumFormat.Create(Ids.All<Region>())),
        profile: Ok(ProgramProfile.Create(
            aim: T("Strengthen the district managers as policy leaders and advance the inter-ministerial interface at district level; a district manager links central government to the residents.",
                   "חיזוק דרג מנהלי המחוזות כמובילי מדיניות וקידום הממשק הבין-משרדי ברמה המחוזית; מנהל המחוז הוא החוליה המקשרת בין השלטון המרכזי לבין תושבי ישראל."),
            goals:
            [
                Ok(Goal.Create("district-head-standing", T("Strengthen the ability and standing of the district head as a central, influential axis in the region.", "חיזוק יכולת ומעמד ראש המחוז כציר מרכזי ומשפיע במרחב האזורי."), DmfPage)),
                Ok(Goal.Create("holistic-network", T("Create a \"holistic network\" as a platform for change in the field through cross-sector connection.", "יצירת \"רשת הוליסטית\" שתהווה פלטפורמה ליצירת שינוי בשטח תוך חיבור בין-מגזרי."), DmfPage)),
                Ok(Goal.Create("peer-network", T("Create a fertile peer network relevant to the district's reality.", "יצירת רשת עמיתים מפרה ורלוונטית למציאות המחוז."), DmfPage)),
            ],
            topics:
            [
                Topic("integrated-dashboard", "An integrated dashboard measuring the region's authorities", "פיתוח \"לוח מחוונים\" למדידה משולבת של הרשויות באזור", DmfPage, Region.TelAvivCenter),
                Topic("weak-authorities", "Identifying and handling weak authorities across ministries", "זיהוי וטיפול בין-משרדי ברשויות חלשות", DmfPage, Region.TelAvivCenter),
                Topic("management-tools", "The district manager's management tools for motivating the district's employees", "שיפור כלי הניהול של מנהל המחוז להנעת העובדים במחוז", DmfPage, Region.TelAvivCenter),
                Topic("closing-gaps", "Mechanisms for closing gaps between the district's authorities", "פיתוח מנגנונים לצמצום פערים בין רשויות המחוז", DmfPage, Region.Jerusalem),
                Topic("role-standard", "Comparing district managers' authority and responsibility to standardize the role", "השוואת הסמכות והאחריות של מנהל המחוז לשם סטנדרטיזציה בהגדרת התפקיד", DmfPage, Region.North),
                Topic("bedouin-ties", "Ties between the government ministries and the Bedouin in the Negev", "חיזוק הקשר בין משרדי הממשלה והבדואים בנגב", DmfPage, Region.South),
            ],
            figures: [Ok(Figure.Create("district-managers", Quantity.About(100), T("District managers of the ministries and statutory bodies the forum is open to", "מנהלי מחוזות במשרדי הממשלה ובגופים הסטטוטוריים שהפורום פתוח בפניהם"), DmfPage))],
            relatedProgramIds: [ProgramIds.DeputyDirectorsGeneral, ProgramIds.HaKatedra, ProgramIds.LocalAuthoritiesActivity])),
        governance: Ok(ProgramGovernance.Create(
            partners:
            [
                Partner(OrganizationIds.CivilServiceCommission, DmfPage, PartnerRole.Initiator),
                Partner(OrganizationIds.Interior, DmfPage, PartnerRole.Initiator),
            ],
            bodies:
            [
                Ok(GoverningBody.Create(
                    "program-team",
                    GoverningBodyKind.ProgramTeam,
                    T("Program team", "צוות התכנית"),
                    [
                        BodyMember.Staff(StaffRole.ProgramManager, CountRange.Exactly(1)),
                        BodyMember.Staff(StaffRole.Facilitator, CountRange.Exactly(2)),
                        BodyMember.Staff(StaffRole.LongTermConsultant, CountRange.Exactly(2)),
                    ],
                    DmfPage)),
            ])),
        schedule: Ok(ProgramSchedule.Create(
            [
                .. Ids.All<Region>().Select(RegionalForum),
                Ok(MeetingSeries.Create(
                    "national",
                    MeetingKind.National,
                    MeetingGroup.National,
                    T("National meeting of all district managers", "מפגש ארצי של כלל מנהלי המחוזות"),
                    DmfPage,
                    Cadence.PerPeriod(2, CadenceUnit.Year),
                    activities: [MeetingActivity.PeerLearning])),
            ])),
        selection: Ok(SelectionPolicy.Create(
            DmfPage,
            [
                Ok(RoleEligibility.Create([ParticipantRole.DistrictManager], DmfPage)),
                Ok(SectorEligibility.Create([Sector.CentralGovernment, Sector.StatutoryBody], DmfPage)),
            ]))));

    // "Each regional forum meets once every five weeks, for half a day, as a roaming forum: every meeting is hosted by
    // another ministry, which gives the district managers an in-depth look at the host ministry's work."
    private static MeetingSeries RegionalForum(Region region) => Ok(MeetingSeries.Create(
        region.ToId(),
        MeetingKind.Forum,
        MeetingGroup.Of(region),
        region switch
        {
            Region.North => T("Regional forum: North", "פורום אזורי: הצפון"),
            Region.Haifa => T("Regional forum: Haifa", "פורום אזורי: חיפה"),
            Region.TelAvivCenter => T("Regional forum: Tel Aviv and the Center", "פורום אזורי: תל אביב והמרכז"),
            Region.Jerusalem => T("Regional forum: Jerusalem", "פורום אזורי: ירושלים"),
            _ => T("Regional forum: the South", "פורום אזורי: מחוז הדרום"),
        },
        DmfPage,
        Cadence.Every(5, CadenceUnit.Week),
        MeetingLength.HalfDay,
        VenueKind.HostMinistryOffice,
        Ok(RoamingPolicy.Create(Ok(HostPool.Create(VenueKind.HostMinistryOffice, DistrictOffices(region))), spotlightOnHost: true)),
        [MeetingActivity.MutualUpdate, MeetingActivity.JointInitiatives]));

    private static InstituteProgram HaKatedra() => Ok(InstituteProgram.Create(
        ProgramIds.HaKatedra,
        T("HaKatedra", "הקתדרה"),
        [DmfPage],
        Ok(LearningProgramFormat.Create()),
        profile: Ok(ProgramProfile.Create(
            strategies: [Strategy.LearningPrograms],
            aim: T("A range of professional workshops for senior staff.", "מגוון סדנאות מקצועיות לסגל הבכיר."),
            relatedProgramIds: [ProgramIds.DistrictManagersForum]))));

    private static Topic Topic(string id, string english, string hebrew, SourceDocument source, params Region[] regions) =>
        Ok(Programs.Topic.Create(id, T(english, hebrew), source, regions));

    private static class BodyIds
    {
        public const string Steering = "steering-committee";
    }
}
