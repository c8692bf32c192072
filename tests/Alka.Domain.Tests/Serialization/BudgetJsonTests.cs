using System.Text.Json.Nodes;
using Alka.Domain.Budget;
using Alka.Domain.Programs;
using Alka.Domain.Serialization;
using Alka.Domain.Tests.Support;
using Ardalis.Result;
using NodaTime;

namespace Alka.Domain.Tests.Serialization;

/// <summary>The budget documents (their schemas are tested with every document's, in <see cref="JsonSchemaWriterTests"/>).</summary>
public class BudgetJsonTests
{
    private static readonly InstituteProgram Government = BuiltInCatalog.Instance.Find("digital-leaders-government")!;

    [Fact]
    public void Write_Budget_HasItsNumbersDecisionsAndFindings()
    {
        BudgetLine[] lines =
        [
            BudgetLine.Create("staff", BudgetCategory.Staff, Money.Of(3_200_000m)).Value,
            BudgetLine.Create("reserve", BudgetCategory.Reserve, Money.Of(400_000m)).Value,
        ];
        var approval = BudgetDecision.Create("steering-committee", new LocalDate(2026, 11, 29), "meeting 12").Value;
        var budget = CohortBudget.Create(Government, 34, lines, new() { Year = 2027 }).Bind(b => b.Approve(approval)).Value;

        var text = BudgetJson.Write(budget);
        var json = JsonNode.Parse(text)!;

        json["schemaVersion"]!.GetValue<int>().Should().Be(BudgetJson.SchemaVersion);
        json["program"]!.GetValue<string>().Should().Be("digital-leaders-government");
        json["expected"]!["perParticipantIls"]!.GetValue<decimal>().Should().Be(105_882.35m);
        json["lines"]![1]!["category"]!.GetValue<string>().Should().Be("reserve");
        json["lines"]![1]!["share"]!.GetValue<decimal>().Should().Be(0.1111m);
        json["approval"]!["on"]!.GetValue<string>().Should().Be("2026-11-29");
        json["findings"]![0]!["rule"]!.GetValue<string>().Should().Be("reserve-share");
        json["findings"]![0]!["strength"]!.GetValue<string>().Should().Be("soft");
        json["findings"]![0]!["limitIls"]!.GetValue<decimal>().Should().Be(360_000m);
        json["year"]!.GetValue<int>().Should().Be(2027);
        json.AsObject().ContainsKey("bandException").Should().BeFalse();
        BudgetJson.Format.Check(text).Should().BeEmpty("a member left out is optional");
    }

    [Fact]
    public void Write_Estimate_TheContractsFigures()
    {
        var json = JsonNode.Parse(BudgetJson.Write(Government, Government.Budget!.ExpectedFor(34).Value))!;

        json["expectedTotalIls"]!.ToJsonString().Should().Be("3600000.00");
        json["perParticipantIls"]!.ToJsonString().Should().Be("105882.35");
        json["band"]!["decidedBy"]!.GetValue<string>().Should().Be("steering-committee");
    }
}
