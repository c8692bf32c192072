using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;
using Alka.Cli.Commands;

namespace Alka.Cli;

/// <summary>
/// The <c>alka</c> command line: builds the command tree and runs one invocation against the given writers,
/// so that tests drive it in-process exactly as a shell does.
/// </summary>
internal static class AlkaCommandLine
{
    /// <summary>Exit status for success.</summary>
    public const int Success = 0;

    /// <summary>Exit status for a bug (an unhandled exception).</summary>
    public const int Bug = 1;

    /// <summary>Exit status for bad input: an unknown id, an unparsable value, an invalid file, a forbidden request.</summary>
    public const int BadInput = 2;

    /// <summary>The package version, e.g. <c>0.1.0-preview</c> (without the source revision).</summary>
    public static string Version { get; } =
        typeof(AlkaCommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];

    /// <summary>Builds the root command with every subcommand.</summary>
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("alka — the Alka Institute's programs, forums and Israeli calendar, from the command line.")
        {
            CalendarCommand.Create(),
            CatalogCommand.Create(),
            DaysCommand.Create(),
            SelectCommand.Create(),
        };

        // The default prints the entry assembly's version, which is not ours when alka runs inside another host.
        root.Options.OfType<VersionOption>().Single().Action = new PrintVersion();
        return root;
    }

    /// <summary>
    /// Parses and runs <paramref name="args"/>. Parse errors print one line each to <paramref name="error"/> and
    /// return <see cref="BadInput"/>; standard output is written only when the command succeeds.
    /// </summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        var parseResult = CreateRoot().Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var parseError in parseResult.Errors)
            {
                error.WriteLine($"alka: {parseError.Message}");
            }

            return BadInput;
        }

        var buffered = new StringWriter { NewLine = "\n" };
        var status = parseResult.Invoke(new InvocationConfiguration { Output = buffered, Error = error });
        if (status == Success)
        {
            output.Write(buffered.ToString());
            output.Flush();
        }

        return status;
    }

    private sealed class PrintVersion : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Version);
            return Success;
        }
    }
}
