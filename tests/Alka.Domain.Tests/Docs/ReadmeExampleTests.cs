using System.Text.RegularExpressions;
using Alka.Domain.Calendar;
using Alka.Domain.Planning;
using Alka.Domain.Programs;
using Alka.Domain.Scheduling;
using Ardalis.Result;
using NodaTime;

namespace Alka.Domain.Tests.Docs;

/// <summary>The README's C# example runs here; the test also checks that the README still says what this code prints.</summary>
public partial class ReadmeExampleTests
{
    [Fact]
    public void Example_PrintsWhatTheReadmeSays()
    {
        var calendar = IsraeliCalendar.Default;
        var day = calendar.GetDay(new LocalDate(2026, 9, 11));
        var range = calendar.GetObservances(new LocalDate(2027, 1, 2), new LocalDate(2027, 1, 1));
        var forum = CommunityMix.Parse("jewish,muslim,christian-orthodox,druze")
            .Bind(mix => ForumCalendar.Create(new ForumCalendarOptions { Communities = mix }));
        var plan = Planner.Plan(new PlanningOptions
        {
            Program = BuiltInCatalog.Instance.Find("district-managers-forum")!,
            From = new LocalDate(2026, 9, 1),
            To = new LocalDate(2027, 8, 31),
        });

        var printed = new Dictionary<string, string>
        {
            ["day.HebrewDate"] = day.HebrewDate.ToString(),
            ["day.HebrewDate.ToHebrewString()"] = day.HebrewDate.ToHebrewString(),
            ["day.Observances[0].Id"] = day.Observances[0].Id,
            ["day.Standing"] = day.Standing.ToString(),
            ["range.ValidationErrors.Single().ErrorCode"] = range.ValidationErrors.Single().ErrorCode,
            ["forum.Value.Judge(new LocalDate(2027, 5, 11))"] = forum.Value.Judge(new LocalDate(2027, 5, 11)).ToString(),
            ["plan.Value.Meetings[0]"] = plan.Value.Meetings[0].ToString(),
            ["plan.Value.FindMeeting(\"south-01\")!.Considered[11]"] = plan.Value.FindMeeting("south-01")!.Considered[11].ToString(),
        };

        var readme = File.ReadAllText(Path.Combine(TestData.RepositoryRoot, "README.md"));
        var lines = WriteLine().Matches(readme).ToDictionary(m => m.Groups["expression"].Value, m => m.Groups["comment"].Value.Trim());
        lines.Keys.Should().BeEquivalentTo(printed.Keys, "every line the README prints is checked here");
        foreach (var (expression, value) in printed)
        {
            lines[expression].Should().StartWith(value, $"the README says what {expression} prints");
        }
    }

    [Fact]
    public void TwoCommands_ArePlanningTheDistrictManagersYearAndTheTests()
    {
        var readme = File.ReadAllText(Path.Combine(TestData.RepositoryRoot, "README.md"));
        var section = readme[readme.IndexOf("## The two commands", StringComparison.Ordinal)..readme.IndexOf("## Documentation", StringComparison.Ordinal)];

        CodeBlock().Matches(section).Select(m => m.Groups["code"].Value.Trim()).Take(2).Should().Equal(
            "dotnet run --project src/Alka.Cli -- plan district-managers-forum --from 2026-09-01 --to 2027-08-31",
            "dotnet test");
    }

    [GeneratedRegex(@"Console\.WriteLine\((?<expression>.+?)\);\s*//(?<comment>[^\n]*)")]
    private static partial Regex WriteLine();

    [GeneratedRegex(@"```\n(?<code>[^`]*)```")]
    private static partial Regex CodeBlock();
}
