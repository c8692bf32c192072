using Alka.Domain.Calendar;
using Alka.Domain.Governance;
using Alka.Domain.Organizations;
using Alka.Domain.Scheduling;
using Alka.Domain.Sources;

namespace Alka.Domain.Programs;

// Programs for local government: the national peer forum of local council heads and local activity in authorities.
public static partial class BuiltInCatalog
{
    private const SourceDocument CouncilHeadsPage = SourceDocument.CouncilHeadsForumPage;

    private static InstituteProgram CouncilHeadsForum() => Ok(InstituteProgram.Create(
        ProgramIds.CouncilHeadsForum,
        T("National Peer Forum of Local Council Heads", "פורום עמיתים ארצי לראשי מועצות מקומיות"),
        [CouncilHeadsPage],
        PeerForumFormat.Instance,
        profile: Ok(ProgramProfile.Create(
            aim: T("Strengthen municipal leadership in Israel for the council head's central challenge: developing the authority while raising its residents' quality of life.",
                   "חיזוק יכולות המנהיגות המוניציפאלית בישראל להתמודדות עם האתגר המרכזי העומד בפני ראש מועצה מקומית: פיתוח וקידום הרשות תוך הבטחת עלייה באיכות החיים לתושביה."),
            goals:
            [
                Ok(Goal.Create("policy", T("Strengthen the heads' ability to set, implement and advance the authority's policy.", "חיזוק יכולת ראשי המועצות להתוות, ליישם ולקדם את מדיניות הרשות."), CouncilHeadsPage)),
                Ok(Goal.Create("knowledge-and-tools", T("Impart knowledge, tools and skills for running a local authority.", "הקניית ידע, כלים ומיומנויות בסוגיות ניהול רשות מקומית."), CouncilHeadsPage)),
                Ok(Goal.Create("new-ideas", T("Exposure to new ideas and initiatives of bodies active in local government.", "חשיפה לרעיונות וליזמות חדשות של גורמים ושל גופים הפועלים במרחב השלטון המקומי."), CouncilHeadsPage)),
                Ok(Goal.Create("peer-learning", T("Peer learning and stronger cooperation between the heads of authorities.", "למידת עמיתים וחיזוק שיתופי הפעולה בין ראשי הרשויות."), CouncilHeadsPage)),
                Ok(Goal.Create("central-government", T("Deepen acquaintance and shared dialogue with central government.", "העמקת ההיכרות והשיח המשותף עם השלטון המרכזי."), CouncilHeadsPage)),
            ],
            actionChannels:
            [
                Ok(ActionChannel.Create("knowledge-enrichment", T("Knowledge enrichment", "העשרת הידע"), CouncilHeadsPage, T("Content areas and innovative models the heads use in their role (settlement development, economic development, quality of life).", "למידת תחומי תוכן ומודלים חדשניים המשמשים את ראשי הרשויות בתפקידם (פיתוח יישובים, פיתוח כלכלי, איכות חיים)."))),
                Ok(ActionChannel.Create("peer-learning", T("Peer learning", "למידת עמיתים"), CouncilHeadsPage, T("Leveraging the participants' leadership through thinking and learning that draws on their experience as heads.", "מינוף יכולות ההנהגה של המשתתפים באמצעות חשיבה ולמידת עמיתים המביאה לידי ביטוי את ניסיונם כראשי רשויות."))),
                Ok(ActionChannel.Create("central-government-interface", T("Interface with central government", "ממשק עם השלטון המרכזי"), CouncilHeadsPage, T("Dialogue with government ministries with mutual learning.", "קיום דיאלוג עם משרדי ממשלה תוך למידה הדדית."))),
                Ok(ActionChannel.Create("joint-tasks", T("Joint tasks", "קידום משימות משותפות"), CouncilHeadsPage, T("Finding the issues that occupy the heads and acting on them together.", "איתור סוגיות המעסיקות את ראשי הרשויות ועשייה משותפת להתמודדות איתן."))),
            ],
            figures:
            [
                Ok(Figure.Create("residents-represented", Quantity.About(1_000_000), T("Residents whom the local councils directly represent", "תושבים שהמועצות המקומיות מייצגות באופן ישיר"), CouncilHeadsPage)),
                Ok(Figure.Create("years-running", Quantity.MoreThan(10), T("Years the forum has been running", "שנים שהפורום פועל"), CouncilHeadsPage)),
            ],
            relatedProgramIds: [ProgramIds.DistrictManagersForum, ProgramIds.LocalAuthoritiesActivity])),
        governance: Ok(ProgramGovernance.Create(
            partners:
            [
                Partner(OrganizationIds.Interior, CouncilHeadsPage, PartnerRole.LeadMinistry),
                Partner(OrganizationIds.MifamHaSharon, CouncilHeadsPage, PartnerRole.ProfessionalAccompaniment),
                Partner(OrganizationIds.Alka, CouncilHeadsPage, PartnerRole.OrganizerFacilitator),
            ],
            bodies:
            [
                Ok(GoverningBody.Create(
                    BodyIds.Steering,
                    GoverningBodyKind.SteeringCommittee,
                    T("Steering committee", "ועדת היגוי"),
                    [BodyMember.Participants(), .. CouncilHeadsPartnerRepresentatives()],
                    CouncilHeadsPage,
                    [Power.Operations, Power.Content],
                    Cadence.Every(2, 3, CadenceUnit.Month),
                    T("Manages the forum: discusses its contents and conduct and formulates its topics.", "ניהול הפורום: דיון בתכני והתנהלות הפורום וגיבוש נושאי התוכן."))),
                Ok(GoverningBody.Create(
                    "expanded-steering-committee",
                    GoverningBodyKind.ExpandedSteeringCommittee,
                    T("Expanded steering committee", "ועדת היגוי מורחבת"),
                    [BodyMember.Participants(), .. CouncilHeadsPartnerRepresentatives()],
                    CouncilHeadsPage,
                    [Power.Planning],
                    Cadence.PerPeriod(1, CadenceUnit.Year),
                    T("Plans the year of activity.", "תכנון שנת הפעילות."))),
                Ok(GoverningBody.Create(
                    "planning-team",
                    GoverningBodyKind.PlanningTeam,
                    T("Planning team", "צוות תכנון"),
                    [BodyMember.ParticipantRepresentatives(), .. CouncilHeadsPartnerRepresentatives()],
                    CouncilHeadsPage,
                    [Power.Content],
                    Cadence.BeforeEach("forum"),
                    T("Designs the content, lecturers and the like of the coming forum meeting.", "עיצוב התוכן, המרצים וכד' לקראת כל מפגש פורום."))),
            ])),
        schedule: Ok(ProgramSchedule.Create(
            [
                Ok(MeetingSeries.Create(
                    "forum",
                    MeetingKind.Forum,
                    MeetingGroup.All,
                    T("Forum meeting", "מפגש פורום"),
                    CouncilHeadsPage,
                    venue: VenueKind.HostCouncil,
                    roaming: Ok(RoamingPolicy.Create(Ok(HostPool.Create(VenueKind.HostCouncil)), spotlightOnHost: true, VenueKind.TopicSite)),
                    activities: [MeetingActivity.ExpertLectures, MeetingActivity.FieldTours, MeetingActivity.MeetingsWithSeniorOfficials, MeetingActivity.PeerConsultation])),
                Ok(MeetingSeries.Create(
                    "study-tour",
                    MeetingKind.StudyTour,
                    MeetingGroup.All,
                    T("Study tour abroad", "סיור לימודי בחו\"ל"),
                    CouncilHeadsPage,
                    Cadence.PerPeriod(1, CadenceUnit.MunicipalTerm),
                    MeetingLength.MultiDay,
                    VenueKind.Abroad)),
            ],
            // "The forum deliberately mixes Jewish and Arab localities": Arab localities are Muslim, Christian and Druze.
            CommunityMix.All)),
        selection: CouncilHeadsSelection()));

    private static BodyMember[] CouncilHeadsPartnerRepresentatives() =>
    [
        BodyMember.RepresentativeOf(OrganizationIds.Interior),
        BodyMember.RepresentativeOf(OrganizationIds.MifamHaSharon),
        BodyMember.RepresentativeOf(OrganizationIds.Alka),
    ];

    private static InstituteProgram LocalAuthoritiesActivity() => Ok(InstituteProgram.Create(
        ProgramIds.LocalAuthoritiesActivity,
        T("Local activity in authorities", "פעילויות מקומיות ברשויות"),
        [CouncilHeadsPage, DmfPage],
        Ok(NetworkFormat.Create(T("Local authorities", "רשויות מקומיות"))),
        profile: Ok(ProgramProfile.Create(
            aim: T("In-depth activity and unique models in local authorities.", "פעולות עומק ומודלים ייחודיים ברשויות מקומיות."),
            relatedProgramIds: [ProgramIds.CouncilHeadsForum, ProgramIds.DistrictManagersForum]))));
}
