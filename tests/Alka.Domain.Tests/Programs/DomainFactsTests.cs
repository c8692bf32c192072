using Alka.Domain.Budget;
using Alka.Domain.Geography;
using Alka.Domain.Governance;
using Alka.Domain.Organizations;
using Alka.Domain.Programs;
using Alka.Domain.Scheduling;
using Alka.Domain.Selection;
using Alka.Domain.Sources;

namespace Alka.Domain.Tests.Programs;

/// <summary>
/// Walks every fact of DOMAIN.md (the institute and its program sections): each row names the fact, the source
/// document it comes from with a verbatim quote of it, and asserts the fact against the built-in catalog through the
/// public API. A second test checks that the quotation is one checked verbatim against its document
/// (<c>tests/TestData/sources/quotations.csv</c>; the documents themselves are not in the repository).
/// </summary>
public class DomainFactsTests
{
    private static readonly ProgramCatalog Catalog = BuiltInCatalog.Instance;

    private static readonly DomainFact[] Facts =
    [
        // The institute
        new("alka-part-of-jdc", SourceDocument.DigitalLeadersPage, "מכון אלכא למנהיגות וממשל בג'וינט ישראל", c =>
        {
            c.Institute.OrganizationId.Should().Be("alka");
            c.FindOrganization("alka")!.ParentId.Should().Be("jdc-israel");
            c.FindOrganization("alka")!.Kind.Should().Be(OrganizationKind.Institute);
        }),
        new("collective-impact", SourceDocument.Newsletter2012, "Collective Impact is an approach for solving", c =>
            c.Institute.Approach.English.Should().Contain("Collective Impact").And.Contain("nonprofits, government, businesses and philanthropists")),
        new("three-strategies", SourceDocument.Newsletter2012, "through a combination of three strategies", c =>
            c.Institute.Strategies.Select(s => s.Strategy).Should().Equal(Strategy.LearningPrograms, Strategy.LeadershipSupport, Strategy.CrossSectorProcesses)),
        new("three-centers", SourceDocument.Newsletter2012, "its three Centers", c =>
            c.Institute.Centers.Select(x => x.Id).Should().Equal("public-leadership-and-management", "regional-development", "social-leadership-and-civil-society")),
        new("centers-run-programs", SourceDocument.Newsletter2012, "Center for Regional Development – is leading the Negev Circles program", c =>
        {
            CenterOf(c, "deputy-directors-general").Should().Be("public-leadership-and-management");
            new[] { "negev-circles", "regional-development-north-south", "mayors-forum" }.Select(id => CenterOf(c, id)).Should().AllBe("regional-development");
            new[] { "lay-leadership", "synergy", "infrastructure-coalition" }.Select(id => CenterOf(c, id)).Should().AllBe("social-leadership-and-civil-society");
        }),
        new("ddg-launch-90", SourceDocument.Newsletter2012, "Ninety senior managers attended the event", c =>
            Program(c, "deputy-directors-general").Profile.FindFigure("launch-attendance")!.Quantity.Should().Be(Quantity.Exactly(90))),
        new("ddg-7-task-forces", SourceDocument.Newsletter2012, "7 task forces were formed, each focusing on a different topic", c =>
        {
            var taskForces = Format<CrossSectorProcessFormat>(c, "deputy-directors-general").TaskForces;
            taskForces.Count.Should().Be(Quantity.Exactly(7));
            taskForces.KnownTopics.Select(t => t.English).Should().Equal("Compensation", "Training", "Career paths");
        }),
        new("ddg-with-civil-service-commission", SourceDocument.Newsletter2012, "together with the Civil Service Commissioner", c =>
            Program(c, "deputy-directors-general").Governance.FindPartner("civil-service-commission").Should().NotBeNull()),
        new("negev-circles-partners", SourceDocument.Newsletter2012, "Partners include the IDF, the Ministry of Defense, the Ministry of the Negev and Galilee, local municipalities, businesses and the third sector", c =>
            Program(c, "negev-circles").Governance.Partners.Select(p => p.OrganizationId).Should().Equal(
                "idf", "ministry-of-defense", "ministry-for-negev-and-galilee", "negev-municipalities", "negev-businesses", "negev-third-sector")),
        new("negev-circles-all-strategies", SourceDocument.Newsletter2012, "This program will involve all three strategies", c =>
        {
            Program(c, "negev-circles").Profile.Strategies.Should().HaveCount(3);
            var taskForces = Format<CrossSectorProcessFormat>(c, "negev-circles").TaskForces;
            taskForces.LearningPrograms.Should().BeTrue();
            taskForces.Members.Should().HaveCount(6).And.OnlyContain(m => m.Capacity == MemberCapacity.OrganizationRepresentative);
        }),
        new("regional-north-south", SourceDocument.Newsletter2012, "education, welfare, tourism, and employment services", c =>
            Program(c, "regional-development-north-south").Profile.Topics.Select(t => t.Id).Should().Equal("education", "welfare", "tourism", "employment")),
        new("mayors-forum-over-100", SourceDocument.Newsletter2012, "the Center has worked with over 100 mayors", c =>
            Program(c, "mayors-forum").Profile.FindFigure("mayors")!.Quantity.Should().Be(Quantity.MoreThan(100))),
        new("lay-leadership-boards", SourceDocument.Newsletter2012, "training programs for chairs and board members of non-profit organizations", c =>
            Program(c, "lay-leadership").Selection!.Rule<RoleEligibility>()!.Roles.Should().Equal(ParticipantRole.BoardMember)),
        new("best-practices-manual", SourceDocument.Newsletter2012, "Manual for Best Practices for lay leaders", c =>
            Program(c, "lay-leadership").Profile.Goals.Should().Contain(g => g.Id == "best-practices-manual")),
        new("synergy-high-tech-managers", SourceDocument.Newsletter2012, "encourages high tech managers to assume lay leadership roles", c =>
            Program(c, "synergy").Selection!.Rule<SectorEligibility>()!.Sectors.Should().Equal(Sector.Business)),
        new("coalition-20-organizations", SourceDocument.Newsletter2012, "representatives of the 20 infrastructure organizations", c =>
            Format<NetworkFormat>(c, "infrastructure-coalition").MemberCount.Should().Be(Quantity.Exactly(20))),

        // Merhav
        new("merhav-aim", SourceDocument.MerhavPage, "יצירת קבוצת השפעה של סוכני שינוי", c =>
            Program(c, "merhav").Profile.Aim!.Hebrew.Should().Contain("סוכני שינוי")),
        new("merhav-sub-goals", SourceDocument.MerhavPage, "רשת עמיתים לומדת", c =>
        {
            Program(c, "merhav").Profile.Goals.Select(g => g.Id).Should().Equal("role-perception", "learning-peer-network");
            Program(c, "merhav").Profile.Goals[0].Details.Should().HaveCount(4);
        }),
        new("merhav-eight-topics", SourceDocument.MerhavPage, "תיאוריות הון חברתי וחוסן חברתי", c =>
            Program(c, "merhav").Profile.Topics.Should().HaveCount(8)),
        new("merhav-9-10-meetings-over-half-a-year", SourceDocument.MerhavPage, "9-10 מפגשים", c =>
        {
            var meetings = Program(c, "merhav").Schedule.FindMeetings("cohort-meetings")!;
            meetings.Cadence.Should().Be(Cadence.OverSpan(9, 10, 6, CadenceUnit.Month));
            meetings.Cadence!.Value.ToString().Should().Be("9–10 meetings over about 6 months");
            meetings.Kind.Should().Be(MeetingKind.CohortMeeting);
        }),
        new("merhav-meeting-mix", SourceDocument.MerhavPage, "ניתוח מקרי בוחן, סיורי שטח, הרצאות מומחים ולמידת עמיתים", c =>
            Program(c, "merhav").Schedule.FindMeetings("cohort-meetings")!.Activities.Should().Contain(
                [MeetingActivity.CaseStudies, MeetingActivity.FieldTours, MeetingActivity.ExpertLectures, MeetingActivity.PeerLearning])),
        new("merhav-ministry-project", SourceDocument.MerhavPage, "לקידום פרויקט משרדי", c =>
        {
            var format = Format<LearningProgramFormat>(c, "merhav");
            format.Project!.ParticipantScope.Should().Be(ProjectScope.Ministry);
            format.Project.GraduateScope.Should().Be(ProjectScope.InterMinistry);
            format.Cohorts[0].Projects.Should().ContainSingle(p => p.Scope == ProjectScope.InterMinistry);
        }),
        new("merhav-participants", SourceDocument.MerhavPage, "מנהלים ונציגים בכירים במשרדים ובשלטון המקומי", c =>
        {
            var selection = Program(c, "merhav").Selection!;
            selection.Audience.Should().BeEquivalentTo([ParticipantRole.Manager, ParticipantRole.SeniorOfficial]);
            selection.Rule<SectorEligibility>()!.Sectors.Should().BeEquivalentTo([Sector.CentralGovernment, Sector.LocalGovernment]);
        }),
        new("merhav-nomination-and-recommendation", SourceDocument.MerhavPage, "נבחרים ע\"י מנכ\"ל/ית המשרד ובהמלצת חברי וועדת ההיגוי", c =>
        {
            var selection = Program(c, "merhav").Selection!;
            selection.Rule<DirectorGeneralNomination>().Should().NotBeNull();
            var recommendation = selection.Rule<SteeringRecommendation>()!;
            c.Find(recommendation.ProgramId)!.Governance.FindBody(recommendation.BodyId)!.Kind.Should().Be(GoverningBodyKind.SteeringCommittee);
            recommendation.ProgramId.Should().Be("government-civil-society-initiative");
        }),
        new("merhav-six-criteria", SourceDocument.MerhavPage, "על בסיס כישורי המנהיגות שלהם", c =>
            Program(c, "merhav").Selection!.Criteria.Select(w => w.Criterion).Should().Equal(
                MeritCriterion.Leadership, MeritCriterion.LeadsChange, MeritCriterion.Teamwork, MeritCriterion.SocialAwareness, MeritCriterion.Affinity, MeritCriterion.Commitment)),
        new("merhav-faculty", SourceDocument.MerhavPage, "הסגל מורכב מהשורה הראשונה של אנשי אקדמיה", c =>
            Program(c, "merhav").Governance.FindBody("faculty")!.Members.Should().ContainSingle(m => m.StaffRole == StaffRole.Faculty && m.Backgrounds.Contains(Sector.Academia))),
        new("government-civil-society-initiative", SourceDocument.MerhavPage, "מרחב עבודה קבוע ומשותף לממשלה ולארגוני החברה האזרחית", c =>
            Program(c, "government-civil-society-initiative").Governance.Partners.Should().HaveCount(2)),

        // The national peer forum of local council heads
        new("council-heads-one-million", SourceDocument.CouncilHeadsForumPage, "מייצגות כמיליון תושבים באופן ישיר", c =>
            Program(c, "council-heads-forum").Profile.FindFigure("residents-represented")!.Quantity.Should().Be(Quantity.About(1_000_000))),
        new("council-heads-over-10-years", SourceDocument.CouncilHeadsForumPage, "פועל למעלה מ- 10 שנים", c =>
            Program(c, "council-heads-forum").Profile.FindFigure("years-running")!.Quantity.Should().Be(Quantity.MoreThan(10))),
        new("council-heads-goals", SourceDocument.CouncilHeadsForumPage, "חיזוק יכולת ראשי המועצות להתוות, ליישם ולקדם את מדיניות הרשות", c =>
            Program(c, "council-heads-forum").Profile.Goals.Should().HaveCount(5)),
        new("council-heads-eligibility", SourceDocument.CouncilHeadsForumPage, "ראשי מועצות מקומיות מכהנים מרחבי הארץ, מיישובים המונים עד 20,000 תושבים", c =>
        {
            var selection = Program(c, "council-heads-forum").Selection!;
            selection.Rule<RoleEligibility>()!.Roles.Should().Equal(ParticipantRole.CouncilHead);
            selection.Rule<ServingEligibility>().Should().NotBeNull();
            selection.Rule<LocalityPopulationEligibility>()!.Ceiling.Should().Be(20_000);
        }),
        new("council-heads-mix", SourceDocument.CouncilHeadsForumPage, "מיישובים יהודים וערביים, יישובי מרכז ופריפריה, ויישובים מחתך סוציו-אקונומי גבוה ונמוך", c =>
            Program(c, "council-heads-forum").Selection!.Mix.Should().Equal(MixDimension.Community, MixDimension.Periphery, MixDimension.SocioeconomicStanding)),
        new("council-heads-roaming", SourceDocument.CouncilHeadsForumPage, "הפורום הוא \"פורום נודד\", הנפגש בכל פעם במועצה מקומית אחרת", c =>
        {
            var forum = Program(c, "council-heads-forum").Schedule.FindMeetings("forum")!;
            forum.Venue.Should().Be(VenueKind.HostCouncil);
            forum.Roaming!.HostPool.HostKind.Should().Be(VenueKind.HostCouncil);
            forum.Roaming.SpotlightOnHost.Should().BeTrue();
            forum.Roaming.AlternativeVenue.Should().Be(VenueKind.TopicSite);
        }),
        new("council-heads-meeting-content", SourceDocument.CouncilHeadsForumPage, "התייעצות עמיתים בין ראשי המועצות", c =>
            Program(c, "council-heads-forum").Schedule.FindMeetings("forum")!.Activities.Should().Equal(
                MeetingActivity.ExpertLectures, MeetingActivity.FieldTours, MeetingActivity.MeetingsWithSeniorOfficials, MeetingActivity.PeerConsultation)),
        new("council-heads-study-tour", SourceDocument.CouncilHeadsForumPage, "אחת לקדנציה מתקיים סיור לימודי בחו\"ל", c =>
        {
            var tour = Program(c, "council-heads-forum").Schedule.FindMeetings("study-tour")!;
            tour.Cadence!.Value.ToString().Should().Be("once per municipal term");
            tour.Venue.Should().Be(VenueKind.Abroad);
            tour.Kind.Should().Be(MeetingKind.StudyTour);
        }),
        new("council-heads-four-channels", SourceDocument.CouncilHeadsForumPage, "ערוצי הפעולה של", c =>
            Program(c, "council-heads-forum").Profile.ActionChannels.Select(a => a.Id).Should().Equal("knowledge-enrichment", "peer-learning", "central-government-interface", "joint-tasks")),
        new("council-heads-partners", SourceDocument.CouncilHeadsForumPage, "משרד הפנים הינו המשרד הממשלתי המוביל את הפורום", c =>
        {
            var program = Program(c, "council-heads-forum");
            program.Governance.FindPartner("ministry-of-interior")!.Roles.Should().Equal(PartnerRole.LeadMinistry);
            program.Governance.FindPartner("mifam-hasharon")!.Roles.Should().Equal(PartnerRole.ProfessionalAccompaniment);
            program.Governance.FindPartner("alka")!.Roles.Should().Equal(PartnerRole.OrganizerFacilitator);
        }),
        new("council-heads-steering-every-2-3-months", SourceDocument.CouncilHeadsForumPage, "וועדת היגוי, המתכנסת אחת לחודשיים- שלושה", c =>
        {
            var steering = Program(c, "council-heads-forum").Governance.FindBody("steering-committee")!;
            steering.Cadence.Should().Be(Cadence.Every(2, 3, CadenceUnit.Month));
            steering.Powers.Should().Contain(Power.Content);
        }),
        new("council-heads-steering-members", SourceDocument.CouncilHeadsForumPage, "צוות ההיגוי מורכב מראשי רשויות ונציגי הארגונים השותפים", c =>
            Program(c, "council-heads-forum").Governance.FindBody("steering-committee")!.Members.Select(m => m.Capacity).Should().Equal(
                MemberCapacity.Participant, MemberCapacity.OrganizationRepresentative, MemberCapacity.OrganizationRepresentative, MemberCapacity.OrganizationRepresentative)),
        new("council-heads-expanded-steering-yearly", SourceDocument.CouncilHeadsForumPage, "אחת לשנה נפגשת וועדת היגוי מורחבת לתכנון שנת הפעילות", c =>
        {
            var expanded = Program(c, "council-heads-forum").Governance.BodiesOf(GoverningBodyKind.ExpandedSteeringCommittee).Single();
            expanded.Cadence!.Value.ToString().Should().Be("once a year");
            expanded.Powers.Should().Equal(Power.Planning);
        }),
        new("council-heads-planning-team", SourceDocument.CouncilHeadsForumPage, "לקראת כל מפגש פורום, מתכנס צוות תכנון ייעודי", c =>
        {
            var planning = Program(c, "council-heads-forum").Governance.BodiesOf(GoverningBodyKind.PlanningTeam).Single();
            planning.Cadence.Should().Be(Cadence.BeforeEach("forum"));
            planning.Cadence!.Value.ToString().Should().Be("before every forum meeting");
            planning.Members[0].Capacity.Should().Be(MemberCapacity.ParticipantRepresentative);
        }),

        // Digital Leaders
        new("digital-leaders-two-programs", SourceDocument.DigitalLeadersPage, "את התוכנית לשלטון המקומי מובילים", c =>
            new[] { "digital-leaders-government", "digital-leaders-local" }.Select(id => Program(c, id).Kind).Should().AllBeEquivalentTo(ProgramKind.LearningProgram)),
        new("digital-leaders-government-partners", SourceDocument.DigitalLeadersPage, "רשות התקשוב במשרד ראש הממשלה, המדרשה בנציבות שירות המדינה", c =>
            Program(c, "digital-leaders-government").Governance.Partners.Where(p => p.Has(PartnerRole.CoLead)).Select(p => p.OrganizationId).Should().Equal(
                "digital-israel", "government-ict-authority", "civil-service-midrasha", "alka")),
        new("digital-leaders-local-partners", SourceDocument.DigitalLeadersPage, "במשרד לשוויון חברתי, משרד הפנים ומכון אלכא", c =>
            Program(c, "digital-leaders-local").Governance.Partners.Select(p => p.OrganizationId).Should().Equal("digital-israel", "ministry-of-interior", "alka")),
        new("digital-leaders-hosting-ministries", SourceDocument.DigitalLeadersPage, "מטה \"ישראל דיגיטלית\" במשרד לשוויון חברתי", c =>
        {
            c.FindOrganization("digital-israel")!.ParentId.Should().Be("ministry-for-social-equality");
            c.FindOrganization("government-ict-authority")!.ParentId.Should().Be("prime-ministers-office");
        }),
        new("digital-leaders-first-cohort", SourceDocument.DigitalLeadersPage, "המחזור הראשון של התוכנית נוהל במסגרת מיזם משותף", c =>
            Format<LearningProgramFormat>(c, "digital-leaders-government").Cohorts[0].Partners.Where(p => p.Has(PartnerRole.JointVenture)).Select(p => p.OrganizationId)
                .Should().Equal("prime-ministers-office", "digital-israel", "alka")),
        new("digital-leaders-staffing", SourceDocument.DigitalLeadersPage, "כל תוכנית מנוהלת על ידי שתיים או שלוש מנהלות תוכניות", c =>
        {
            foreach (var id in new[] { "digital-leaders-government", "digital-leaders-local" })
            {
                var team = Program(c, id).Governance.BodiesOf(GoverningBodyKind.ProgramTeam).Single().Members;
                team.Single(m => m.StaffRole == StaffRole.ProgramManager).Seats.Should().Be(CountRange.Between(2, 3));
                team.Single(m => m.StaffRole == StaffRole.SeniorProgramManager).Seats.Should().Be(CountRange.Exactly(1));
                team.Should().OnlyContain(m => m.OrganizationId == "alka");
            }
        }),
        new("digital-leaders-cohort-coordinator", SourceDocument.DigitalLeadersPage, "לכל מחזור יש רכזת", c =>
            c.Programs.Select(p => p.Format).OfType<LearningProgramFormat>().SelectMany(f => f.Cohorts)
                .Should().NotBeEmpty().And.OnlyContain(cohort => cohort.Coordinator.StaffRole == StaffRole.Coordinator)),
        new("digital-leaders-steering", SourceDocument.DigitalLeadersPage, "והיא מוסמכת לקבל החלטות בנושאי מדיניות, כוח אדם ותקציב", c =>
        {
            var steering = Program(c, "digital-leaders-government").Governance.FindBody("steering-committee")!;
            steering.Powers.Should().Contain([Power.Policy, Power.Personnel, Power.Budget, Power.Supervision, Power.Audit]);
            steering.Members.Should().OnlyContain(m => m.Capacity == MemberCapacity.OrganizationHead);
        }),
        new("digital-leaders-management-team", SourceDocument.DigitalLeadersPage, "צוות הניהול כולל נציג מטה \"ישראל דיגיטלית\", נציג רשות התקשוב ונציג נציבות שירות המדינה", c =>
        {
            Program(c, "digital-leaders-government").Governance.FindBody("management-team")!.Members.Select(m => m.OrganizationId).Should().Equal("digital-israel", "government-ict-authority", "civil-service-commission");
            Program(c, "digital-leaders-local").Governance.FindBody("management-team")!.Members.Select(m => m.OrganizationId).Should().Equal("ministry-of-interior", "alka");
        }),
        new("digital-leaders-division-of-responsibilities", SourceDocument.DigitalLeadersPage, "חלוקת אחריות בין מטה \"ישראל דיגיטלית\" ומכון אלכא", c =>
        {
            var duties = Program(c, "digital-leaders-government").Governance.Responsibilities;
            duties.Count(d => d.LeadId == "digital-israel").Should().Be(4);
            duties.Count(d => d.PartyIds.SequenceEqual(["alka"])).Should().Be(7);
            var recruit = duties.Single(d => d.Id == "recruit-staff");
            (recruit.AgreementWith, recruit.Matter).Should().Be(("steering-committee", Power.Personnel));
        }),
        new("digital-leaders-guest-houses", SourceDocument.DigitalLeadersPage, "התקשרות עם בתי ההארחה", c =>
            Program(c, "digital-leaders-local").Schedule.FindMeetings("cohort-meetings")!.Venue.Should().Be(VenueKind.GuestHouse)),
        new("digital-leaders-budget-band", SourceDocument.DigitalLeadersPage, "עלות התכנית נעה בין 3 מלש\"ח לקבוצה של כ- 25 משתתפים ל- 4 מלש\"ח לקבוצה של כ- 40 משתתפים", c =>
        {
            var program = Program(c, "digital-leaders-government");
            var budget = program.Budget!;
            (budget.Lower, budget.Upper).Should().Be((BudgetPoint.Of(25, 3_000_000m), BudgetPoint.Of(40, 4_000_000m)));
            program.Governance.FindBody(budget.DecidedBy)!.Holds(Power.Budget).Should().BeTrue();
        }),

        // The District Managers Forum
        new("district-managers-initiators", SourceDocument.DistrictManagersForumPage, "ביוזמתם של נציבות שירות המדינה ומשרד הפנים", c =>
            Program(c, "district-managers-forum").Governance.Partners.Where(p => p.Has(PartnerRole.Initiator)).Select(p => p.OrganizationId)
                .Should().Equal("civil-service-commission", "ministry-of-interior")),
        new("district-managers-vision", SourceDocument.DistrictManagersForumPage, "חיזוק דרג מנהלי המחוזות כמובילי מדיניות", c =>
            Program(c, "district-managers-forum").Profile.Goals.Should().HaveCount(3)),
        new("district-managers-about-100", SourceDocument.DistrictManagersForumPage, "הפורום פתוח בפני כמאה מנהלי המחוזות במשרדי הממשלה ובגופים הסטטוטוריים", c =>
        {
            var program = Program(c, "district-managers-forum");
            program.Profile.FindFigure("district-managers")!.Quantity.Should().Be(Quantity.About(100));
            program.Selection!.Rule<SectorEligibility>()!.Sectors.Should().Equal(Sector.CentralGovernment, Sector.StatutoryBody);
            program.Selection.Rule<RoleEligibility>()!.Roles.Should().Equal(ParticipantRole.DistrictManager);
        }),
        new("district-managers-topics", SourceDocument.DistrictManagersForumPage, "חיזוק הקשר בין משרדי הממשלה והבדואים בנגב", c =>
        {
            var topics = Program(c, "district-managers-forum").Profile.Topics;
            topics.Should().HaveCount(6);
            topics.Single(t => t.Id == "bedouin-ties").Regions.Should().Equal(Region.South);
        }),
        new("district-managers-five-regions", SourceDocument.DistrictManagersForumPage, "בחמישה מחוזות: הצפון, חיפה, תל אביב והמרכז, ירושלים ומחוז הדרום", c =>
            Format<RegionalForumFormat>(c, "district-managers-forum").Regions.Select(r => r.ToId()).Should().Equal("north", "haifa", "tel-aviv-center", "jerusalem", "south")),
        new("district-managers-regional-rhythm", SourceDocument.DistrictManagersForumPage, "כל פורום אזורי של מנהלי מחוז נפגש אחת לחמישה שבועות", c =>
        {
            var forums = Program(c, "district-managers-forum").Schedule.Meetings.Where(m => m.Kind == MeetingKind.Forum).ToList();
            forums.Select(m => m.Group.Id).Should().Equal("north", "haifa", "tel-aviv-center", "jerusalem", "south");
            forums.Should().OnlyContain(m => m.Cadence == Cadence.Every(5, CadenceUnit.Week) && m.Length == MeetingLength.HalfDay);
            forums.Should().OnlyContain(m => m.Venue == VenueKind.HostMinistryOffice && m.Roaming!.HostPool.HostKind == VenueKind.HostMinistryOffice);
            forums[0].Cadence!.Value.ToString().Should().Be("every 5 weeks");
        }),
        new("district-managers-national-twice-a-year", SourceDocument.DistrictManagersForumPage, "נערכים פעמיים בשנה מפגשים ארציים", c =>
        {
            var national = Program(c, "district-managers-forum").Schedule.FindMeetings("national")!;
            (national.Kind, national.Group.Id, national.Cadence!.Value.ToString()).Should().Be((MeetingKind.National, "national", "twice a year"));
        }),
        new("district-managers-team", SourceDocument.DistrictManagersForumPage, "יועצי אורך", c =>
            Program(c, "district-managers-forum").Governance.FindBody("program-team")!.Members.Select(m => (m.StaffRole, m.Seats)).Should().Equal(
                (StaffRole.ProgramManager, CountRange.Exactly(1)), (StaffRole.Facilitator, CountRange.Exactly(2)), (StaffRole.LongTermConsultant, CountRange.Exactly(2)))),
        new("district-managers-related", SourceDocument.DistrictManagersForumPage, "מגוון סדנאות מקצועיות לסגל הבכיר", c =>
            Program(c, "district-managers-forum").Profile.RelatedProgramIds.Should().Equal("deputy-directors-general", "hakatedra", "local-authorities-activity")),
    ];

    private static readonly (string Document, string Quotation)[] CheckedQuotations =
        [.. TestData.ReadCsv("sources/quotations.csv").Select(r => (r["document"], r["quotation"]))];

    public static TheoryData<string> FactIds => [.. Facts.Select(f => f.Id)];

    [Theory]
    [MemberData(nameof(FactIds))]
    public void BuiltInCatalog_HoldsTheFact(string id) => Facts.Single(f => f.Id == id).Check(Catalog);

    [Theory]
    [MemberData(nameof(FactIds))]
    public void SourceDocument_StatesTheFact(string id)
    {
        var fact = Facts.Single(f => f.Id == id);

        CheckedQuotations.Should().Contain((fact.Source.ToId(), fact.Quote), "each quotation is checked against its document before it is recorded in tests/TestData/sources");
    }

    [Fact]
    public void CheckedQuotations_AreEachQuotedByAFact() =>
        CheckedQuotations.Should().BeSubsetOf(Facts.Select(f => (f.Source.ToId(), f.Quote)), "a quotation no fact rests on is dead");

    [Fact]
    public void Facts_HaveUniqueIds() => Facts.Select(f => f.Id).Should().OnlyHaveUniqueItems();

    private static InstituteProgram Program(ProgramCatalog catalog, string id) =>
        catalog.Find(id) ?? throw new Xunit.Sdk.XunitException($"The catalog has no program '{id}'.");

    private static T Format<T>(ProgramCatalog catalog, string id)
        where T : ProgramFormat => Program(catalog, id).Format.Should().BeOfType<T>().Subject;

    private static string? CenterOf(ProgramCatalog catalog, string id) => Program(catalog, id).Profile.CenterId;

    private sealed record DomainFact(string Id, SourceDocument Source, string Quote, Action<ProgramCatalog> Check);
}
