using Alka.Domain.Organizations;
using Alka.Domain.Selection;
using Alka.Domain.Sources;
using Alka.Domain.Tests.Support;
using Alka.Domain.Validation;

namespace Alka.Domain.Tests.Selection;

public class EligibilityRuleTests
{
    private const SourceDocument Source = SourceDocument.CouncilHeadsForumPage;

    [Theory]
    [InlineData(20_000, true)]
    [InlineData(19_999, true)]
    [InlineData(20_001, false)]
    public void LocalityPopulation_UpTo20000_Admits(int population, bool admitted) =>
        LocalityPopulationEligibility.Create(20_000, Source).Value.Admits(population).Should().Be(admitted);

    [Fact]
    public void LocalityPopulation_CeilingNotPositive_IsRejected() =>
        LocalityPopulationEligibility.Create(0, Source).Should().HaveError("ceiling", CommonErrors.OutOfRange);

    [Fact]
    public void Role_NoneOrRepeated_IsRejected()
    {
        RoleEligibility.Create([], Source).Should().HaveError("roles", CommonErrors.Required);
        RoleEligibility.Create([ParticipantRole.CouncilHead, ParticipantRole.CouncilHead], Source).Should().HaveError("roles[1]", Validation.CommonErrors.Duplicate);
        SectorEligibility.Create([(Sector)42], Source).Should().HaveError("sectors[0]", Validation.CommonErrors.Undefined);
    }


    [Fact]
    public void RuleIds_AreTheStableReasonIds() =>
        new EligibilityRule[]
        {
            RoleEligibility.Create([ParticipantRole.CouncilHead], Source).Value, SectorEligibility.Create([Sector.LocalGovernment], Source).Value,
            ServingEligibility.Create(Source).Value, LocalityPopulationEligibility.Create(20_000, Source).Value, DirectorGeneralNomination.Create(Source).Value,
            SteeringRecommendation.Create("program", "steering-committee", Source).Value,
        }.Select(r => r.RuleId).Should().Equal("role", "sector", "serving", "locality-population", "dg-nomination", "steering-recommendation");

    [Fact]
    public void Equality_ComparesKindAndMembers() =>
        EqualityContract.Check<EligibilityRule>(
            LocalityPopulationEligibility.Create(20_000, Source).Value,
            LocalityPopulationEligibility.Create(20_000, Source).Value,
            LocalityPopulationEligibility.Create(10_000, Source).Value,
            ServingEligibility.Create(Source).Value);
}
