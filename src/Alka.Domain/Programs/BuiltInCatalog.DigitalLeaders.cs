using Alka.Domain.Budget;
using Alka.Domain.Governance;
using Alka.Domain.Organizations;
using Alka.Domain.Scheduling;
using Alka.Domain.Sources;

namespace Alka.Domain.Programs;

// Digital Leaders: the government program and the local-government program, run alike.
public static partial class BuiltInCatalog
{
    private const SourceDocument DigitalPage = SourceDocument.DigitalLeadersPage;

    private enum DigitalLeadersProgram
    {
        Government = 1,
        Local,
    }

    private static InstituteProgram DigitalLeaders(DigitalLeadersProgram which)
    {
        var government = which == DigitalLeadersProgram.Government;
        string[] governmentPartners = government
            ? [OrganizationIds.DigitalIsrael, OrganizationIds.IctAuthority, OrganizationIds.Midrasha]
            : [OrganizationIds.DigitalIsrael, OrganizationIds.Interior];
        string[] managementTeam = government
            ? [OrganizationIds.DigitalIsrael, OrganizationIds.IctAuthority, OrganizationIds.CivilServiceCommission]
            : [OrganizationIds.Interior, OrganizationIds.Alka];
        var partners = governmentPartners.Append(OrganizationIds.Alka).Select(id => Partner(id, DigitalPage, PartnerRole.CoLead)).ToList();
        if (government)
        {
            // The management team has a representative of the Civil Service Commission, whose Midrasha co-leads.
            partners.Add(Partner(OrganizationIds.CivilServiceCommission, DigitalPage, PartnerRole.Partner));
        }

        return Ok(InstituteProgram.Create(
            government ? ProgramIds.DigitalLeadersGovernment : ProgramIds.DigitalLeadersLocal,
            government
                ? T("Digital Leaders: the government program", "מובילים דיגיטליים: התוכנית הממשלתית")
                : T("Digital Leaders: the local-government program", "מובילים דיגיטליים: התוכנית לשלטון המקומי"),
            [DigitalPage],
            Ok(LearningProgramFormat.Create(
                government ? [FirstDigitalLeadersCohort()] : [],
                CountRange.Between(25, 40))),
            profile: Ok(ProgramProfile.Create(
                strategies: [Strategy.LearningPrograms])),
            governance: Ok(ProgramGovernance.Create(
                partners: partners,
                bodies:
                [
                    Ok(GoverningBody.Create(
                        BodyIds.Steering,
                        GoverningBodyKind.SteeringCommittee,
                        T("Broad steering committee", "ועדת היגוי רחבה"),
                        governmentPartners.Append(OrganizationIds.Alka).Select(BodyMember.HeadOf),
                        DigitalPage,
                        [Power.Policy, Power.Personnel, Power.Budget, Power.Supervision, Power.Audit],
                        purpose: T("Accompanies the program professionally, supervises and audits its conduct throughout, and decides policy, personnel and budget.", "מלווה מקצועית, מפקחת ומבקרת את התנהלות התוכנית לכל אורכה, ומוסמכת לקבל החלטות בנושאי מדיניות, כוח אדם ותקציב."))),
                    Ok(GoverningBody.Create(
                        "management-team",
                        GoverningBodyKind.ManagementTeam,
                        T("Management team", "צוות ניהול"),
                        managementTeam.Select(BodyMember.RepresentativeOf),
                        DigitalPage,
                        [Power.Operations],
                        purpose: T("Leads the program's day-to-day management.", "מוביל את ניהולה השוטף של התוכנית."))),
                    Ok(GoverningBody.Create(
                        "program-team",
                        GoverningBodyKind.ProgramTeam,
                        T("Program managers", "מנהלות התוכנית"),
                        [
                            BodyMember.Staff(StaffRole.SeniorProgramManager, CountRange.Exactly(1), OrganizationIds.Alka),
                            BodyMember.Staff(StaffRole.ProgramManager, CountRange.Between(2, 3), OrganizationIds.Alka),
                        ],
                        DigitalPage)),
                ],
                responsibilities: DigitalLeadersResponsibilities(governmentPartners))),
            schedule: Ok(ProgramSchedule.Create(
                [
                    Ok(MeetingSeries.Create(
                        "cohort-meetings",
                        MeetingKind.CohortMeeting,
                        MeetingGroup.All,
                        T("Program meetings", "מפגשי התוכנית"),
                        DigitalPage,
                        venue: VenueKind.GuestHouse)),
                ])),
            selection: DigitalLeadersSelection(government),
            budget: Ok(BudgetBand.Create(BudgetPoint.Of(25, 3_000_000m), BudgetPoint.Of(40, 4_000_000m), BodyIds.Steering, DigitalPage))));
    }

    // "The first cohort was run as a joint venture of the Prime Minister's Office, Digital Israel and Alka, with
    // government representatives of the ICT Authority and the Civil Service Commission (reform implementation HQ)."
    private static Cohort FirstDigitalLeadersCohort() => Ok(Cohort.Create(
        1,
        BodyMember.Staff(StaffRole.Coordinator),
        DigitalPage,
        partners:
        [
            Partner(OrganizationIds.PrimeMinistersOffice, DigitalPage, PartnerRole.JointVenture),
            Partner(OrganizationIds.DigitalIsrael, DigitalPage, PartnerRole.JointVenture),
            Partner(OrganizationIds.Alka, DigitalPage, PartnerRole.JointVenture),
            Partner(OrganizationIds.IctAuthority, DigitalPage, PartnerRole.Partner),
            Partner(OrganizationIds.CivilServiceCommission, DigitalPage, PartnerRole.Partner),
        ]));

    private static IEnumerable<Responsibility> DigitalLeadersResponsibilities(string[] governmentPartners)
    {
        Responsibility Government(string id, string english, string hebrew, string? agreementWith = null) =>
            Ok(Responsibility.Create(id, governmentPartners, T(english, hebrew), DigitalPage, OrganizationIds.DigitalIsrael, agreementWith));
        Responsibility Alka(string id, string english, string hebrew, string? agreementWith = null, Power? matter = null) =>
            Ok(Responsibility.Create(id, [OrganizationIds.Alka], T(english, hebrew), DigitalPage, agreementWith: agreementWith, matter: matter));

        return
        [
            Government("convene-management-team", "Convene the management team as part of shaping the contents.", "לכנס את צוות הניהול כחלק מתהליך גיבוש התכנים."),
            Government("shape-program", "Shape the Digital Leaders program in agreement with Alka.", "לגבש את תוכנית \"מובילים דיגיטליים\" בהסכמה עם מכון אלכא.", OrganizationIds.Alka),
            Government("contribute-knowledge", "Contribute knowledge, experience and capabilities to shaping and running the program.", "לתרום ידע, ניסיון ויכולות בגיבוש התוכנית ובהפעלתה."),
            Government("find-candidates", "Help find relevant candidates in the target ministries of the national initiative.", "לסייע באיתור מועמדים רלוונטיים לתוכניות ממשרדי המטרה של המיזם הלאומי."),
            Alka("shape-components", "Shape all components of the program in agreement with Digital Israel.", "גיבוש בהסכמה עם מטה \"ישראל דיגיטלית\" של התוכנית על כלל מרכיביה.", OrganizationIds.DigitalIsrael),
            Alka("training-and-facilitation", "Training, accompaniment, dynamic facilitation, simulations and integration of learning.", "הדרכה, ליווי, הנחיה דינמית, סימולציות, אינטגרציה של למידה."),
            Alka("accompany-projects", "Accompany the projects and their implementation.", "ליווי פרויקטים ויישומם."),
            Alka("develop-knowledge", "Develop new knowledge as the program needs (e.g. digital leadership).", "פיתוח ידע חדש בהתאם לצורכי התוכנית (כגון תכנים בנושא מנהיגות דיגיטלית)."),
            Alka("recruit-staff", "Recruit staff as needed, with the agreement of the steering committee's representatives.", "גיוס כוח אדם ככל שיידרש בהסכמה עם נציגי ועדת ההיגוי.", BodyIds.Steering, Power.Personnel),
            Alka("hire-meeting-staff", "Find and hire staff for the program's meetings.", "איתור והעסקה של כוח אדם למפגשי התוכנית עצמם."),
            Alka("organizational-infrastructure", "Provide the organizational infrastructure, including contracts with the guest houses where meetings are held.", "העמדת התשתית הארגונית, ובכלל זה התקשרות עם בתי ההארחה שבהם מתקיימים המפגשים."),
        ];
    }
}
