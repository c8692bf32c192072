using System.Text.Json.Serialization;
using Alka.Domain.Budget;
using Alka.Domain.Programs;
using Alka.Domain.Sources;
using NodaTime;

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

    /// <summary>The cohort budget document, written only: <c>docs/schema/budget.schema.json</c>.</summary>
    internal static readonly JsonDocumentFormat<BudgetDocument> Format = new(
        "budget",
        "Alka.Domain cohort budget",
        $"A cohort budget checked against the band of its program, schema version {SchemaVersion}.",
        SchemaVersion,
        (budget, problems, path) => SchemaVersions.Check(budget.SchemaVersion, SchemaVersion, problems, path));

    /// <summary>The expected-cost document, written only: <c>docs/schema/budget-estimate.schema.json</c>.</summary>
    internal static readonly JsonDocumentFormat<BudgetEstimateDocument> EstimateFormat = new(
        "budget-estimate",
        "Alka.Domain expected cohort cost",
        $"What the band of a program expects a cohort to cost, schema version {SchemaVersion}.",
        SchemaVersion,
        (estimate, problems, path) => SchemaVersions.Check(estimate.SchemaVersion, SchemaVersion, problems, path));

    /// <summary>The JSON Schema (draft 2020-12) of the budget document.</summary>
    public static string Schema => Format.Schema;

    /// <summary>The JSON Schema (draft 2020-12) of the expected-cost document.</summary>
    public static string EstimateSchema => EstimateFormat.Schema;

    /// <summary>
    /// Writes <paramref name="budget"/> as indented JSON: <c>{"schemaVersion", "program", "participants", "expected":
    /// {"totalIls", "perParticipantIls"}, "tolerance", "lowestTotalIls", "highestTotalIls", "totalIls", "lines": [{"line",
    /// "category", "amountIls", "share"}], "bandException", "approval", "year", "cohort", "findings": [{"rule", "strength",
    /// "identifier", "amountIls", "limitIls", "message"}]}</c>; a decision is <c>{"body", "on", "reason"}</c>.
    /// </summary>
    public static string Write(CohortBudget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        return Format.Write(new BudgetDocument(
            SchemaVersion,
            budget.ProgramId,
            budget.Participants,
            new ExpectedCostJson(budget.Expected.Total.Amount, budget.Expected.PerParticipant.Amount),
            budget.Tolerance,
            budget.LowestTotal.Amount,
            budget.HighestTotal.Amount,
            budget.Total.Amount,
            [.. budget.Lines.Select((line, i) => new BudgetLineJson(line.Name, line.Category, line.Amount.Amount, budget.Shares[i]))],
            [.. budget.Findings.Select(f => new BudgetFindingJson(f.Rule, f.Strength, f.Identifier, f.Amount.Amount, f.Limit.Amount, f.Message))],
            BudgetDecisionJson.Of(budget.BandException),
            BudgetDecisionJson.Of(budget.Approval),
            budget.Year,
            budget.Cohort));
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
        return EstimateFormat.Write(new BudgetEstimateDocument(
            SchemaVersion,
            program.Id,
            cost.Participants,
            cost.Total.Amount,
            cost.PerParticipant.Amount,
            new BudgetBandJson(band.Lower.Participants, band.Lower.Total.Amount, band.Upper.Participants, band.Upper.Total.Amount, band.DecidedBy, band.Source)));
    }
}

/// <summary>The budget document of <see cref="BudgetJson"/>.</summary>
internal sealed record BudgetDocument(
    [property: JsonPropertyOrder(0)] int SchemaVersion,
    [property: JsonPropertyOrder(1)] string Program,
    [property: JsonPropertyOrder(2)] int Participants,
    [property: JsonPropertyOrder(3)] ExpectedCostJson Expected,
    [property: JsonPropertyOrder(4)] decimal Tolerance,
    [property: JsonPropertyOrder(5)] decimal LowestTotalIls,
    [property: JsonPropertyOrder(6)] decimal HighestTotalIls,
    [property: JsonPropertyOrder(7)] decimal TotalIls,
    [property: JsonPropertyOrder(8)] IReadOnlyList<BudgetLineJson> Lines,
    [property: JsonPropertyOrder(13)] IReadOnlyList<BudgetFindingJson> Findings,
    [property: JsonPropertyOrder(9)] BudgetDecisionJson? BandException = null,
    [property: JsonPropertyOrder(10)] BudgetDecisionJson? Approval = null,
    [property: JsonPropertyOrder(11)] int? Year = null,
    [property: JsonPropertyOrder(12)] int? Cohort = null);

/// <summary>The expected cost in a budget document.</summary>
internal sealed record ExpectedCostJson(decimal TotalIls, decimal PerParticipantIls);

/// <summary>A line of a budget document.</summary>
internal sealed record BudgetLineJson(string Line, BudgetCategory Category, decimal AmountIls, decimal Share);

/// <summary>A decision of a budget document.</summary>
internal sealed record BudgetDecisionJson(string Body, LocalDate On, string Reason)
{
    public static BudgetDecisionJson? Of(BudgetDecision? decision) => decision is null ? null : new(decision.Body, decision.On, decision.Reason);
}

/// <summary>A finding of a budget document.</summary>
internal sealed record BudgetFindingJson(string Rule, RuleStrength Strength, string Identifier, decimal AmountIls, decimal LimitIls, string Message);

/// <summary>The expected-cost document of <see cref="BudgetJson"/>.</summary>
internal sealed record BudgetEstimateDocument(int SchemaVersion, string Program, int Participants, decimal ExpectedTotalIls, decimal PerParticipantIls, BudgetBandJson Band);

/// <summary>The band of an expected-cost document.</summary>
internal sealed record BudgetBandJson(int LowerParticipants, decimal LowerTotalIls, int UpperParticipants, decimal UpperTotalIls, string DecidedBy, SourceDocument Source);
