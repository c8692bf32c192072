using Alka.Domain.Budget;

namespace Alka.Domain.Tests.Budget;

public class BudgetRulesTests
{
    [Fact]
    public void All_AreTheIdsOfTheContractsBudgetTable_InOrder() =>
        BudgetRules.All.Should().Equal("band-range", "band-expected", "band-deviation", "lines-sum", "approval-authority", "reserve-share");

    [Fact]
    public void OutsideBand_IsTheCodeOfTheBandRangeRule() => BudgetErrors.OutsideBand.Should().Be(BudgetRules.BandRange);
}
