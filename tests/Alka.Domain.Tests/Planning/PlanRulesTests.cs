using Alka.Domain.Planning;
using Alka.Domain.Programs;

namespace Alka.Domain.Tests.Planning;

public class PlanRulesTests
{
    // The planning rules of rules.md (its budget rules belong to the Budget area), with their kind and program.
    public static TheoryData<string, RuleStrength, string?> Contract => new()
    {
        { "blocked-day", RuleStrength.Hard, null }, { "avoid-day", RuleStrength.Soft, null }, { "host-unavailable", RuleStrength.Hard, null },
        { "rotation-order", RuleStrength.Hard, null }, { "rotation-repeat", RuleStrength.Hard, null }, { "rotation-balance", RuleStrength.Hard, null },
        { "host-group", RuleStrength.Hard, null }, { "period", RuleStrength.Hard, null },
        { "regional-cadence", RuleStrength.Hard, "district-managers-forum" }, { "half-day", RuleStrength.Hard, "district-managers-forum" },
        { "national-count", RuleStrength.Hard, "district-managers-forum" }, { "national-week", RuleStrength.Hard, "district-managers-forum" },
        { "forum-cadence", RuleStrength.Hard, "council-heads-forum" }, { "planning-team", RuleStrength.Hard, "council-heads-forum" },
        { "steering-cadence", RuleStrength.Hard, "council-heads-forum" }, { "expanded-steering", RuleStrength.Hard, "council-heads-forum" },
        { "study-tour", RuleStrength.Hard, "council-heads-forum" },
        { "cohort-size", RuleStrength.Hard, "merhav" }, { "cohort-spacing", RuleStrength.Hard, "merhav" }, { "full-day", RuleStrength.Soft, "merhav" },
    };

    [Theory]
    [MemberData(nameof(Contract))]
    public void All_HoldsEachRuleOfTheContractOnce(string id, RuleStrength strength, string? program)
    {
        var rule = PlanRules.All.Should().ContainSingle(r => r.Id == id).Subject;

        rule.Strength.Should().Be(strength);
        rule.ProgramId.Should().Be(program);
        rule.IsLibraryRule.Should().BeFalse();
        rule.Text.Should().NotBeNullOrWhiteSpace();
        if (program is not null)
        {
            BuiltInCatalog.Instance.Find(program).Should().NotBeNull();
        }
    }

    [Fact]
    public void All_AddsOnlySameDay_MarkedAsTheLibrarys()
    {
        PlanRules.All.Select(r => r.Id).Should().OnlyHaveUniqueItems().And.HaveCount(Contract.Count + 1);
        PlanRules.Find(PlanRules.SameDay)!.Should().BeEquivalentTo(new { Strength = RuleStrength.Soft, IsLibraryRule = true, ProgramId = (string?)null });
    }

    [Theory]
    [InlineData("regional-cadence", "min-gap-days", "28", false)]
    [InlineData("regional-cadence", "max-gap-days", "42", false)]
    [InlineData("regional-cadence", "tolerance-days", "7", true)]
    [InlineData("regional-cadence", "min-mean-gap-days", "33", false)]
    [InlineData("regional-cadence", "max-mean-gap-days", "37", false)]
    [InlineData("regional-cadence", "first-within-days", "42", false)]
    [InlineData("regional-cadence", "last-within-days", "42", true)]
    [InlineData("half-day", "earliest-start", "08:00", false)]
    [InlineData("half-day", "latest-end", "14:00", false)]
    [InlineData("half-day", "max-hours", "5", false)]
    [InlineData("half-day", "start", "09:00", true)]
    [InlineData("half-day", "end", "13:00", true)]
    [InlineData("national-count", "min-gap-days", "150", true)]
    [InlineData("national-count", "max-gap-days", "215", true)]
    [InlineData("forum-cadence", "tolerance-percent", "20", false)]
    [InlineData("planning-team", "min-lead-days", "7", true)]
    [InlineData("planning-team", "max-lead-days", "21", true)]
    [InlineData("planning-team", "hours", "2", false)]
    [InlineData("steering-cadence", "min-gap-days", "56", false)]
    [InlineData("steering-cadence", "max-gap-days", "92", false)]
    [InlineData("steering-cadence", "first-within-days", "92", false)]
    [InlineData("study-tour", "days", "5", true)]
    [InlineData("study-tour", "first-day", "Sunday", true)]
    [InlineData("study-tour", "municipal-elections", "2018-10-30|2024-02-27|2028-11-07", true)]
    [InlineData("cohort-size", "min", "9", false)]
    [InlineData("cohort-size", "max", "10", false)]
    [InlineData("cohort-spacing", "min-gap-days", "10", true)]
    [InlineData("cohort-spacing", "max-gap-days", "28", true)]
    [InlineData("cohort-spacing", "first-within-days", "14", true)]
    [InlineData("full-day", "start", "09:00", true)]
    [InlineData("full-day", "end", "16:00", true)]
    public void All_HasTheContractsNumbers_DefaultsMarked(string rule, string name, string value, bool isDefault) =>
        PlanRules.Find(rule)!.FindParameter(name).Should().BeEquivalentTo(new { Name = name, Value = value, IsDefault = isDefault });

    [Fact]
    public void Describe_ChangedDefaults_ChangeTheNumbersOnly()
    {
        var rules = PlanRules.Describe(new PlanRuleOptions { RegionalTolerance = 5, NationalSpacing = CountRange.Between(160, 200), StudyTourDays = 4 });

        rules.Single(r => r.Id == PlanRules.RegionalCadence).FindParameter("max-gap-days")!.Value.Should().Be("40");
        rules.Single(r => r.Id == PlanRules.NationalCount).FindParameter("min-gap-days")!.Value.Should().Be("160");
        rules.Single(r => r.Id == PlanRules.StudyTour).FindParameter("days")!.Value.Should().Be("4");
        rules.Select(r => r.Id).Should().Equal(PlanRules.All.Select(r => r.Id));
        rules.Single(r => r.Id == PlanRules.Period).Should().Be(PlanRules.Find(PlanRules.Period));
    }

    [Fact]
    public void ToString_NamesTheStrengthAndNumbers() =>
        PlanRules.Find(PlanRules.NationalCount)!.ToString().Should().Be("national-count (hard): per-year=2, min-gap-days=150 (default), max-gap-days=215 (default)");
}
