namespace Alka.Cli.Tests;

/// <summary>Runs <c>alka</c> in-process, as a shell would, and captures what it writes.</summary>
internal static class Cli
{
    public static CliRun Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var status = AlkaCommandLine.Run(args, output, error);
        return new CliRun(status, output.ToString(), error.ToString());
    }
}

/// <summary>The exit status and the text written to standard output and standard error.</summary>
internal sealed record CliRun(int Status, string Output, string Error)
{
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Exit 2, nothing on standard output, and exactly these lines on standard error.</summary>
    public void ShouldFailWith(params string[] errorLines)
    {
        Status.Should().Be(2);
        Output.Should().BeEmpty();
        ErrorLines.Should().Equal(errorLines);
    }
}
