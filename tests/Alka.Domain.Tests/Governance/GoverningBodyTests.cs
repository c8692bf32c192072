using Alka.Domain.Governance;
using Alka.Domain.Scheduling;
using Alka.Domain.Sources;
using Alka.Domain.Tests.Support;

namespace Alka.Domain.Tests.Governance;

public class GoverningBodyTests
{
    private static readonly BilingualText Name = BilingualText.Create("Team", "צוות");


    [Theory]
    [InlineData(1, false, true)]
    [InlineData(3, true, true)]
    [InlineData(2, false, false)]
    public void Create_ProgramTeam_IsHeadedBySeniorManagerWhenManagersAreSeveral(int managers, bool senior, bool valid)
    {
        List<BodyMember> members = [BodyMember.Staff(StaffRole.ProgramManager, CountRange.Between(1, managers), "alka")];
        if (senior)
        {
            members.Insert(0, BodyMember.Staff(StaffRole.SeniorProgramManager, CountRange.Exactly(1), "alka"));
        }

        var result = GoverningBody.Create("program-team", GoverningBodyKind.ProgramTeam, Name, members, SourceDocument.DigitalLeadersPage);

        if (valid)
        {
            result.IsSuccess.Should().BeTrue();
        }
        else
        {
            result.Should().HaveError("members", GovernanceErrors.ProgramTeamWithoutHead);
        }
    }

    [Fact]
    public void Create_TwoSeniorManagers_IsRejected() =>
        GoverningBody.Create("program-team", GoverningBodyKind.ProgramTeam, Name, [BodyMember.Staff(StaffRole.SeniorProgramManager, CountRange.Exactly(2))], SourceDocument.DigitalLeadersPage)
            .Should().HaveError("members", GovernanceErrors.ProgramTeamWithoutHead);

    [Fact]
    public void Create_BrokenBody_ListsEveryProblem() =>
        GoverningBody.Create("Steering", GoverningBodyKind.TaskForce, Name, [], SourceDocument.Newsletter2012, [Power.Budget, Power.Budget], Cadence.Every(1, CadenceUnit.Week))
            .Should().HaveError("id", Validation.CommonErrors.InvalidId)
            .And.HaveError("members", GovernanceErrors.BodyWithoutMembers)
            .And.HaveError("powers[1]", Validation.CommonErrors.Duplicate)
            .And.HaveError("topic", GovernanceErrors.TaskForceWithoutTopic);

    [Fact]
    public void Create_StaffOnASteeringCommitteeOrAHeadOfNothing_IsRejected() =>
        GoverningBody.Create("steering-committee", GoverningBodyKind.SteeringCommittee, Name, [BodyMember.Staff(StaffRole.Coordinator), new BodyMemberBuilder().HeadOfNobody()], SourceDocument.DigitalLeadersPage)
            .Should().HaveError("members[0]", GovernanceErrors.StaffOutsideProgramTeam)
            .And.HaveError("members[1].organizationId", GovernanceErrors.MemberIncomplete);

    [Fact]
    public void Holds_IsTrueOnlyForItsPowers()
    {
        var steering = GoverningBody.Create("steering-committee", GoverningBodyKind.SteeringCommittee, Name, [BodyMember.HeadOf("alka")], SourceDocument.DigitalLeadersPage, [Power.Budget]).Value;

        (steering.Holds(Power.Budget), steering.Holds(Power.Personnel), steering.MeetingKind).Should().Be((true, false, MeetingKind.SteeringCommittee));
    }

    [Fact]
    public void Equality_IsStructural()
    {
        GoverningBody Body(string member) =>
            GoverningBody.Create("steering-committee", GoverningBodyKind.SteeringCommittee, Name, [BodyMember.HeadOf(member)], SourceDocument.DigitalLeadersPage, [Power.Budget]).Value;

        EqualityContract.Check(Body("alka"), Body("alka"), Body("digital-israel"));
        EqualityContract.Check(BodyMember.Staff(StaffRole.ProgramManager, CountRange.Between(2, 3)), BodyMember.Staff(StaffRole.ProgramManager, CountRange.Between(2, 3)), BodyMember.Staff(StaffRole.ProgramManager));
    }

    private sealed class BodyMemberBuilder
    {
        // A head of an organization that names none: only JSON can say this; the factories of BodyMember cannot.
        public BodyMember HeadOfNobody() => BodyMember.HeadOf(null!);
    }
}
