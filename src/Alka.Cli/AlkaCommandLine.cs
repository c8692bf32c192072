using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Reflection;
using Alka.Cli.Commands;
using Alka.Cli.Output;

namespace Alka.Cli;

/// <summary>
/// The <c>alka</c> command line: builds the command tree and runs one invocation against the given streams, so that
/// tests drive it in-process exactly as a shell does.
/// </summary>
/// <remarks>
/// Whatever happens, an invocation ends with an exit status and at most one line per problem on standard error:
/// bad input is <see cref="BadInput"/>; a failed write (a full disk, a closed pipe or stream) and any bug are
/// <see cref="Bug"/> with one line saying what failed, never a stack trace.
/// </remarks>
internal static class AlkaCommandLine
{
    /// <summary>Exit status for success.</summary>
    public const int Success = 0;

    /// <summary>Exit status for a bug or a failed write.</summary>
    public const int Bug = 1;

    /// <summary>Exit status for bad input: an unknown id, an unparsable value, an invalid file, a forbidden request.</summary>
    public const int BadInput = 2;

    /// <summary>The package version, e.g. <c>0.1.0-preview</c> (without the source revision).</summary>
    public static string Version { get; } =
        typeof(AlkaCommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];

    // Response files (@FILE) are off: an argument is what it says, never a file read in its place.
    private static readonly ParserConfiguration Parsing = new() { ResponseFileTokenReplacer = null };

    /// <summary>Builds the root command with every subcommand.</summary>
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("alka — the Alka Institute's programs, forums and Israeli calendar, from the command line.")
        {
            AuthoritiesCommand.Create(),
            BudgetCommand.Create(),
            CalendarCommand.Create(),
            CatalogCommand.Create(),
            DaysCommand.Create(),
            PlanCommand.Create(),
            SelectCommand.Create(),
        };

        // No directives ([suggest], [diagram]): an argument in brackets is an argument.
        root.Directives.Clear();

        // The default prints the entry assembly's version, which is not ours when alka runs inside another host.
        root.Options.OfType<VersionOption>().Single().Action = new PrintVersion();
        return root;
    }

    /// <summary>
    /// Parses and runs <paramref name="args"/>, writing to <paramref name="output"/> and <paramref name="error"/>.
    /// Bad input prints one line per problem to <paramref name="error"/> and nothing to <paramref name="output"/>.
    /// </summary>
    /// <returns>The exit status: <see cref="Success"/>, <see cref="BadInput"/> or <see cref="Bug"/>.</returns>
    public static int Run(string[] args, Stream output, Stream error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        using var errors = new ErrorWriter(error);
        using var outputWriter = new OutputWriter(output, "standard output");
        try
        {
            var status = Invoke(args, outputWriter, errors);
            outputWriter.Flush();
            return status;
        }
        catch (OutputFailedException e)
        {
            errors.Line($"alka: {e.Message}");
            return Bug;
        }
        catch (Exception e)
        {
            errors.Line($"alka: internal error, please report it: {e.GetType().Name}: {e.Message}");
            return Bug;
        }
        finally
        {
            errors.Flush();
        }
    }

    private static int Invoke(string[] args, OutputWriter output, ErrorWriter errors)
    {
        var parseResult = CreateRoot().Parse(args, Parsing);

        // With no directive defined, the parser still takes a leading [word] for one, and drops it.
        var problems = parseResult.Errors.Select(parseError => parseError.Message)
            .Concat(parseResult.Tokens
                .Where(token => token.Type == TokenType.Directive)
                .Select(token => $"Unrecognized command or argument '{token.Value}'."))
            .ToList();
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                errors.Line($"alka: {problem}");
            }

            return BadInput;
        }

        return parseResult.Invoke(new InvocationConfiguration
        {
            Output = output,
            Error = errors,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        });
    }

    private sealed class PrintVersion : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.Output().Write(Version + "\n");
            return Success;
        }
    }
}
