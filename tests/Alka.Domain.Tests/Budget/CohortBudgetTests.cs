using Alka.Domain.Budget;
using Alka.Domain.Governance;
using Alka.Domain.Programs;
using Alka.Domain.Tests.Support;
using Alka.Domain.Validation;
using CsCheck;
using NodaTime;

namespace Alka.Domain.Tests.Budget;

/// <summary>Every rule of the Budget table of the contract, kept and broken, with the rule's id.</summary>
public class CohortBudgetTests
{
    private static readonly InstituteProgram Government = BuiltInCatalog.Instance.Find("digital-leaders-government")!;

    private static readonly LocalDate On = new(2026, 11, 29);

    private static readonly BudgetDecision Steering = BudgetDecision.Create("steering-committee", On, "minutes of meeting 12").Value;

    // ₪3,600,000.00, the expected total of 34 participants, with a reserve of exactly 10%.
    private static BudgetLine[] Lines(decimal venues = 900_000m, decimal reserve = 360_000m) =>
    [
        Line("program staff", BudgetCategory.Staff, 900_000m),
        Line("facilitators", BudgetCategory.Facilitation, 540_000m),
        Line("guest houses", BudgetCategory.Venues, venues),
        Line("study tour", BudgetCategory.StudyTour, 400_000m),
        Line("lecturers", BudgetCategory.Lecturers, 500_000m),
        Line("reserve", BudgetCategory.Reserve, reserve),
    ];

    private static BudgetLine Line(string name, BudgetCategory category, decimal amount) =>
        BudgetLine.Create(name, category, Money.Of(amount)).Value;

    [Fact]
    public void Create_TheExpectedTotalInLines_KeepsEveryRule()
    {
        var budget = CohortBudget.Create(Government, 34, Lines()).Value;

        budget.Total.Should().Be(Money.Of(3_600_000m));
        budget.Expected.Total.Should().Be(Money.Of(3_600_000m));
        budget.Expected.PerParticipant.Should().Be(Money.Of(105_882.35m));
        budget.Findings.Should().BeEmpty("a reserve of exactly 10% is not above 10%");
        budget.Shares.Sum().Should().Be(1.0000m);
        budget.Shares[0].Should().Be(0.25m);
        budget.Approval.Should().BeNull();
    }

    // band-range
    [Theory]
    [InlineData(25, 3_000_000)]
    [InlineData(40, 4_000_000)]
    public void Create_BandRange_TheBandsEnds_AreInside(int participants, decimal total) =>
        CohortBudget.Create(Government, participants, [Line("all", BudgetCategory.Other, total)]).IsSuccess.Should().BeTrue();

    [Theory]
    [InlineData(24)]
    [InlineData(41)]
    public void Create_BandRange_OutsideWithoutException_IsBandRange(int participants) =>
        CohortBudget.Create(Government, participants, Lines(), new() { Tolerance = 0.5m }).Should().HaveError("participants", BudgetRules.BandRange);

    [Fact]
    public void Create_BandRange_OutsideWithAnExceptionOfTheSteeringCommittee_IsAllowedAndRecorded()
    {
        var exception = BudgetDecision.Create("steering-committee", On, "a second ministry joined").Value;

        var budget = CohortBudget.Create(Government, 42, Lines(venues: 1_033_333.33m), new() { BandException = exception }).Value;

        budget.BandException.Should().Be(exception);
        budget.Expected.Total.Should().Be(Money.Of(4_133_333.33m), "the band's line continues: 3,000,000 + 17 × 1,000,000 / 15");
    }

    [Fact]
    public void Create_BandRange_AnExceptionOfABodyWithoutTheBudgetPower_IsBandRange()
    {
        var exception = BudgetDecision.Create("management-team", On, "we said so").Value;

        CohortBudget.Create(Government, 42, Lines(), new() { BandException = exception })
            .Should().HaveError("bandException.body", BudgetRules.BandRange);
    }

    [Fact]
    public void Create_BandRange_AnExceptionOfAnUnknownBody_IsUnknownReference() =>
        CohortBudget.Create(Government, 42, Lines(), new() { BandException = BudgetDecision.Create("knesset", On, "x").Value })
            .Should().HaveError("bandException.body", CommonErrors.UnknownReference);

    // band-deviation
    [Theory]
    [InlineData(3_240_000.00, true)]
    [InlineData(3_239_999.99, false)]
    [InlineData(3_960_000.00, true)]
    [InlineData(3_960_000.01, false)]
    public void Create_BandDeviation_TenPercentEitherWay_ToTheAgora(decimal total, bool within)
    {
        var result = CohortBudget.Create(Government, 34, Lines(venues: 900_000m + (total - 3_600_000m)));

        if (within)
        {
            result.IsSuccess.Should().BeTrue();
        }
        else
        {
            result.Should().HaveError("lines", BudgetRules.BandDeviation);
            result.ValidationErrors.Should().ContainSingle();
        }
    }

    [Fact]
    public void Create_BandDeviation_TheToleranceIsTheCallers()
    {
        var lines = Lines(venues: 1_000_000m);

        CohortBudget.Create(Government, 34, lines, new() { Tolerance = 0.02m }).Should().HaveError("lines", BudgetRules.BandDeviation);
        CohortBudget.Create(Government, 34, lines, new() { Tolerance = 0.03m }).IsSuccess.Should().BeTrue();
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1)]
    public void Create_AToleranceOutsideZeroToOne_IsOutOfRange(decimal tolerance) =>
        CohortBudget.Create(Government, 34, Lines(), new() { Tolerance = tolerance }).Should().HaveError("tolerance", CommonErrors.OutOfRange);

    // lines-sum
    [Fact]
    public void Create_LinesSum_LinesThatSumToTheStatedTotal_Pass() =>
        CohortBudget.Create(Government, 34, Lines(), new() { StatedTotal = Money.Of(3_600_000m) }).IsSuccess.Should().BeTrue();

    [Fact]
    public void Create_LinesSum_AnAgoraShort_IsLinesSum() =>
        CohortBudget.Create(Government, 34, Lines(), new() { StatedTotal = Money.Of(3_600_000.01m) }).Should().HaveError("lines", BudgetRules.LinesSum);

    [Fact]
    public void Allocate_LinesSum_TheTotalOverTheLinesWeights_SumsExactly()
    {
        var lines = BudgetLine.Allocate(Money.Of(3_600_000m), [Line("a", BudgetCategory.Staff, 1), Line("b", BudgetCategory.Content, 1), Line("c", BudgetCategory.Reserve, 1)]).Value;

        lines.Select(l => l.Amount).Should().Equal(Money.Of(1_200_000m), Money.Of(1_200_000m), Money.Of(1_200_000m));
        BudgetLine.Allocate(Money.Of(100m), [Line("a", BudgetCategory.Staff, 1), Line("b", BudgetCategory.Content, 1), Line("c", BudgetCategory.Other, 1)]).Value
            .Select(l => l.Amount).Should().Equal(Money.Of(33.34m), Money.Of(33.33m), Money.Of(33.33m));
    }

    [Fact]
    public void Allocate_NoLinesOrOnlyZeroes_AreErrors()
    {
        BudgetLine.Allocate(Money.Of(1m), []).Should().HaveError("lines", BudgetErrors.AllocationNoShares);
        BudgetLine.Allocate(Money.Of(1m), [Line("a", BudgetCategory.Staff, 0)]).Should().HaveError("lines", BudgetErrors.AllocationZeroWeights);
        BudgetLine.Allocate(Money.Of(-1m), [Line("a", BudgetCategory.Staff, 1)]).Should().HaveError("total", CommonErrors.OutOfRange);
    }

    [Fact]
    public void Allocate_Property_LinesAlwaysSumToTheTotalAndKeepTheirOrder()
    {
        var weights = Gen.Long[0, 1_000_000_000_000].Array[1, 30].Where(w => w.Any(x => x > 0));
        Gen.Select(Gen.Long[0, 99_999_999_999_999_999], weights).Sample((total, w) =>
        {
            var lines = w.Select((x, i) => new { x, i }).Select(p => Line($"line {p.i}", BudgetCategory.Other, p.x / 100m)).ToList();
            var allocated = BudgetLine.Allocate(Money.FromAgorot(total), lines).Value;
            allocated.Sum(l => l.Amount.Agorot).Should().Be(total);
            allocated.Select(l => l.Name).Should().Equal(lines.Select(l => l.Name));
        });
    }

    // approval-authority
    [Fact]
    public void Approve_ApprovalAuthority_TheSteeringCommittee_Approves()
    {
        var approved = CohortBudget.Create(Government, 34, Lines()).Value.Approve(Steering).Value;

        approved.Approval.Should().Be(Steering);
    }

    [Theory]
    [InlineData("management-team")]
    [InlineData("program-team")]
    public void Approve_ApprovalAuthority_ABodyWithoutTheBudgetPower_IsApprovalAuthority(string body) =>
        CohortBudget.Create(Government, 34, Lines()).Value.Approve(BudgetDecision.Create(body, On, "x").Value)
            .Should().HaveError("approval.body", BudgetRules.ApprovalAuthority);

    [Fact]
    public void Approve_AnUnknownBody_IsUnknownReference() =>
        CohortBudget.Create(Government, 34, Lines()).Value.Approve(BudgetDecision.Create("knesset", On, "x").Value)
            .Should().HaveError("approval.body", CommonErrors.UnknownReference);

    [Fact]
    public void Approve_TwiceIsAnError_TheFirstApprovalStands()
    {
        var approved = CohortBudget.Create(Government, 34, Lines()).Value.Approve(Steering).Value;

        approved.Approve(Steering).Should().HaveError("approval", BudgetErrors.AlreadyApproved);
        approved.Approval.Should().Be(Steering);
    }

    [Fact]
    public void Today_TheDateInIsrael_ByTheInjectedClock()
    {
        // 22:30 UTC on 28 November is 00:30 on 29 November in Israel (UTC+2 in winter).
        var clock = new FixedClock(Instant.FromUtc(2026, 11, 28, 22, 30));

        BudgetDecision.Today("steering-committee", "r", clock).Value.On.Should().Be(On);
    }

    [Fact]
    public void BudgetDecision_Create_ChecksTheBodyAndTheReason()
    {
        BudgetDecision.Create("Steering Committee", On, "x").Should().HaveError("body", CommonErrors.InvalidId);
        BudgetDecision.Create("steering-committee", On, " ").Should().HaveError("reason", CommonErrors.Required);
    }

    // reserve-share
    [Fact]
    public void Create_ReserveShare_AboveTenPercent_IsASoftFindingWithTheNumbers()
    {
        var budget = CohortBudget.Create(Government, 34, Lines(venues: 899_999.99m, reserve: 360_000.01m)).Value;

        var finding = budget.Findings.Should().ContainSingle().Subject;
        finding.Rule.Should().Be(BudgetRules.ReserveShare);
        finding.Strength.Should().Be(RuleStrength.Soft);
        finding.Identifier.Should().Be("lines[5]");
        finding.Amount.Should().Be(Money.Of(360_000.01m));
        finding.Limit.Should().Be(Money.Of(360_000m));
    }

    [Fact]
    public void Create_ReserveShare_SeveralReserveLinesCountTogether()
    {
        BudgetLine[] lines = [.. Lines(reserve: 200_000m), Line("contingency", BudgetCategory.Reserve, 200_000m)];

        CohortBudget.Create(Government, 34, lines).Value.Findings.Should().ContainSingle()
            .Which.Identifier.Should().Be("lines");
    }

    // the other problems
    [Fact]
    public void Create_AProgramWithoutABand_IsNoBand() =>
        CohortBudget.Create(BuiltInCatalog.Instance.Find("district-managers-forum")!, 34, Lines()).Should().HaveError("program", BudgetErrors.NoBand);

    [Fact]
    public void Create_ListsEveryProblemOfTheLines()
    {
        var result = CohortBudget.Create(Government, 0, [Line("a", BudgetCategory.Staff, 1), Line("a", BudgetCategory.Staff, 1)]);

        result.Should().HaveError("participants", CommonErrors.OutOfRange).And.HaveError("lines[1]", CommonErrors.DuplicateId);
        CohortBudget.Create(Government, 34, []).Should().HaveError("lines", CommonErrors.Required);
    }

    [Fact]
    public void BudgetLine_Create_ChecksEveryMember()
    {
        var result = BudgetLine.Create(" ", (BudgetCategory)99, Money.Of(-1m));

        result.Should().HaveError("name", CommonErrors.Required).And.HaveError("category", CommonErrors.Undefined).And.HaveError("amount", CommonErrors.OutOfRange);
    }

    [Fact]
    public void Property_ATotalWithinTheTolerance_IsAcceptedExactlyWhenWithinTenPercent()
    {
        Gen.Select(Gen.Int[25, 40], Gen.Long[0, 1_000_000_000]).Sample((participants, agorot) =>
        {
            var expected = Government.Budget!.ExpectedFor(participants).Value.Total;
            var result = CohortBudget.Create(Government, participants, [BudgetLine.Create("all", BudgetCategory.Other, Money.FromAgorot(agorot)).Value]);
            var within = Math.Abs(agorot - expected.Agorot) * 10 <= expected.Agorot;
            result.IsSuccess.Should().Be(within);
        });
    }

    [Fact]
    public void Property_SharesSumToOneAndEachIsWithinABasisPointOfItsExactShare()
    {
        // Any proportions, shared out of the expected total by BudgetLine.Allocate, so that the budget keeps every rule.
        var weights = Gen.Long[0, 100_000_000_000].Array[1, 20].Where(a => a.Any(x => x > 0));
        weights.Sample(w =>
        {
            var drafts = w.Select((x, i) => BudgetLine.Create($"line {i}", BudgetCategory.Other, Money.FromAgorot(x)).Value).ToList();
            var lines = BudgetLine.Allocate(Money.Of(3_600_000m), drafts).Value;
            var budget = CohortBudget.Create(Government, 34, lines, new() { StatedTotal = Money.Of(3_600_000m) }).Value;

            budget.Shares.Sum().Should().Be(1.0000m);
            for (var i = 0; i < lines.Count; i++)
            {
                Math.Abs(budget.Shares[i] - (lines[i].Amount.Amount / 3_600_000m)).Should().BeLessThan(0.0001m);
            }
        });
    }

    [Fact]
    public void Approve_EveryBodyOfEveryBandedProgram_ApprovesExactlyWhenItHoldsTheBudgetPower()
    {
        foreach (var program in BuiltInCatalog.Instance.Programs.Where(p => p.Budget is not null))
        {
            var budget = CohortBudget.Create(program, 34, Lines()).Value;
            foreach (var body in program.Governance.Bodies)
            {
                var approved = budget.Approve(BudgetDecision.Create(body.Id, On, "x").Value);
                approved.IsSuccess.Should().Be(body.Holds(Power.Budget), "{0} of {1}", body.Id, program.Id);
            }
        }
    }

    [Fact]
    public void Rollups_PerProgramAndPerYear()
    {
        var local = BuiltInCatalog.Instance.Find("digital-leaders-local")!;
        var a = CohortBudget.Create(Government, 34, Lines(), new() { Year = 2027 }).Value;
        var b = CohortBudget.Create(Government, 25, [Line("all", BudgetCategory.Other, 3_000_000m)], new() { Year = 2026 }).Value;
        var c = CohortBudget.Create(local, 30, [Line("all", BudgetCategory.Other, 3_333_333.33m)], new() { Year = 2027 }).Value;

        var byProgram = BudgetRollup.ByProgram([a, b, c]);
        byProgram.Select(r => r.ProgramId).Should().Equal("digital-leaders-government", "digital-leaders-local");
        byProgram[0].Cohorts.Should().Be(2);
        byProgram[0].Participants.Should().Be(59);
        byProgram[0].Total.Should().Be(Money.Of(6_600_000m));
        byProgram[0].PerParticipant.Should().Be(Money.Of(111_864.41m), "6,600,000 / 59 = 111,864.406…");

        var byYear = BudgetRollup.ByYear([a, b, c]).Value;
        byYear.Select(r => r.Year).Should().Equal(2026, 2027);
        byYear[1].Total.Should().Be(Money.Of(6_933_333.33m));
        byYear[1].Expected.Should().Be(Money.Of(6_933_333.33m));

        var noYear = CohortBudget.Create(Government, 34, Lines()).Value;
        BudgetRollup.ByYear([a, noYear]).Should().HaveError("budgets[1].year", CommonErrors.Required);
    }
}

internal sealed class FixedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}
