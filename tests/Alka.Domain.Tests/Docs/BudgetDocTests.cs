using System.Globalization;
using System.Text.RegularExpressions;
using Alka.Domain.Budget;

namespace Alka.Domain.Tests.Docs;

/// <summary>The tables of <c>docs/budget.md</c> say what the library does.</summary>
public partial class BudgetDocTests
{
    private static readonly string Page = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "budget.md"));

    private static readonly BudgetBand DigitalLeaders = BudgetBand.Create(
        BudgetPoint.Of(25, 3_000_000m), BudgetPoint.Of(40, 4_000_000m), "steering-committee", Sources.SourceDocument.DigitalLeadersPage).Value;

    [Fact]
    public void BandTable_EveryCount_IsWhatExpectedForGives()
    {
        var rows = BandRow().Matches(Page);
        rows.Select(r => int.Parse(r.Groups["n"].Value, CultureInfo.InvariantCulture)).Should().Equal(Enumerable.Range(25, 16));
        foreach (Match row in rows)
        {
            var cost = DigitalLeaders.ExpectedFor(int.Parse(row.Groups["n"].Value, CultureInfo.InvariantCulture)).Value;
            ("₪" + row.Groups["total"].Value).Should().Be(cost.Total.ToString());
            ("₪" + row.Groups["each"].Value).Should().Be(cost.PerParticipant.ToString());
        }
    }

    [Fact]
    public void FormatTable_EveryForm_IsWhatToStringWrites()
    {
        var rows = FormatRow().Matches(Page);
        rows.Should().HaveCount(4);
        foreach (Match row in rows)
        {
            var format = Enum.Parse<MoneyFormat>(row.Groups["format"].Value);
            Money.Of(3_466_666.67m).ToString(format).Should().Be(row.Groups["positive"].Value);
            Money.Of(-1_234.50m).ToString(format).Should().Be(row.Groups["negative"].Value);
            Money.Of(-1_234.50m).ToString(row.Groups["letter"].Value, null).Should().Be(row.Groups["negative"].Value);
        }
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "Alka.Domain.sln")))
        {
            dir = dir.Parent;
        }

        return dir.FullName;
    }

    [GeneratedRegex(@"^\| (?<n>\d+) \| (?<total>[\d,.]+) \| (?<each>[\d,.]+) \|$", RegexOptions.Multiline)]
    private static partial Regex BandRow();

    [GeneratedRegex(@"^\| `(?<format>\w+)` \| `(?<letter>\w)`[^|]* \| `(?<positive>[^`]+)` \| `(?<negative>[^`]+)` \|", RegexOptions.Multiline)]
    private static partial Regex FormatRow();
}
