namespace Alka.Domain.Tests.Support;

public class TestDataTests
{
    [Fact]
    public void ParseCsv_QuotedFieldsWithCommasQuotesAndLineBreaks_AreOneFieldEach()
    {
        var records = TestData.ParseCsv("a,\"b,c\",\"d\"\"e\"\n\"f\ng\",,h\n");

        records.Should().HaveCount(2);
        records[0].Should().Equal("a", "b,c", "d\"e");
        records[1].Should().Equal("f\ng", "", "h");
    }

    [Fact]
    public void ReadFixture_HebrewDates_ReadsEveryDayOf2000To2040()
    {
        var rows = TestData.ReadCsv("calendars/hebrew-dates.csv");

        rows.Should().HaveCount(14976);
        rows[0]["gregorian_date"].Should().Be("2000-01-01");
        rows[^1]["gregorian_date"].Should().Be("2040-12-31");
    }
}
