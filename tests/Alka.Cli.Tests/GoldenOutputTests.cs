namespace Alka.Cli.Tests;

/// <summary>The streaming writers write the same bytes as the tool did before them (<c>Golden/README.md</c>).</summary>
public class GoldenOutputTests
{
    private const string AllCommunities = "jewish,muslim,christian-western,christian-orthodox,druze";

    public static TheoryData<string, string[]> Outputs => new()
    {
        { "days.txt", ["days", "--from", "2027-03-01", "--to", "2027-06-10", "--communities", AllCommunities] },
        { "days.csv", ["days", "--from", "2027-03-01", "--to", "2027-06-10", "--communities", AllCommunities, "--format", "csv"] },
        { "days.json", ["days", "--from", "2027-03-01", "--to", "2027-06-10", "--communities", AllCommunities, "--format", "json"] },
        { "calendar.txt", ["calendar", "--from", "2026-09-01", "--to", "2026-10-31"] },
        { "calendar.csv", ["calendar", "--from", "2026-09-01", "--to", "2026-10-31", "--format", "csv"] },
        { "calendar.json", ["calendar", "--from", "2026-09-01", "--to", "2026-10-31", "--format", "json"] },
        { "catalog-list.txt", ["catalog", "list"] },
        { "catalog-show.txt", ["catalog", "show", "district-managers-forum"] },
    };

    [Theory]
    [MemberData(nameof(Outputs))]
    public void Output_IsTheGoldenBytes(string golden, string[] args)
    {
        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", golden));

        var run = Cli.Run(args);

        (run.Status, run.Error).Should().Be((0, ""));
        run.Output.Should().Be(expected);
    }
}
