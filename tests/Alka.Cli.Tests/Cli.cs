using System.Text;

namespace Alka.Cli.Tests;

/// <summary>Runs <c>alka</c> in-process, as a shell would, and captures the bytes it writes.</summary>
internal static class Cli
{
    public static CliRun Run(params string[] args)
    {
        using var output = new MemoryStream();
        using var error = new MemoryStream();
        var status = AlkaCommandLine.Run(args, output, error);
        return new CliRun(status, Utf8(output), Utf8(error));
    }

    /// <summary>Runs <c>alka</c> against streams of the caller's (a stream that fails, one that counts).</summary>
    public static (int Status, string Error) Run(Stream output, params string[] args)
    {
        using var error = new MemoryStream();
        var status = AlkaCommandLine.Run(args, output, error);
        return (status, Utf8(error));
    }

    // Strict: a byte that is not UTF-8 fails the test instead of becoming U+FFFD.
    private static string Utf8(MemoryStream stream) =>
        new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(stream.GetBuffer(), 0, (int)stream.Length);
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
        Error.Should().EndWith("\n");
    }
}
