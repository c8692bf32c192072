using Alka.Domain.Budget;
using Alka.Domain.Governance;
using Alka.Domain.Organizations;
using Alka.Domain.Programs;
using Alka.Domain.Scheduling;
using Alka.Domain.Sources;
using Ardalis.Result;

namespace Alka.Domain.Tests.Programs;

/// <summary>Builds a small valid learning program; each <c>With…</c> changes one part so a test can break one rule.</summary>
internal sealed class ProgramBuilder
{
    private const SourceDocument Source = SourceDocument.DigitalLeadersPage;

    private List<Cohort> _cohorts = [Cohort.Create(1, BodyMember.Staff(StaffRole.Coordinator, organizationId: "alka"), Source).Value];
    private string _budgetDecidedBy = "steering-committee";
    private List<Power> _steeringPowers = [Power.Policy, Power.Personnel, Power.Budget];
    private readonly List<Responsibility> _responsibilities = [];
    private List<MeetingSeries> _meetings = [];
    private readonly List<GoverningBody> _extraBodies = [];

    public static BilingualText Text(string english) => BilingualText.Create(english, "טקסט");

    public ProgramBuilder WithCohorts(params Cohort[] cohorts)
    {
        _cohorts = [.. cohorts];
        return this;
    }

    public ProgramBuilder WithBudgetDecidedBy(string bodyId)
    {
        _budgetDecidedBy = bodyId;
        return this;
    }

    public ProgramBuilder WithSteeringPowers(params Power[] powers)
    {
        _steeringPowers = [.. powers];
        return this;
    }

    public ProgramBuilder WithResponsibility(Responsibility responsibility)
    {
        _responsibilities.Add(responsibility);
        return this;
    }

    public ProgramBuilder WithMeetings(params MeetingSeries[] meetings)
    {
        _meetings = [.. meetings];
        return this;
    }

    public ProgramBuilder WithBody(GoverningBody body)
    {
        _extraBodies.Add(body);
        return this;
    }

    public Result<InstituteProgram> Build() => InstituteProgram.Create(
        "digital-leaders-test",
        Text("Digital Leaders (test)"),
        [Source],
        LearningProgramFormat.Create(_cohorts, CountRange.Between(25, 40)).Value,
        governance: ProgramGovernance.Create(
            [ProgramPartner.Create("alka", [PartnerRole.CoLead], Source).Value, ProgramPartner.Create("digital-israel", [PartnerRole.CoLead], Source).Value],
            [
                GoverningBody.Create("steering-committee", GoverningBodyKind.SteeringCommittee, Text("Steering"), [BodyMember.HeadOf("alka"), BodyMember.HeadOf("digital-israel")], Source, _steeringPowers).Value,
                GoverningBody.Create("management-team", GoverningBodyKind.ManagementTeam, Text("Management"), [BodyMember.RepresentativeOf("digital-israel")], Source, [Power.Operations]).Value,
                .. _extraBodies,
            ],
            _responsibilities).Value,
        schedule: ProgramSchedule.Create(_meetings).Value,
        budget: BudgetBand.Create(BudgetPoint.Of(25, 3_000_000m), BudgetPoint.Of(40, 4_000_000m), _budgetDecidedBy, Source).Value);
}
