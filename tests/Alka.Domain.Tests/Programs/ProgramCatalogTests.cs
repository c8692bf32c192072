using Alka.Domain.Governance;
using Alka.Domain.Organizations;
using Alka.Domain.Programs;
using Alka.Domain.Selection;
using Alka.Domain.Sources;
using Alka.Domain.Tests.Support;
using Ardalis.Result;

namespace Alka.Domain.Tests.Programs;

public class ProgramCatalogTests
{
    private static readonly ProgramCatalog BuiltIn = BuiltInCatalog.Instance;

    [Fact]
    public void Create_LeadMinistryThatIsNoMinistryAndASecondOne_IsRejected()
    {
        var forum = InstituteProgram.Create(
            "forum", ProgramBuilder.Text("Forum"), [SourceDocument.CouncilHeadsForumPage], PeerForumFormat.Instance,
            governance: ProgramGovernance.Create(
            [
                ProgramPartner.Create("ministry-of-interior", [PartnerRole.LeadMinistry], SourceDocument.CouncilHeadsForumPage).Value,
                ProgramPartner.Create("mifam-hasharon", [PartnerRole.LeadMinistry], SourceDocument.CouncilHeadsForumPage).Value,
            ]).Value).Value;

        Catalog(forum)
            .Should().HaveError("programs[15].governance.partners[1].organizationId", OrganizationErrors.LeadMinistryNotMinistry)
            .And.HaveError("programs[15].governance.partners[1].roles", OrganizationErrors.SeveralLeadMinistries);
    }

    [Fact]
    public void Create_UnknownOrganizationCenterAndProgram_ListsEveryProblem()
    {
        var program = InstituteProgram.Create(
            "orphan", ProgramBuilder.Text("Orphan"), [SourceDocument.Newsletter2012], PeerForumFormat.Instance,
            ProgramProfile.Create(centerId: "no-center", relatedProgramIds: ["no-program"]).Value,
            ProgramGovernance.Create([ProgramPartner.Create("no-organization", [PartnerRole.Partner], SourceDocument.Newsletter2012).Value]).Value).Value;

        Catalog(program)
            .Should().HaveError("programs[15].profile.centerId", Validation.CommonErrors.UnknownReference)
            .And.HaveError("programs[15].governance.partners[0].organizationId", Validation.CommonErrors.UnknownReference)
            .And.HaveError("programs[15].profile.relatedProgramIds[0]", Validation.CommonErrors.UnknownReference);
    }

    [Fact]
    public void Create_RecommendationByABodyThatIsNoSteeringCommittee_IsRejected()
    {
        var program = InstituteProgram.Create(
            "recommended", ProgramBuilder.Text("Recommended"), [SourceDocument.MerhavPage], PeerForumFormat.Instance,
            selection: SelectionPolicy.Create(SourceDocument.MerhavPage, [SteeringRecommendation.Create("district-managers-forum", "program-team", SourceDocument.MerhavPage).Value]).Value).Value;

        Catalog(program).Should().HaveError("programs[15].selection.eligibility[0].bodyId", SelectionErrors.RecommendationNotBySteering);
    }

    [Fact]
    public void Create_DuplicateProgramId_IsRejected() =>
        Catalog(BuiltIn.Find("merhav")!).Should().HaveError("programs[15]", Validation.CommonErrors.DuplicateId);

    [Fact]
    public void BuiltIn_IdsAreUniqueAcrossProgramsAndOrganizations() =>
        BuiltIn.Programs.Select(p => p.Id).Concat(BuiltIn.Organizations.Select(o => o.Id)).Should().OnlyHaveUniqueItems();

    [Fact]
    public void BuiltIn_EveryProgramNamesItsSourceAndHasBothNames() =>
        BuiltIn.Programs.Should().OnlyContain(p => p.Sources.Count > 0 && p.Name.English.Length > 0 && p.Name.Hebrew.Length > 0);

    [Fact]
    public void Equality_IsStructural() =>
        EqualityContract.Check(BuiltIn, ProgramCatalog.Create(BuiltIn.Institute, BuiltIn.Organizations, BuiltIn.Programs).Value, ProgramCatalog.Create(BuiltIn.Institute, BuiltIn.Organizations, BuiltIn.Programs.SkipLast(1)).Value);

    private static Result<ProgramCatalog> Catalog(InstituteProgram extra) =>
        ProgramCatalog.Create(BuiltIn.Institute, BuiltIn.Organizations, [.. BuiltIn.Programs, extra]);
}
