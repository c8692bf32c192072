using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Alka.Domain.Budget;
using Alka.Domain.Calendar;
using Alka.Domain.Geography;
using Alka.Domain.Programs;
using Alka.Domain.Scheduling;
using Alka.Domain.Selection;
using Alka.Domain.Serialization;
using Alka.Domain.Tests.Selection;
using Alka.Domain.Tests.Support;
using Ardalis.Result;
using Json.Schema;
using NodaTime;

namespace Alka.Domain.Tests.Serialization;

/// <summary>
/// Every published document (<c>JsonDocuments.All</c>) has its schema in <c>docs/schema/</c>, generated from the
/// source-generated context: these tests fail when a file is stale (and rewrite it when <c>ALKA_UPDATE_SCHEMA=1</c>),
/// compile each schema strictly with JsonSchema.Net (no unknown keyword, every <c>$ref</c> resolved), and validate a
/// full document the library writes against it.
/// </summary>
public class JsonSchemaWriterTests
{
    private static readonly ForumCalendar AllCommunities = ForumCalendar.Create(new ForumCalendarOptions { Communities = CommunityMix.All }).Value!;

    private static readonly Lazy<string> Plan = new(() => PlanJson.Write(PlanningData.CouncilHeadsReplanned()));

    private static readonly SelectionPolicy CouncilHeadsPolicy = BuiltInCatalog.Instance.Find("council-heads-forum")!.Selection!;

    // The heads of Israel's local councils, a few not serving: eligible and not, admitted, waitlisted and not.
    private static readonly Lazy<CandidatePool> CouncilHeads = new(() =>
    {
        var random = new Random(2026);
        return CandidatePool.Create(LocalCouncils.All.Select(c => LocalCouncils.Head(c, random, serving: !c.Code.EndsWith('7')))).Value;
    });

    private static readonly InstituteProgram Government = BuiltInCatalog.Instance.Find("digital-leaders-government")!;

    // A budget with every member: a cohort above the band by a recorded exception, approved, with a finding.
    private static readonly Lazy<CohortBudget> Budget = new(() =>
    {
        var exception = BudgetDecision.Create("steering-committee", new LocalDate(2026, 10, 4), "two more ministries joined").Value;
        var approval = BudgetDecision.Create("steering-committee", new LocalDate(2026, 11, 29), "meeting 12").Value;
        BudgetLine[] lines =
        [
            BudgetLine.Create("staff", BudgetCategory.Staff, Money.Of(3_700_000m)).Value,
            BudgetLine.Create("reserve", BudgetCategory.Reserve, Money.Of(500_000m)).Value,
        ];
        var options = new CohortBudgetOptions { BandException = exception, Year = 2027, Cohort = 3 };
        return CohortBudget.Create(Government, 42, lines, options).Bind(b => b.Approve(approval)).Value;
    });

    // A full document of each kind, as the library writes it: one line per document.
    private static readonly Dictionary<string, Func<string>> Samples = new()
    {
        ["catalog"] = () => CatalogJson.Write(BuiltInCatalog.Instance),
        ["observances"] = () => CalendarJson.Write(IsraeliCalendar.Default.GetObservances(new LocalDate(2026, 1, 1), new LocalDate(2027, 12, 31)).Value),
        ["days"] = () => CalendarJson.Write(AllCommunities.Judge(new LocalDate(2026, 9, 1), new LocalDate(2027, 9, 30)).Value!),
        ["authorities"] = () => GeographyJson.Write(LocalAuthorities.All),
        ["plan"] = () => Plan.Value,
        ["selection-policy"] = () => SelectionJson.Write(CouncilHeadsPolicy),
        ["candidates"] = () => SelectionJson.Write(CouncilHeads.Value),
        ["selection"] = () => SelectionJson.Write(CouncilHeadsPolicy.Select(CouncilHeads.Value).Value),
        ["budget"] = () => BudgetJson.Write(Budget.Value),
        ["budget-estimate"] = () => BudgetJson.Write(Government, Government.Budget!.ExpectedFor(34).Value),
    };

    private static readonly BuildOptions Strict = new() { Dialect = Dialect.Draft202012.With([], allowUnknownKeywords: false) };

    public static TheoryData<string> Documents => [.. JsonDocuments.All.Select(d => d.Name)];

    private static IJsonDocumentFormat Format(string name) => JsonDocuments.All.Single(d => d.Name == name);

    [Fact]
    public void All_EachDocumentHasASample() =>
        Samples.Keys.Should().BeEquivalentTo(JsonDocuments.All.Select(d => d.Name), "every published document is validated against its schema here");

    [Theory]
    [MemberData(nameof(Documents))]
    public void Schema_IsTheCommittedDocsFile(string name)
    {
        var schema = Format(name).Schema;
        var path = Path.Combine(TestData.RepositoryRoot, "docs", "schema", $"{name}.schema.json");
        if (Environment.GetEnvironmentVariable("ALKA_UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(path, schema, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }

        File.Exists(path).Should().BeTrue($"the schema is generated into docs/schema/ (run the tests with ALKA_UPDATE_SCHEMA=1)");
        File.ReadAllText(path).Should().Be(schema, $"docs/schema/{name}.schema.json is stale: run the tests with ALKA_UPDATE_SCHEMA=1");
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Schema_IsAValidDraft202012SchemaWithoutUnknownKeywords(string name)
    {
        using var schema = JsonDocument.Parse(Format(name).Schema);

        MetaSchemas.Draft202012.Evaluate(schema.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List }).IsValid.Should().BeTrue();
        var compiled = JsonSchema.FromText(Format(name).Schema, Strict);
        compiled.Should().NotBeNull();
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Sample_ValidatesAgainstItsSchemaAndReadsBack(string name)
    {
        var json = Samples[name]();

        Errors(name, json).Should().BeEmpty();
        Format(name).Check(json).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Schema_NamesEveryObjectAndConstrainsTheVersion(string name)
    {
        var schema = JsonNode.Parse(Format(name).Schema)!;

        schema["$schema"]!.GetValue<string>().Should().Be("https://json-schema.org/draft/2020-12/schema");
        schema["properties"]!["schemaVersion"]!["const"]!.GetValue<int>().Should().BeGreaterThan(0);
        schema["required"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Contain("schemaVersion");
        Format(name).Schema.Should().NotContain("\"null\"", "the writer leaves nulls out")
            .And.NotContain("anyOf", "one mistake is one error")
            .And.NotContain("\"#/properties", "every shared part is a named $defs entry");
        schema["$defs"]!.AsObject().Should().NotBeEmpty();
    }

    [Fact]
    public void Schema_Catalog_HasTheNamedDefinitionsAFrontEndNeeds()
    {
        var definitions = JsonNode.Parse(CatalogJson.Schema)!["$defs"]!.AsObject();

        definitions.Select(d => d.Key).Should().Contain(["Program", "Meeting", "BilingualText", "LearningProgramFormat"]);
        definitions["Program"]!["required"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Contain(["id", "name", "sources", "format"]);
        definitions["Program"]!["properties"]!["id"]!["pattern"]!.GetValue<string>().Should().Be(JsonSchemaWriter.KebabCase);
    }

    [Fact]
    public void Schema_Days_HasTheNamedDefinitionsAFrontEndNeeds()
    {
        var definitions = JsonNode.Parse(CalendarJson.DaysSchema)!["$defs"]!.AsObject();

        definitions.Select(d => d.Key).Should().BeEquivalentTo(["BilingualText", "CommunityDay", "DayJudgement", "DayReason"]);
        definitions["DayReason"]!["required"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal("id", "kind", "rule", "action", "name");
    }

    [Fact]
    public void Schema_Plan_HasTheNamedDefinitionsAFrontEndNeeds()
    {
        var schema = JsonNode.Parse(PlanJson.Schema)!;
        var definitions = schema["$defs"]!.AsObject();

        definitions.Select(d => d.Key).Should().BeEquivalentTo(
            ["BilingualText", "DateRejection", "Host", "Meeting", "MeetingDay", "PlanChange", "PlanRule", "RuleParameter", "WaivedRule"]);
        schema["required"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal("schemaVersion", "program", "from", "to", "communities", "hosts", "meetings", "changes", "rules");
        definitions["Meeting"]!["required"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal("id", "kind", "group", "days", "considered", "givenUp");
        definitions["MeetingDay"]!["properties"]!["start"]!["format"]!.GetValue<string>().Should().Be("date-time");
        definitions["Host"]!["properties"]!["id"]!["pattern"]!.GetValue<string>().Should().Contain("[0-9]{4}", "a council hosts by its CBS code");
        definitions["PlanChange"]!["properties"]!["rule"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Contain("blocked-day");
    }

    [Fact]
    public void Schema_Selection_HasTheNamedDefinitionsAFrontEndNeeds()
    {
        var policy = JsonNode.Parse(SelectionJson.PolicySchema)!;
        var candidates = JsonNode.Parse(SelectionJson.CandidatesSchema)!["$defs"]!.AsObject();
        var result = JsonNode.Parse(SelectionJson.ResultSchema)!["$defs"]!.AsObject();

        policy["required"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal("schemaVersion", "policy");
        policy["$defs"]!.AsObject().Select(d => d.Key).Should().Contain(["SelectionPolicy", "EligibilityRule", "DirectorGeneralNomination", "CriterionWeight", "SeatRange", "Quota", "QuotaBound", "Waitlist"]);
        candidates.Select(d => d.Key).Should().BeEquivalentTo(["Candidate", "CriterionScores"]);
        candidates["Candidate"]!["required"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Contain(["id", "nominatedByDirectorGeneral", "scores"]);
        candidates["Candidate"]!["properties"]!["id"]!["pattern"]!.GetValue<string>().Should().Be("^[A-Za-z0-9._-]{1,64}$");
        result.Select(d => d.Key).Should().BeEquivalentTo(["CandidateDecision", "CriterionMark", "QuotaOutcome", "Score"]);
        result["CandidateDecision"]!["properties"]!["decision"]!["enum"]!.AsArray().Should().NotBeEmpty();
    }

    [Fact]
    public void Schema_Budget_HasTheNamedDefinitionsAFrontEndNeeds()
    {
        var budget = JsonNode.Parse(BudgetJson.Schema)!["$defs"]!.AsObject();
        var estimate = JsonNode.Parse(BudgetJson.EstimateSchema)!["$defs"]!.AsObject();

        budget.Select(d => d.Key).Should().BeEquivalentTo(["BudgetDecision", "BudgetFinding", "BudgetLine", "ExpectedCost"]);
        budget["BudgetLine"]!["properties"]!["category"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Contain("study-tour");
        budget["BudgetFinding"]!["properties"]!["rule"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal(BudgetRules.All);
        budget["BudgetDecision"]!["properties"]!["on"]!["format"]!.GetValue<string>().Should().Be("date");
        estimate.Select(d => d.Key).Should().BeEquivalentTo(["BudgetBand"]);
    }

    // One mistake, one error: the discriminator's enum, or the one branch it selects; never every branch.
    public static TheoryData<string, string, string> Mistakes => new()
    {
        // document, from, to
        { "catalog", "\"kind\": \"regional-forum\"", "\"kind\": \"regional-party\"" },
        { "catalog", "\"kind\": \"regional-forum\",", "" },
        { "catalog", "\"tel-aviv-center\"", "\"tel-aviv\"" },
        { "catalog", "\"id\": \"merhav\"", "\"id\": \"Merhav\"" },
        { "days", "\"verdict\": \"blocked\"", "\"verdict\": \"closed\"" },
        { "days", "\"weekday\": \"friday\"", "\"weekday\": 5" },
        { "observances", "\"schemaVersion\": 1", "\"schemaVersion\": 2" },
        { "authorities", "\"code\": \"0026\"", "\"code\": \"026\"" },
        { "authorities", "\"status\": \"local-council\"", "\"status\": \"village\"" },
        { "authorities", "\"year\": 2021", "\"year\": \"2021\"" },
        { "plan", "\"host\": \"0472\"", "\"host\": \"472\"" },
        { "plan", "\"rule\": \"blocked-day\"", "\"rule\": \"blocked-week\"" },
        { "plan", "+02:00\"", "Z\"" },
        { "plan", "\"change\": \"moved\"", "\"change\": \"shifted\"" },
        { "selection-policy", "\"rule\": \"locality-population\"", "\"rule\": \"population\"" },
        { "candidates", "\"id\": \"head-", "\"id\": \"head " },
        { "selection", "\"decision\": \"admitted\"", "\"decision\": \"accepted\"" },
        { "budget", "\"category\": \"reserve\"", "\"category\": \"spare\"" },
        { "budget-estimate", "\"source\": \"", "\"source\": \"x" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Schema_OneMistake_IsOneError(string name, string from, string to)
    {
        var json = Samples[name]();
        var index = json.IndexOf(from, StringComparison.Ordinal);
        index.Should().BeGreaterThanOrEqualTo(0);

        Errors(name, json[..index] + to + json[(index + from.Length)..]).Should().ContainSingle();
    }

    // The errors a validator shows: a failing "if" only selects a branch.
    private static List<string> Errors(string name, string json)
    {
        var schema = JsonSchema.FromText(Format(name).Schema, Strict);
        using var document = JsonDocument.Parse(json);
        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        return results.IsValid
            ? []
            : [.. (results.Details ?? [results]).Where(d => d.Errors is { Count: > 0 } && !d.EvaluationPath.ToString().Contains("/if", StringComparison.Ordinal)).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))];
    }
}
