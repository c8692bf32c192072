using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Alka.Domain.Budget;
using Alka.Domain.Programs;
using NodaTime.Text;

namespace Alka.Domain.Serialization;

/// <summary>
/// Budgets as JSON, a write-only report format, as <c>alka budget --format json</c> writes it: a cohort budget with its
/// lines, decisions and findings (<see cref="Write(CohortBudget)"/>), or the expected cost of a cohort
/// (<see cref="Write(InstituteProgram, ExpectedCost)"/>). Money is a JSON number of shekels with two decimals.
/// </summary>
/// <remarks>
/// Both documents carry <c>schemaVersion</c> (<see cref="SchemaVersion"/>); their JSON Schemas are <see cref="Schema"/>
/// and <see cref="EstimateSchema"/> (also <c>docs/schema/budget.schema.json</c>, <c>docs/schema/budget-estimate.schema.json</c>).
/// Thread-safe.
/// </remarks>
public static class BudgetJson
{
    /// <summary>The schema version of both documents.</summary>
    public const int SchemaVersion = 1;

    private static readonly Lazy<string> BudgetSchemaText = new(() => BuildSchema<BudgetDocument>("Alka.Domain cohort budget", "A cohort budget checked against the band of its program"));

    private static readonly Lazy<string> EstimateSchemaText = new(() => BuildSchema<BudgetEstimateDocument>("Alka.Domain expected cohort cost", "What the band of a program expects a cohort to cost"));

    /// <summary>The JSON Schema (draft 2020-12) of the budget document.</summary>
    public static string Schema => BudgetSchemaText.Value;

    /// <summary>The JSON Schema (draft 2020-12) of the expected-cost document.</summary>
    public static string EstimateSchema => EstimateSchemaText.Value;

    /// <summary>
    /// Writes <paramref name="budget"/> as indented JSON: <c>{"schemaVersion", "program", "participants", "expected":
    /// {"totalIls", "perParticipantIls"}, "tolerance", "lowestTotalIls", "highestTotalIls", "totalIls", "lines": [{"line",
    /// "category", "amountIls", "share"}], "bandException", "approval", "year", "cohort", "findings": [{"rule", "strength",
    /// "identifier", "amountIls", "limitIls", "message"}]}</c>; a decision is <c>{"body", "on", "reason"}</c>.
    /// </summary>
    public static string Write(CohortBudget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var document = new BudgetDocument(
            SchemaVersion,
            budget.ProgramId,
            budget.Participants,
            new ExpectedJson(budget.Expected.Total.Amount, budget.Expected.PerParticipant.Amount),
            budget.Tolerance,
            budget.LowestTotal.Amount,
            budget.HighestTotal.Amount,
            budget.Total.Amount,
            [.. budget.Lines.Select((line, i) => new BudgetLineJson(line.Name, line.Category.ToId(), line.Amount.Amount, budget.Shares[i]))],
            Decision(budget.BandException),
            Decision(budget.Approval),
            budget.Year,
            budget.Cohort,
            [.. budget.Findings.Select(f => new BudgetFindingJson(f.Rule, f.Strength.ToId(), f.Identifier, f.Amount.Amount, f.Limit.Amount, f.Message))]);
        return JsonSerializer.Serialize(document, AlkaJson.TypeInfo<BudgetDocument>());
    }

    /// <summary>
    /// Writes what <paramref name="program"/>'s band expects a cohort to cost as indented JSON: <c>{"schemaVersion",
    /// "program", "participants", "expectedTotalIls", "perParticipantIls", "band": {"lowerParticipants",
    /// "lowerTotalIls", "upperParticipants", "upperTotalIls", "decidedBy", "source"}}</c>.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="program"/> has no band.</exception>
    public static string Write(InstituteProgram program, ExpectedCost cost)
    {
        ArgumentNullException.ThrowIfNull(program);
        var band = program.Budget ?? throw new ArgumentException($"The program {program.Id} has no budget band.", nameof(program));
        var document = new BudgetEstimateDocument(
            SchemaVersion,
            program.Id,
            cost.Participants,
            cost.Total.Amount,
            cost.PerParticipant.Amount,
            new BandJson(band.Lower.Participants, band.Lower.Total.Amount, band.Upper.Participants, band.Upper.Total.Amount, band.DecidedBy, band.Source.ToId()));
        return JsonSerializer.Serialize(document, AlkaJson.TypeInfo<BudgetEstimateDocument>());
    }

    private static DecisionJson? Decision(BudgetDecision? decision) =>
        decision is null ? null : new DecisionJson(decision.Body, LocalDatePattern.Iso.Format(decision.On), decision.Reason);

    private static string BuildSchema<T>(string title, string description)
    {
        var exporter = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) =>
            {
                if (node is JsonObject member && context.PropertyInfo is { } property)
                {
                    var ids = property.Name switch
                    {
                        "category" => Ids.All<BudgetCategory>().Select(c => c.ToId()),
                        "strength" => Ids.All<RuleStrength>().Select(s => s.ToId()),
                        "rule" => BudgetRules.All,
                        _ => null,
                    };
                    if (ids is not null)
                    {
                        member["enum"] = new JsonArray([.. ids.Select(id => (JsonNode?)id)]);
                    }

                    if (property.Name == "on")
                    {
                        member["format"] = "date";
                    }

                    if (property.Name == "schemaVersion")
                    {
                        member["const"] = SchemaVersion;
                    }
                }

                if (context.Path.IsEmpty && node is JsonObject root)
                {
                    root.Insert(0, "$schema", "https://json-schema.org/draft/2020-12/schema");
                    root.Insert(1, "title", title);
                    root.Insert(2, "description", $"{description}, schema version {SchemaVersion}.");
                }

                return node;
            },
        };
        return AlkaJson.TypeInfo<T>().GetJsonSchemaAsNode(exporter).ToJsonString(AlkaJson.Options) + "\n";
    }
}

/// <summary>The budget document of <see cref="BudgetJson"/>.</summary>
internal sealed record BudgetDocument(
    int SchemaVersion,
    string Program,
    int Participants,
    ExpectedJson Expected,
    decimal Tolerance,
    decimal LowestTotalIls,
    decimal HighestTotalIls,
    decimal TotalIls,
    IReadOnlyList<BudgetLineJson> Lines,
    DecisionJson? BandException,
    DecisionJson? Approval,
    int? Year,
    int? Cohort,
    IReadOnlyList<BudgetFindingJson> Findings);

/// <summary>The expected cost in a budget document.</summary>
internal sealed record ExpectedJson(decimal TotalIls, decimal PerParticipantIls);

/// <summary>A line of a budget document.</summary>
internal sealed record BudgetLineJson(string Line, string Category, decimal AmountIls, decimal Share);

/// <summary>A decision of a budget document.</summary>
internal sealed record DecisionJson(string Body, string On, string Reason);

/// <summary>A finding of a budget document.</summary>
internal sealed record BudgetFindingJson(string Rule, string Strength, string Identifier, decimal AmountIls, decimal LimitIls, string Message);

/// <summary>The expected-cost document of <see cref="BudgetJson"/>.</summary>
internal sealed record BudgetEstimateDocument(int SchemaVersion, string Program, int Participants, decimal ExpectedTotalIls, decimal PerParticipantIls, BandJson Band);

/// <summary>The band of an expected-cost document.</summary>
internal sealed record BandJson(int LowerParticipants, decimal LowerTotalIls, int UpperParticipants, decimal UpperTotalIls, string DecidedBy, string Source);
