using System.CommandLine;
using Alka.Cli.Output;
using Alka.Domain;
using Alka.Domain.Programs;
using Alka.Domain.Selection;
using Alka.Domain.Serialization;
using Ardalis.Result;

namespace Alka.Cli.Commands;

/// <summary>
/// <c>alka select ID --candidates FILE [--policy FILE] [--audit FILE] [--format table|csv|json]</c>: the program's
/// selection — each candidate's decision, rank, score and reasons — or the audit of a cohort chosen elsewhere
/// (<c>docs/selection.md</c>).
/// </summary>
internal static class SelectCommand
{
    private static readonly Column<CandidateDecision>[] CsvColumns =
    [
        new("candidate", (d, _) => d.Candidate.Id),
        new("decision", (d, _) => d.Decision.ToId()),
        new("rank", Rank),
        new("score", Score),
        new("reasons", (d, text) => Reasons(d, text, "|")),
    ];

    private static readonly Column<CandidateDecision>[] TableColumns =
    [
        new("candidate", (d, _) => d.Candidate.Id),
        new("name", (d, _) => d.Candidate.Name),
        new("decision", (d, _) => d.Decision.ToId()),
        new("rank", Rank),
        new("score", Score),
        new("reasons", (d, text) => Reasons(d, text, ", ")),
    ];

    public static Command Create()
    {
        var program = new Argument<string>("ID") { Description = "The program whose built-in policy decides, e.g. council-heads-forum." };
        var candidates = new Option<FileInfo>("--candidates")
        {
            Description = "The candidates, CSV: " + string.Join(',', CandidateCsv.Header),
            HelpName = "FILE",
            Required = true,
        };
        var policy = new Option<FileInfo?>("--policy") { Description = "A selection policy in the library's JSON, instead of the program's.", HelpName = "FILE" };
        var audit = new Option<FileInfo?>("--audit")
        {
            Description = "Check a cohort chosen elsewhere (CSV with the header 'candidate') instead: 'valid', or one line per problem.",
            HelpName = "FILE",
        };
        var format = new FormatOption(OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json);
        var command = new Command(
            "select",
            "Chooses a program's cohort from the candidates: each candidate admitted, waitlisted, not selected or ineligible, with rank, " +
            "score and every rule that decided it. A quota the pool cannot meet is a 'warning:' line on standard error.")
        {
            program, candidates, policy, audit, format,
        };
        command.SetAction(parse =>
        {
            var id = parse.GetValue(program)!;
            var file = parse.GetValue(policy);
            var chosen = file is null ? BuiltInPolicy(id) : Read(file, SelectionJson.ReadPolicy);
            var pool = Read(parse.GetValue(candidates)!, text => CandidateCsv.Read(text));
            if (!chosen.IsSuccess || !pool.IsSuccess)
            {
                return CommandLineInput.Fail(parse, Problems(file is null ? id : "--policy", chosen).Concat(Problems("--candidates", pool)));
            }

            return parse.GetValue(audit) is { } cohort
                ? Audit(parse, id, chosen.Value, pool.Value, cohort)
                : Select(parse, id, chosen.Value, pool.Value, format.ValueOf(parse));
        });
        return command;
    }

    private static int Select(ParseResult parse, string program, SelectionPolicy policy, CandidatePool pool, OutputFormat format)
    {
        var selection = policy.Select(pool);
        if (!selection.IsSuccess)
        {
            return CommandLineInput.Fail(parse, Problems(program, selection));
        }

        var chosen = selection.Value;
        var errors = parse.Errors();
        foreach (var miss in chosen.Misses)
        {
            errors.Line($"warning: {miss}");
        }

        if (chosen.SeatsShort > 0)
        {
            errors.Line($"warning: {SelectionReasons.Seats}: the cohort has {chosen.Size} members, {chosen.SeatsShort} short of the policy's {policy.Seats}: the pool has no more eligible candidates");
        }

        var output = parse.Output();
        switch (format)
        {
            case OutputFormat.Csv:
                Csv.Write(output, CsvColumns, chosen.Decisions);
                break;
            case OutputFormat.Json:
                output.WriteStream(stream => SelectionJson.Write(chosen, stream));
                output.Write('\n');
                break;
            default:
                Table.Write(output, TableColumns, chosen.Decisions);
                break;
        }

        return AlkaCommandLine.Success;
    }

    private static int Audit(ParseResult parse, string program, SelectionPolicy policy, CandidatePool pool, FileInfo file)
    {
        var cohort = Read(file, CandidateCsv.ReadCohort);
        if (!cohort.IsSuccess)
        {
            return CommandLineInput.Fail(parse, Problems("--audit", cohort));
        }

        var audit = policy.Audit(pool, cohort.Value);
        if (!audit.IsSuccess)
        {
            return CommandLineInput.Fail(parse, Problems(program, audit));
        }

        if (audit.Value.IsValid)
        {
            parse.Output().Write("valid\n");
            return AlkaCommandLine.Success;
        }

        var errors = parse.Errors();
        foreach (var finding in audit.Value.Findings)
        {
            errors.Line(finding.ToString());
        }

        return AlkaCommandLine.BadInput;
    }

    private static Result<SelectionPolicy> BuiltInPolicy(string program)
    {
        var found = BuiltInCatalog.Instance.Find(program);
        if (found?.Selection is { } policy)
        {
            return policy;
        }

        return Result<SelectionPolicy>.Invalid(Problem(found is null
            ? "not a program of the catalog; see 'alka catalog list'."
            : "the catalog has no selection policy for it; give one with --policy FILE."));
    }

    private static Result<T> Read<T>(FileInfo file, Func<string, Result<T>> read)
    {
        try
        {
            return read(File.ReadAllText(file.FullName));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Result<T>.Invalid(Problem($"cannot read '{file}': {e.Message}"));
        }
    }

    private static ValidationError Problem(string message) => new(string.Empty, message, "select", ValidationSeverity.Error);

    // One line per problem: select: SOURCE: IDENTIFIER: message (SOURCE: the program, --policy, --candidates, --audit).
    private static IEnumerable<string> Problems(string source, IResult result) =>
        result.ValidationErrors.Select(e => e.Identifier.Length == 0
            ? $"select: {source}: {e.ErrorMessage}"
            : $"select: {source}: {e.Identifier}: {e.ErrorMessage}");

    // Empty for an ineligible candidate, as the contract says; the score with two decimals.
    private static ReadOnlySpan<char> Rank(CandidateDecision decision, CellText text) =>
        decision.Rank is { } rank ? text.Append(rank).Span : default;

    private static ReadOnlySpan<char> Score(CandidateDecision decision, CellText text) =>
        decision.Rank is null ? default : text.Append(decision.Score).Span;

    private static ReadOnlySpan<char> Reasons(CandidateDecision decision, CellText text, string separator)
    {
        for (var i = 0; i < decision.Reasons.Count; i++)
        {
            (i == 0 ? text : text.Append(separator)).Append(decision.Reasons[i]);
        }

        return text.Span;
    }
}
