using System.CommandLine;
using Alka.Cli.Commands;
using Alka.Cli.Output;

namespace Alka.Cli.Tests.Commands;

/// <summary>
/// <c>--format</c> of every command: help names the formats as they are typed (the command's own, the default first), and
/// exactly those are accepted.
/// </summary>
public sealed class FormatOptionTests
{
    public static TheoryData<string[], string[]> Commands => new()
    {
        { ["authorities"], ["table", "csv", "json"] },
        { ["budget", "digital-leaders-government", "--participants", "34"], ["table", "csv", "json"] },
        { ["calendar", "--from", "2026-09-11", "--to", "2026-09-11"], ["table", "csv", "json"] },
        { ["catalog", "list"], ["table", "csv"] },
        { ["catalog", "show", "merhav"], ["table", "csv", "json"] },
        { ["catalog", "export"], ["json"] },
        { ["days", "--from", "2026-09-11", "--to", "2026-09-11"], ["table", "csv", "json"] },
        { ["plan", "merhav", "--from", "2026-10-01", "--to", "2027-03-31"], ["table", "csv", "json", "ics"] },
        { ["select", "merhav", "--candidates", "candidates.csv"], ["table", "csv", "json"] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Help_NamesTheCommandsFormatsAsTypedWithTheDefault(string[] command, string[] formats)
    {
        var name = command.TakeWhile(word => !word.StartsWith('-')).Take(command[0] == "catalog" ? 2 : 1).ToArray();

        var run = Cli.Run([.. name, "--help"]);

        run.Status.Should().Be(0);
        var line = run.OutputLines.Single(l => l.TrimStart().StartsWith("--format", StringComparison.Ordinal)).Trim();
        line.Should().MatchRegex($@"^--format <{string.Join(@"\|", formats)}> +Output format: {formats[0]}")
            .And.NotContain("[default:");
        if (formats.Length > 1)
        {
            line.Should().EndWith($"Output format: {formats[0]} (default), {string.Join(", ", formats[1..])}");
        }
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Parse_AcceptsExactlyTheFormatsHelpNames(string[] command, string[] formats)
    {
        foreach (var format in Enum.GetValues<OutputFormat>().Select(f => Domain.Ids.ToId(f)).Append("Table"))
        {
            var errors = AlkaCommandLine.CreateRoot().Parse([.. command, "--format", format]).Errors;

            errors.Select(e => e.Message).Should().Equal(
                formats.Contains(format) ? [] : [$"--format: '{format}' is not one of {string.Join(", ", formats)}."], format);
        }
    }

    [Fact]
    public void ValueOf_WithoutTheOption_IsTheFirstFormat()
    {
        var option = new FormatOption(OutputFormat.Json, OutputFormat.Csv);
        var command = new RootCommand { option };

        option.ValueOf(command.Parse([])).Should().Be(OutputFormat.Json);
        option.ValueOf(command.Parse(["--format", "csv"])).Should().Be(OutputFormat.Csv);
    }
}
