using System.CommandLine;
using System.Globalization;
using Alka.Cli.Output;
using Alka.Domain;
using Alka.Domain.Budget;
using Alka.Domain.Programs;
using Alka.Domain.Serialization;
using Ardalis.Result;
using NodaTime;

namespace Alka.Cli.Commands;

/// <summary>
/// <c>alka budget ID --participants N [--lines FILE] [--approved-by BODY] [--format table|csv|json]</c>: what a cohort of
/// a program costs by its band, or a cohort budget of line items checked against the band's rules.
/// </summary>
internal static class BudgetCommand
{
    /// <summary>The reason recorded with an approval given on the command line.</summary>
    public const string ApprovalReason = "approved with alka budget --approved-by";

    private static readonly Column<ExpectedCost>[] CostCsv =
    [
        new("participants", (c, text) => text.Append(c.Participants).Span),
        new("expected_total_ils", (c, text) => text.Append(c.Total, "I").Span),
        new("per_participant_ils", (c, text) => text.Append(c.PerParticipant, "I").Span),
    ];

    private static readonly Column<ExpectedCost>[] CostTable =
    [
        new("participants", (c, text) => text.Append(c.Participants).Span),
        new("expected total", (c, text) => text.Append(c.Total).Span),
        new("per participant", (c, text) => text.Append(c.PerParticipant).Span),
        new("סה״כ צפוי", (c, text) => text.Append(c.Total, "H").Span),
    ];

    public static Command Create()
    {
        var id = new Argument<string>("ID") { Description = "The program's id, e.g. digital-leaders-government (see 'alka catalog list')." };
        var participants = ParticipantsOption();
        var lines = new Option<string?>("--lines")
        {
            Description = "A cohort budget to check: CSV line,category,amount_ils (amounts like 900000.00), optionally closed by a row total,,AMOUNT. " +
                "Categories: " + string.Join(", ", Ids.All<BudgetCategory>().Select(c => c.ToId())),
            HelpName = "FILE",
        };
        var approvedBy = new Option<string?>("--approved-by")
        {
            Description = "Record the approval of the --lines budget by this body of the program; it must hold the budget power",
            HelpName = "BODY",
        };
        var format = new FormatOption(OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json);
        var command = new Command(
            "budget",
            "What a cohort costs by the program's band (program,participants,expected_total_ils,per_participant_ils), " +
            "or, with --lines, a cohort budget checked against the band: line,category,amount_ils,share and a closing total row; " +
            "soft findings are warnings on standard error, a broken hard rule is exit 2.")
        {
            id, participants, lines, approvedBy, format,
        };
        command.SetAction(parseResult =>
        {
            var programId = parseResult.GetValue(id)!;
            var program = BuiltInCatalog.Instance.Find(programId);
            if (program is null)
            {
                return CommandLineInput.Fail(parseResult, $"budget: no program '{programId}'; see 'alka catalog list'.");
            }

            if (program.Budget is null)
            {
                return CommandLineInput.Fail(parseResult, $"budget: {program.Id} has no budget band: its sources give no cost per cohort; only {Banded()} do.");
            }

            var count = parseResult.GetValue(participants);
            var file = parseResult.GetValue(lines);
            var body = parseResult.GetValue(approvedBy);
            if (file is null)
            {
                if (body is not null)
                {
                    return CommandLineInput.Fail(parseResult, "--approved-by: a budget of lines is approved: give --lines FILE.");
                }

                var cost = program.Budget.ExpectedFor(count);
                return cost.IsSuccess ? WriteCost(parseResult, program, cost.Value, format.ValueOf(parseResult)) : Fail(parseResult, cost);
            }

            string text;
            try
            {
                text = File.ReadAllText(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                return CommandLineInput.Fail(parseResult, $"--lines: cannot read '{file}': {e.Message}");
            }

            var budget = BudgetLinesCsv.Read(text).Bind(read => CohortBudget.Create(program, count, read));
            if (budget.IsSuccess && body is not null)
            {
                budget = BudgetDecision.Today(body, ApprovalReason, SystemClock.Instance)
                    .MapErrors("approval")
                    .Bind(budget.Value.Approve);
            }

            return budget.IsSuccess ? WriteBudget(parseResult, budget.Value, format.ValueOf(parseResult)) : Fail(parseResult, budget);
        });
        return command;
    }

    private static Option<int> ParticipantsOption() =>
        new("--participants")
        {
            Description = "The cohort's participants",
            HelpName = "N",
            Required = true,
            CustomParser = argument =>
            {
                var text = argument.Tokens.Count == 0 ? "" : argument.Tokens[^1].Value;
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
                {
                    return value;
                }

                argument.AddError($"--participants: '{text}' is not a number of participants (1 or more, digits only).");
                return 0;
            },
        };

    private static string Banded() =>
        string.Join(", ", BuiltInCatalog.Instance.Programs.Where(p => p.Budget is not null).Select(p => p.Id));

    private static int WriteCost(ParseResult parseResult, InstituteProgram program, ExpectedCost cost, OutputFormat format)
    {
        var output = parseResult.Output();
        switch (format)
        {
            case OutputFormat.Csv:
                Csv.Write(output, [new Column<ExpectedCost>("program", (_, _) => program.Id), .. CostCsv], [cost]);
                break;
            case OutputFormat.Json:
                output.Write(BudgetJson.Write(program, cost));
                output.Write('\n');
                break;
            default:
                Table.Write(output, [new Column<ExpectedCost>("program", (_, _) => program.Id), .. CostTable], [cost]);
                var band = program.Budget!;
                output.Write(FormattableString.Invariant(
                    $"band: {band.Lower.Total} for {band.Lower.Participants} to {band.Upper.Total} for {band.Upper.Participants} participants, linear between (rule {BudgetRules.BandExpected}; source {band.Source.ToId()}); decided by {band.DecidedBy}\n"));
                break;
        }

        return AlkaCommandLine.Success;
    }

    private static int WriteBudget(ParseResult parseResult, CohortBudget budget, OutputFormat format)
    {
        foreach (var finding in budget.Findings)
        {
            parseResult.Errors().Line($"warning: {finding}");
        }

        var output = parseResult.Output();
        var rows = Enumerable.Range(0, budget.Lines.Count).Append(-1);
        switch (format)
        {
            case OutputFormat.Csv:
                Csv.Write(output, LineColumns(budget, english: false), rows);
                break;
            case OutputFormat.Json:
                output.Write(BudgetJson.Write(budget));
                output.Write('\n');
                break;
            default:
                Table.Write(output, LineColumns(budget, english: true), rows);
                output.Write(FormattableString.Invariant(
                    $"expected: {budget.Expected} (rule {BudgetRules.BandExpected}); ±{budget.Tolerance * 100:0.##}% allows {budget.LowestTotal} to {budget.HighestTotal} (rule {BudgetRules.BandDeviation})\n"));
                if (budget.Approval is { } approval)
                {
                    output.Write($"approved by {approval}\n");
                }

                break;
        }

        return AlkaCommandLine.Success;
    }

    // Row i is line i; row -1 is the closing total.
    private static Column<int>[] LineColumns(CohortBudget budget, bool english)
    {
        var amount = english ? "E" : "I";
        return
        [
            new("line", (i, _) => i < 0 ? BudgetLinesCsv.TotalRow : budget.Lines[i].Name),
            new("category", (i, _) => i < 0 ? "" : budget.Lines[i].Category.ToId()),
            new(english ? "amount" : "amount_ils", (i, text) => text.Append(i < 0 ? budget.Total : budget.Lines[i].Amount, amount).Span),
            new("share", (i, text) => text.Append(i < 0 ? 1.0000m : budget.Shares[i], "0.0000").Span),
        ];
    }

    private static int Fail(ParseResult parseResult, IResult result) =>
        CommandLineInput.Fail(parseResult, result.ValidationErrors.Select(e => $"{OptionOf(e.Identifier)}: {e.ErrorMessage}"));

    // The library's identifiers in the options' names: the participants, the approval, the lines file and its rows
    // (line i of the budget is row i + 2 of the file, after the header).
    private static string OptionOf(string identifier)
    {
        if (identifier == "participants")
        {
            return "--participants";
        }

        if (identifier.StartsWith("approval", StringComparison.Ordinal))
        {
            return "--approved-by";
        }

        if (identifier.StartsWith("lines[", StringComparison.Ordinal)
            && int.TryParse(identifier.AsSpan(6, identifier.IndexOf(']', StringComparison.Ordinal) - 6), NumberStyles.None, CultureInfo.InvariantCulture, out var line))
        {
            return string.Create(CultureInfo.InvariantCulture, $"--lines: row {line + 2}");
        }

        return identifier == "lines" ? "--lines" : "--lines: " + identifier;
    }

    private static Result<BudgetDecision> MapErrors(this Result<BudgetDecision> decision, string path) =>
        decision.IsSuccess
            ? decision
            : Result<BudgetDecision>.Invalid([.. decision.ValidationErrors.Select(e => new ValidationError(path + "." + e.Identifier, e.ErrorMessage, e.ErrorCode, e.Severity))]);
}
