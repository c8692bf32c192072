using System.Text;
using Alka.Domain.Serialization;
using Alka.Domain.Validation;
using CsCheck;

namespace Alka.Domain.Tests.Serialization;

public class CsvTextTests
{
    private static readonly string[] Columns = ["a", "b"];

    [Fact]
    public void Read_QuotedFields_HoldCommasQuotesAndLineBreaks()
    {
        var csv = Read("\uFEFFb,a\r\n\"x, \"\"y\"\"\r\nz\",\"\"\n1,2\n\n\n")!;

        csv.LastRow.Should().Be(3);
        Fields(csv, 2).Should().Equal("", "x, \"y\"\r\nz");
        Fields(csv, 3).Should().Equal("2", "1");
    }

    [Fact]
    public void Fields_AnEmptyLineBeforeTheEnd_IsARowOfOneField()
    {
        var problems = new Problems();
        var csv = CsvText.Read("a,b\n\n1,2\n", Columns, "a test file", problems)!;

        csv.Fields(2, problems).Should().BeNull();
        problems.Errors.Select(e => (e.Identifier, e.ErrorCode)).Should().Equal(("row 2", SerializationErrors.CsvFieldCount));
    }

    [Theory]
    [InlineData("", "The file is empty")]
    [InlineData("a\n", "'b'")]
    [InlineData("a,b,c\n", "'c'")]
    [InlineData("a,b,a\n", "'a'")]
    public void Read_AHeaderWithoutEachColumnOnce_IsCsvHeader(string text, string named)
    {
        var problems = new Problems();

        CsvText.Read(text, Columns, "a test file", problems).Should().BeNull();
        problems.Errors.Should().ContainSingle().Which.Should().Match<Ardalis.Result.ValidationError>(
            e => e.Identifier == CsvText.HeaderIdentifier && e.ErrorCode == SerializationErrors.CsvHeader && e.ErrorMessage.Contains(named));
    }

    [Theory]
    [InlineData("a,b\n1,\"2\n", "row 2")]
    [InlineData("a,b\n\"1\nx\",2\n\"3\"4,5\n", "row 3")]
    [InlineData("a,b\n1,2\"\n", "row 2")]
    [InlineData("a,b\r1,2\n", "row 1")]
    [InlineData("a,b\n1,2\r", "row 2")]
    public void Read_NotCsv_IsCsvMalformedAtTheRecord(string text, string row)
    {
        var problems = new Problems();

        CsvText.Read(text, Columns, "a test file", problems).Should().BeNull();
        problems.Errors.Select(e => (e.Identifier, e.ErrorCode)).Should().Equal((row, SerializationErrors.CsvMalformed));
    }

    [Fact]
    public void Read_AnyTableWrittenQuoted_ReadsBackEveryField()
    {
        var field = Gen.Char["a ,\"\r\n\u05D0"].Array[0, 6].Select(c => new string(c));
        var table = Gen.Int[2, 4].SelectMany(n => field.Array[n].Array[0, 5].Select(rows => (n, rows)));
        table.Sample(t =>
        {
            var columns = Enumerable.Range(0, t.n).Select(i => "c" + i).ToArray();
            var text = new StringBuilder(string.Join(',', columns)).Append("\r\n");
            foreach (var row in t.rows)
            {
                text.AppendJoin(',', row.Select(f => "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")).Append('\n');
            }

            var problems = new Problems();
            var csv = CsvText.Read(text.ToString(), columns, "a test file", problems)!;
            problems.Any.Should().BeFalse();
            csv.LastRow.Should().Be(t.rows.Length + 1);
            for (var r = 0; r < t.rows.Length; r++)
            {
                csv.Fields(r + 2, problems).Should().Equal(t.rows[r]);
            }
        });
    }

    [Fact]
    public void RowAndCell_NameTheRowAndTheColumn()
    {
        CsvText.Row(7).Should().Be("row 7");
        CsvText.Cell(7, "amount_ils").Should().Be("row 7, amount_ils");
    }

    private static CsvText? Read(string text)
    {
        var problems = new Problems();
        var csv = CsvText.Read(text, Columns, "a test file", problems);
        problems.Any.Should().BeFalse();
        return csv;
    }

    private static string[] Fields(CsvText csv, int row)
    {
        var problems = new Problems();
        var fields = csv.Fields(row, problems)!;
        problems.Any.Should().BeFalse();
        return fields;
    }
}
