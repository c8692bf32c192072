using Alka.Domain.Budget;
using Alka.Domain.Sources;
using Alka.Domain.Tests.Support;

namespace Alka.Domain.Tests.Budget;

public class BudgetBandTests
{
    private static readonly BudgetBand DigitalLeaders =
        BudgetBand.Create(BudgetPoint.Of(25, 3_000_000m), BudgetPoint.Of(40, 4_000_000m), "steering-committee", SourceDocument.DigitalLeadersPage).Value;

    [Theory]
    [InlineData(24, false)]
    [InlineData(25, true)]
    [InlineData(40, true)]
    [InlineData(41, false)]
    public void Contains_TheBandsGroupSizes(int participants, bool inside) => DigitalLeaders.Contains(participants).Should().Be(inside);

    [Fact]
    public void Participants_IsTheRangeOfTheBand() => DigitalLeaders.Participants.Should().Be(CountRange.Between(25, 40));

    [Fact]
    public void Create_UpperPointNotAboveLower_IsRejected() =>
        BudgetBand.Create(BudgetPoint.Of(40, 4_000_000m), BudgetPoint.Of(25, 3_000_000m), "steering-committee", SourceDocument.DigitalLeadersPage)
            .Should().HaveError("upper", BudgetErrors.BandOrder);

    [Fact]
    public void BudgetPoint_NotPositive_Throws() =>
        FluentActions.Invoking(() => BudgetPoint.Of(25, 0m)).Should().Throw<ArgumentOutOfRangeException>();

    [Fact]
    public void ToString_SaysTheBandPerCohort() => DigitalLeaders.ToString().Should().Be("3000000 ILS for 25 to 4000000 ILS for 40 per cohort");

    [Fact]
    public void Equality_IsByValue() =>
        EqualityContract.Check(DigitalLeaders, BudgetBand.Create(BudgetPoint.Of(25, 3_000_000m), BudgetPoint.Of(40, 4_000_000m), "steering-committee", SourceDocument.DigitalLeadersPage).Value,
            BudgetBand.Create(BudgetPoint.Of(25, 3_000_000m), BudgetPoint.Of(40, 4_500_000m), "steering-committee", SourceDocument.DigitalLeadersPage).Value);
}
