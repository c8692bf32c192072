using Alka.Domain.Geography;
using Alka.Domain.Governance;
using Alka.Domain.Programs;
using Alka.Domain.Scheduling;
using Alka.Domain.Sources;
using Alka.Domain.Tests.Support;
using Alka.Domain.Validation;
using NodaTime;

namespace Alka.Domain.Tests.Programs;

public class InstituteProgramTests
{
    private static readonly BodyMember Coordinator = BodyMember.Staff(StaffRole.Coordinator, organizationId: "alka");

    [Fact]
    public void Create_TheBuilder_IsValid() => new ProgramBuilder().Build().IsSuccess.Should().BeTrue();

    [Fact]
    public void Create_BudgetDecidedByABodyWithoutTheBudgetPower_IsRejected()
    {
        new ProgramBuilder().WithSteeringPowers(Power.Policy).Build()
            .Should().HaveError("budget.decidedBy", GovernanceErrors.MissingPower);
        new ProgramBuilder().WithBudgetDecidedBy("management-team").Build()
            .Should().HaveError("budget.decidedBy", GovernanceErrors.MissingPower);
        new ProgramBuilder().WithBudgetDecidedBy("finance-committee").Build()
            .Should().HaveError("budget.decidedBy", Validation.CommonErrors.UnknownReference);
    }

    [Fact]
    public void Create_StaffRecruitedWithAgreementOfABodyWithoutPersonnel_IsRejected()
    {
        var recruit = Responsibility.Create("recruit-staff", ["alka"], ProgramBuilder.Text("Recruit staff"), SourceDocument.DigitalLeadersPage, agreementWith: "steering-committee", matter: Power.Personnel).Value;

        new ProgramBuilder().WithResponsibility(recruit).Build().IsSuccess.Should().BeTrue();
        new ProgramBuilder().WithResponsibility(recruit).WithSteeringPowers(Power.Budget).Build()
            .Should().HaveError("governance.responsibilities[0].agreementWith", GovernanceErrors.MissingPower);
    }

    [Fact]
    public void Create_DutyOfAnOrganizationThatIsNoPartner_IsRejected()
    {
        var duty = Responsibility.Create("convene", ["digital-israel", "ministry-of-interior"], ProgramBuilder.Text("Convene"), SourceDocument.DigitalLeadersPage, leadId: "alka").Value;

        new ProgramBuilder().WithResponsibility(duty).Build()
            .Should().HaveError("governance.responsibilities[0].partyIds[1]", ProgramErrors.NotAPartner)
            .And.HaveError("governance.responsibilities[0].leadId", Validation.CommonErrors.UnknownReference);
    }

    [Fact]
    public void Create_CohortsOutOfOrderOrTooLarge_ListsEveryProblem()
    {
        var result = LearningProgramFormat.Create(
            [
                Cohort.Create(1, Coordinator, SourceDocument.DigitalLeadersPage, participants: CountRange.Exactly(45)).Value,
                Cohort.Create(3, Coordinator, SourceDocument.DigitalLeadersPage).Value,
            ],
            CountRange.Between(25, 40));

        result.Should().HaveError("cohorts[0].participants", ProgramErrors.CohortParticipantsOutsideProgram)
            .And.HaveError("cohorts[1].number", ProgramErrors.CohortNumber);
    }

    [Fact]
    public void Cohort_WithoutCoordinatorOrWithAnotherRole_IsRejected()
    {
        Cohort.Create(1, null!, SourceDocument.DigitalLeadersPage).Should().HaveError("coordinator", ProgramErrors.CohortWithoutCoordinator);
        Cohort.Create(1, BodyMember.Staff(StaffRole.ProgramManager), SourceDocument.DigitalLeadersPage).Should().HaveError("coordinator.staffRole", ProgramErrors.CohortCoordinatorRole);
    }

    [Fact]
    public void Cohort_EndingBeforeItStarts_IsRejected() =>
        Cohort.Create(1, Coordinator, SourceDocument.DigitalLeadersPage, new LocalDate(2026, 9, 1), new LocalDate(2026, 3, 1))
            .Should().HaveError("endDate", CommonErrors.EndBeforeStart);

    [Fact]
    public void Create_PlanningTeamBeforeMeetingsTheProgramDoesNotHave_IsRejected()
    {
        var planning = GoverningBody.Create("planning-team", GoverningBodyKind.PlanningTeam, ProgramBuilder.Text("Planning"), [BodyMember.ParticipantRepresentatives()], SourceDocument.CouncilHeadsForumPage, cadence: Cadence.BeforeEach("forum")).Value;

        new ProgramBuilder().WithBody(planning).Build().Should().HaveError("governance.bodies[2].cadence.before", SchedulingErrors.CadenceBeforeUnknownMeeting);
    }

    [Fact]
    public void Create_RegionalForumWithoutTheFiveRegions_IsRejected()
    {
        RegionalForumFormat.Create([Region.North, Region.Haifa, Region.Jerusalem, Region.South]).Should().HaveError("regions", ProgramErrors.RegionalForumRegions);
        RegionalForumFormat.Create([.. Ids.All<Region>(), Region.North]).Should().HaveError("regions", ProgramErrors.RegionalForumRegions);
        RegionalForumFormat.Create(Ids.All<Region>()).IsSuccess.Should().BeTrue();
    }

    [Fact]
    public void Create_RegionalForumWithARegionWithoutMeetings_IsRejected()
    {
        var result = InstituteProgram.Create("regional", ProgramBuilder.Text("Regional"), [SourceDocument.DistrictManagersForumPage], RegionalForumFormat.Create(Ids.All<Region>()).Value);

        result.Should().HaveError("format.regions[0]", ProgramErrors.RegionWithoutForumSeries)
            .And.HaveError("format.regions[4]", ProgramErrors.RegionWithoutForumSeries);
    }

    [Fact]
    public void Create_NoSourceAndRelatedToItself_ListsEveryProblem() =>
        InstituteProgram.Create("alone", ProgramBuilder.Text("Alone"), [], PeerForumFormat.Instance, ProgramProfile.Create(relatedProgramIds: ["alone"]).Value)
            .Should().HaveError("sources", Validation.CommonErrors.NoSource)
            .And.HaveError("profile.relatedProgramIds[0]", ProgramErrors.RelatedToItself);

    [Fact]
    public void TaskForcePlan_MoreTopicsThanTaskForces_IsRejected() =>
        TaskForcePlan.Create(SourceDocument.Newsletter2012, Quantity.Exactly(1), [ProgramBuilder.Text("Pay"), ProgramBuilder.Text("Training")])
            .Should().HaveError("knownTopics", ProgramErrors.TaskForceTopicsExceedCount);

    [Fact]
    public void Equality_IsStructural() =>
        EqualityContract.Check(
            new ProgramBuilder().Build().Value,
            new ProgramBuilder().Build().Value,
            new ProgramBuilder().WithSteeringPowers(Power.Budget).Build().Value,
            new ProgramBuilder().WithCohorts().Build().Value);
}
