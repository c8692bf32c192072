using System.Text.RegularExpressions;
using Alka.Domain.Calendar;
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

        var printed = new Dictionary<string, string>
        {
            ["day.HebrewDate"] = day.HebrewDate.ToString(),
            ["day.HebrewDate.ToHebrewString()"] = day.HebrewDate.ToHebrewString(),
            ["day.Observances[0].Id"] = day.Observances[0].Id,
            ["day.Standing"] = day.Standing.ToString(),
            ["range.ValidationErrors.Single().ErrorCode"] = range.ValidationErrors.Single().ErrorCode,
            ["forum.Value.Judge(new LocalDate(2027, 5, 11))"] = forum.Value.Judge(new LocalDate(2027, 5, 11)).ToString(),
        };

        var readme = File.ReadAllText(Path.Combine(TestData.RepositoryRoot, "README.md"));
        var lines = WriteLine().Matches(readme).ToDictionary(m => m.Groups["expression"].Value, m => m.Groups["comment"].Value.Trim());
        lines.Keys.Should().BeEquivalentTo(printed.Keys, "every line the README prints is checked here");
        foreach (var (expression, value) in printed)
        {
            lines[expression].Should().StartWith(value, $"the README says what {expression} prints");
        }
    }

    [GeneratedRegex(@"Console\.WriteLine\((?<expression>.+?)\);\s*//(?<comment>[^\n]*)")]
    private static partial Regex WriteLine();
}
