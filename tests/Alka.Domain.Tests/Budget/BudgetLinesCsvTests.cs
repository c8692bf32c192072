using Alka.Domain.Budget;
using Alka.Domain.Programs;
using Alka.Domain.Serialization;
using Alka.Domain.Tests.Support;
using Alka.Domain.Validation;

namespace Alka.Domain.Tests.Budget;

public class BudgetLinesCsvTests
{
    [Fact]
    public void Read_LinesAndAClosingTotal_ReadsEveryLine()
    {
        var lines = BudgetLinesCsv.Read("\uFEFFline,category,amount_ils\r\n\"staff, all\",staff,900000.00\r\nreserve,reserve,100000\r\ntotal,,1000000.00\r\n\r\n").Value;

        lines.Select(l => l.Name).Should().Equal("staff, all", "reserve");
        lines.Select(l => l.Category).Should().Equal(BudgetCategory.Staff, BudgetCategory.Reserve);
        lines.Select(l => l.Amount).Should().Equal(Money.Of(900_000m), Money.Of(100_000m));
    }

    [Fact]
    public void Read_ColumnsInAnyOrder_ReadsEachByItsName()
    {
        var lines = BudgetLinesCsv.Read("amount_ils,line,category\n900000.00,program staff,staff\n900000.00,total,\n").Value;

        lines.Select(l => (l.Name, l.Category, l.Amount)).Should().Equal(("program staff", BudgetCategory.Staff, Money.Of(900_000m)));
    }

    [Fact]
    public void Read_LinesSum_ATotalRowTheLinesMiss_IsLinesSumAtTheTotalRow() =>
        BudgetLinesCsv.Read("line,category,amount_ils\na,staff,1.00\nb,other,2.00\ntotal,,3.01\n").Should().HaveError("row 4", BudgetRules.LinesSum);

    [Fact]
    public void Read_ListsEveryProblemOfEveryRow()
    {
        var result = BudgetLinesCsv.Read("line,category,amount_ils\n,staff,1.00\na,food,1,000.00\nb,other,1.001\nc,other,-5.00\nd,other\ntotal,,1.00\ne,other,1.00\n");

        result.Should().HaveError("row 2, line", CommonErrors.Required)
            .And.HaveError("row 3", SerializationErrors.CsvFieldCount)
            .And.HaveError("row 4, amount_ils", BudgetErrors.MoneyTooPrecise)
            .And.HaveError("row 5, amount_ils", CommonErrors.OutOfRange)
            .And.HaveError("row 6", SerializationErrors.CsvFieldCount)
            .And.HaveError("row 7", SerializationErrors.CsvMalformed);
        BudgetLinesCsv.Read("line,category,amount_ils\na,food,1.00\n").Should().HaveError("row 2, category", CommonErrors.Undefined);
        BudgetLinesCsv.Read("line,category,amount_ils\na,staff,one\n").Should().HaveError("row 2, amount_ils", BudgetErrors.MoneyUnparsable);
    }

    [Fact]
    public void Read_LinesThatSumBeyondMoney_AreOutOfRangeNotAnException()
    {
        var text = "line,category,amount_ils\na,staff,999999999999999.99\nb,staff,999999999999999.99\ntotal,,1.00\n";

        BudgetLinesCsv.Read(text).Should().HaveError("row 4", BudgetErrors.MoneyOutOfRange);
        CohortBudget.Create(BuiltInCatalog.Instance.Find("digital-leaders-government")!, 34, BudgetLinesCsv.Read(text.Replace("total,,1.00\n", "", StringComparison.Ordinal)).Value)
            .Should().HaveError("lines", BudgetErrors.MoneyOutOfRange);
    }

    [Theory]
    [InlineData("")]
    [InlineData("name,category,amount\n")]
    public void Read_AWrongHeader_IsCsvHeader(string text) => BudgetLinesCsv.Read(text).Should().HaveError("header", SerializationErrors.CsvHeader);

    [Theory]
    [InlineData("line,category,amount_ils\n\"a,staff,1.00\n")]
    [InlineData("line,category,amount_ils\na\"b,staff,1.00\n")]
    [InlineData("line,category,amount_ils\n\"a\"b,staff,1.00\n")]
    public void Read_NotCsv_IsCsvMalformed(string text) => BudgetLinesCsv.Read(text).Should().HaveError("row 2", SerializationErrors.CsvMalformed);
}
