using Alka.Domain.Organizations;
using Alka.Domain.Selection;
using Alka.Domain.Sources;
using Alka.Domain.Tests.Support;
using Alka.Domain.Validation;
using CsCheck;

namespace Alka.Domain.Tests.Selection;

public class SelectionPolicyTests
{
    private static readonly SelectionPolicy CouncilHeads = Candidates.Policy(
        15,
        30,
        [Candidates.AtLeast("community-arab", MixDimension.Community, 0.3m, "muslim"), Candidates.AtLeast("center", MixDimension.Periphery, 0.2m, "center")],
        rules:
        [
            RoleEligibility.Create([ParticipantRole.CouncilHead], Provenance.Default).Value,
            ServingEligibility.Create(Provenance.Default).Value,
            LocalityPopulationEligibility.Create(20_000, Provenance.Default).Value,
        ]);

    [Fact]
    public void Create_EveryProblem_IsListedWithItsPath()
    {
        var serving = ServingEligibility.Create(Provenance.Default).Value;
        var bad = new SelectionPolicy(
            (SourceDocument)42,
            [serving, serving, null!],
            [CriterionWeight.Of(MeritCriterion.Teamwork), CriterionWeight.Of(MeritCriterion.Teamwork, 2), new CriterionWeight(MeritCriterion.Affinity, 0)],
            new SeatRange(5, 3, Provenance.Default),
            [Candidates.AtLeast("q", MixDimension.Community, 0.3m, "jewish"), Candidates.AtLeast("q", MixDimension.Community, 0.3m, "druze")],
            new Waitlist(-1, Provenance.Default),
            [ParticipantRole.Manager, ParticipantRole.Manager]);
        var problems = new Problems();
        bad.Validate(problems, string.Empty);

        problems.Errors.Select(e => (e.Identifier, e.ErrorCode)).Should().BeEquivalentTo(new[]
        {
            ("source", CommonErrors.Undefined),
            ("eligibility[2]", CommonErrors.Required),
            ("eligibility[1]", CommonErrors.DuplicateId),
            ("criteria[2].weight", CommonErrors.OutOfRange),
            ("criteria[1]", CommonErrors.Duplicate),
            ("seats", CommonErrors.InvalidRange),
            ("quotas[1]", CommonErrors.DuplicateId),
            ("waitlist.length", CommonErrors.OutOfRange),
            ("audience[1]", CommonErrors.Duplicate),
        });
    }

    [Fact]
    public void Create_MoreQuotasThanTheMost_IsInvalid() =>
        SelectionPolicy.Create(
                Provenance.Default,
                quotas: Enumerable.Range(0, SelectionPolicy.MaxQuotas + 1).Select(i => Candidates.AtLeastCount($"q{i}", MixDimension.Community, 1, "jewish")))
            .Should().HaveError("quotas", SelectionErrors.TooManyQuotas);

    [Fact]
    public void Factories_OutOfRangeNumbers_Throw()
    {
        FluentActions.Invoking(() => SeatRange.Between(0, 3, Provenance.Default)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => SeatRange.Between(5, 4, Provenance.Default)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Waitlist.Of(-1, Provenance.Default)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => CriterionWeight.Of(MeritCriterion.Affinity, 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => CriterionWeight.Of(MeritCriterion.Affinity, CriterionWeight.MaxWeight + 1)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Mix_IsTheQuotasDimensionsInOrder() =>
        Candidates.Policy(1, 2, [
                Candidates.AtLeast("a", MixDimension.Periphery, 0.3m, "center"),
                Candidates.AtLeast("b", MixDimension.Community, 0.3m, "jewish"),
                Candidates.AtLeast("c", MixDimension.Periphery, 0.3m, "periphery")])
            .Mix.Should().Equal(MixDimension.Periphery, MixDimension.Community);

    public static TheoryData<Candidate, EligibilityRuleKind[]> Assessments => new()
    {
        { Candidates.Make("a"), [] },
        { Candidates.Make("a", role: ParticipantRole.Manager), [EligibilityRuleKind.Role] },
        { Candidates.Make("a", serving: false, population: 20_001), [EligibilityRuleKind.Serving, EligibilityRuleKind.LocalityPopulation] },
        { Candidates.Make("a", population: 20_000, nominated: false, recommended: false), [] },
    };

    [Theory]
    [MemberData(nameof(Assessments))]
    public void Assess_NamesEveryRuleFailed(Candidate candidate, EligibilityRuleKind[] failed)
    {
        var assessment = CouncilHeads.Assess(candidate);

        assessment.IsEligible.Should().Be(failed.Length == 0);
        assessment.FailureCount.Should().Be(failed.Length);
        Ids.All<EligibilityRuleKind>().Where(assessment.Fails).Should().Equal(failed);
        assessment.Score.Should().Be(new Score(18, 6));
    }

    [Fact]
    public void Assess_EveryRuleKind_AgreesWithTheRulesData()
    {
        var policy = Candidates.Policy(1, 1, rules:
        [
            RoleEligibility.Create([ParticipantRole.CouncilHead, ParticipantRole.Manager], Provenance.Default).Value,
            SectorEligibility.Create([Sector.LocalGovernment, Sector.CivilSociety], Provenance.Default).Value,
            ServingEligibility.Create(Provenance.Default).Value,
            LocalityPopulationEligibility.Create(20_000, Provenance.Default).Value,
            DirectorGeneralNomination.Create(Provenance.Default).Value,
            SteeringRecommendation.Create("p", "steering-committee", Provenance.Default).Value,
        ]);
        Gen.Select(Gen.Int[1, 7], Gen.Int[1, 7], Gen.Int[19_999, 20_001], Gen.Int[0, 7]).Sample((role, sector, population, flags) =>
        {
            var candidate = Candidates.Make(
                "a", role: (ParticipantRole)role, sector: (Sector)sector, population: population,
                serving: (flags & 1) != 0, nominated: (flags & 2) != 0, recommended: (flags & 4) != 0);
            var assessment = policy.Assess(candidate);

            assessment.IsEligible.Should().Be(SelectionOracle.IsEligible(policy, candidate));
            foreach (var rule in policy.Eligibility)
            {
                assessment.Fails(rule.Kind).Should().Be(!rule.Admits(candidate));
            }
        });
    }

    [Fact]
    public void Assess_Span_IsTheSameAsOneByOne_AndAllocatesNothing()
    {
        var candidates = Enumerable.Range(0, 1000)
            .Select(i => Candidates.Make($"c{i}", 1 + (i % 5), population: 15_000 + (i * 10), serving: i % 7 != 0))
            .ToArray();
        var assessments = new Assessment[candidates.Length];
        CouncilHeads.Assess(candidates, assessments);

        var before = GC.GetAllocatedBytesForCurrentThread();
        CouncilHeads.Assess(candidates, assessments);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.Should().Be(0);
        assessments.Should().Equal(candidates.Select(CouncilHeads.Assess));
        FluentActions.Invoking(() => CouncilHeads.Assess(candidates, new Assessment[10])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => CouncilHeads.Assess(new Candidate[] { null! }, assessments)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Assess_PolicyWithoutCriteria_ScoresNothing() =>
        SelectionPolicy.Create(Provenance.Default, [ServingEligibility.Create(Provenance.Default).Value]).Value
            .Assess(Candidates.Make("a")).Score.Should().Be(Score.None);

    [Fact]
    public void Equality_ComparesEveryMember() =>
        EqualityContract.Check(
            CouncilHeads,
            Candidates.Policy(15, 30, CouncilHeads.Quotas, rules: CouncilHeads.Eligibility),
            Candidates.Policy(15, 29, CouncilHeads.Quotas, rules: CouncilHeads.Eligibility),
            Candidates.Policy(15, 30, CouncilHeads.Quotas.Take(1), rules: CouncilHeads.Eligibility),
            Candidates.Policy(15, 30, CouncilHeads.Quotas, waitlist: 5, rules: CouncilHeads.Eligibility),
            Candidates.Policy(15, 30, CouncilHeads.Quotas, rules: CouncilHeads.Eligibility, criteria: [CriterionWeight.Of(MeritCriterion.Affinity)]));

    [Fact]
    public void Provenance_DocumentOrDefault()
    {
        Provenance.Default.IsDefault.Should().BeTrue();
        default(Provenance).ToString().Should().Be("default");
        Provenance.Of(SourceDocument.MerhavPage).Document.Should().Be(SourceDocument.MerhavPage);
        ((Provenance)SourceDocument.MerhavPage).ToString().Should().Be("merhav-page");
        Provenance.TryParse("default", out var parsed).Should().BeTrue();
        parsed.IsDefault.Should().BeTrue();
        Provenance.TryParse("merhav-page", out parsed).Should().BeTrue();
        parsed.Should().Be(Provenance.Of(SourceDocument.MerhavPage));
        Provenance.TryParse("nowhere", out _).Should().BeFalse();
        EqualityContract.Check(Provenance.Of(SourceDocument.MerhavPage), SourceDocument.MerhavPage, Provenance.Default, SourceDocument.Newsletter2012);
    }
}
