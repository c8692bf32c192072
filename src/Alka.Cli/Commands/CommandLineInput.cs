using System.CommandLine;
using Alka.Cli.Output;
using Alka.Domain;
using Alka.Domain.Calendar;
using Ardalis.Result;
using NodaTime;
using NodaTime.Text;

namespace Alka.Cli.Commands;

/// <summary>What every command reads and how it reports bad input: one line per problem on standard error, exit 2.</summary>
internal static class CommandLineInput
{
    /// <summary>A required ISO date option, e.g. <c>--from</c>; an unparsable value is a parse error naming the option.</summary>
    public static Option<LocalDate> DateOption(string name, string description) =>
        new(name)
        {
            Description = description + " (YYYY-MM-DD)",
            Required = true,
            HelpName = "YYYY-MM-DD",
            CustomParser = argument =>
            {
                var text = argument.Tokens.Count == 0 ? "" : argument.Tokens[^1].Value;
                var parsed = LocalDatePattern.Iso.Parse(text);
                if (!parsed.Success)
                {
                    argument.AddError($"{name}: '{text}' is not a date (YYYY-MM-DD).");
                    return default;
                }

                return parsed.Value;
            },
        };

    /// <summary>
    /// The <c>--communities LIST</c> option: comma-separated community ids, <c>jewish</c> by default; each problem of
    /// the list is a parse error naming the option.
    /// </summary>
    public static Option<CommunityMix> CommunitiesOption() =>
        new("--communities")
        {
            Description = "The forum's communities, comma-separated: " + string.Join(", ", Ids.All<Community>().Select(c => c.ToId())),
            HelpName = "LIST",
            DefaultValueFactory = _ => CommunityMix.Of(Community.Jewish),
            CustomParser = argument =>
            {
                var mix = CommunityMix.Parse(argument.Tokens.Count == 0 ? "" : argument.Tokens[^1].Value);
                foreach (var error in mix.ValidationErrors)
                {
                    argument.AddError($"--communities: {error.ErrorMessage}");
                }

                return mix.IsSuccess ? mix.Value : default;
            },
        };

    /// <summary>Standard output of the invocation: buffered UTF-8 (see <see cref="OutputWriter"/>).</summary>
    public static OutputWriter Output(this ParseResult parseResult) => (OutputWriter)parseResult.InvocationConfiguration.Output;

    /// <summary>Standard error of the invocation: one escaped line per problem (see <see cref="ErrorWriter"/>).</summary>
    public static ErrorWriter Errors(this ParseResult parseResult) => (ErrorWriter)parseResult.InvocationConfiguration.Error;

    /// <summary>Writes each problem as one line to standard error, after <c>alka: </c>.</summary>
    /// <returns><see cref="AlkaCommandLine.BadInput"/>.</returns>
    public static int Fail(ParseResult parseResult, IEnumerable<string> problems)
    {
        var error = parseResult.Errors();
        foreach (var problem in problems)
        {
            error.Line($"alka: {problem}");
        }

        return AlkaCommandLine.BadInput;
    }

    /// <summary>Writes one problem as one line to standard error, after <c>alka: </c>.</summary>
    /// <returns><see cref="AlkaCommandLine.BadInput"/>.</returns>
    public static int Fail(ParseResult parseResult, string problem) => Fail(parseResult, [problem]);

    /// <summary>Writes each validation error of a library result as one line, naming the option it concerns.</summary>
    /// <returns><see cref="AlkaCommandLine.BadInput"/>.</returns>
    public static int Fail(ParseResult parseResult, IResult result) =>
        Fail(parseResult, result.ValidationErrors.Select(e => $"{OptionName(e.Identifier)}: {e.ErrorMessage}"));

    private static string OptionName(string identifier) => identifier switch
    {
        "from" or "start" => "--from",
        "to" or "end" => "--to",
        "" => "input",
        _ => identifier,
    };
}
