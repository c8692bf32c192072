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
    public void Describe_TheNumbersPlannerAndCheckerUse_AreTheRulesNumbers()
    {
        // The series' numbers are derived from the catalog's cadences ("every 5 weeks", "every 2–3 months", "9–10 over
        // half a year") and the options; they must be the numbers rules.md states and PlanRules publishes.
        static int Number(string rule, string name) => int.Parse(PlanRules.Find(rule)!.FindParameter(name)!.Value, System.Globalization.CultureInfo.InvariantCulture);
        static IReadOnlyList<SeriesPlan> Series(PlanningOptions options) => PlanningContext.Create(options).Value.Series;

        var managers = Series(PlanningData.Year(PlanningData.DistrictManagers));
        var regions = managers.Where(s => s.CadenceRule == PlanRules.RegionalCadence).ToList();
        regions.Should().HaveCount(5);
        regions.Should().AllBeEquivalentTo(new
        {
            GapMin = Number(PlanRules.RegionalCadence, "min-gap-days"),
            GapMax = Number(PlanRules.RegionalCadence, "max-gap-days"),
            NominalGap = Number(PlanRules.RegionalCadence, "nominal-gap-days"),
            MeanMin = Number(PlanRules.RegionalCadence, "min-mean-gap-days"),
            MeanMax = Number(PlanRules.RegionalCadence, "max-mean-gap-days"),
            FirstWithin = Number(PlanRules.RegionalCadence, "first-within-days"),
            LastWithin = Number(PlanRules.RegionalCadence, "last-within-days"),
            HoursRule = PlanRules.HalfDay,
            Hours = new MeetingHours(new(9, 0), new(13, 0)),
            AvoidsNationalWeeks = true,
        });
        managers.Single(s => s.CadenceRule == PlanRules.NationalCount).Should().BeEquivalentTo(new
        {
            PerYear = Number(PlanRules.NationalCount, "per-year"),
            GapMin = Number(PlanRules.NationalCount, "min-gap-days"),
            GapMax = Number(PlanRules.NationalCount, "max-gap-days"),
        });

        var heads = Series(PlanningData.CouncilHeadsYear(studyTour: true));
        heads.Single(s => s.CadenceRule == PlanRules.ForumCadence).Should().BeEquivalentTo(new { GapMin = 34, GapMax = 50 }, "±20% of six weeks (42 days): 33.6–50.4 in whole days");
        heads.Single(s => s.CadenceRule == PlanRules.PlanningTeam).Should().BeEquivalentTo(new
        {
            LeadMin = Number(PlanRules.PlanningTeam, "min-lead-days"),
            LeadMax = Number(PlanRules.PlanningTeam, "max-lead-days"),
            WorkdaysOnly = true,
            Hours = new MeetingHours(new(10, 0), new(10 + Number(PlanRules.PlanningTeam, "hours"), 0)),
        });
        heads.Single(s => s.CadenceRule == PlanRules.SteeringCadence).Should().BeEquivalentTo(new
        {
            GapMin = Number(PlanRules.SteeringCadence, "min-gap-days"),
            GapMax = Number(PlanRules.SteeringCadence, "max-gap-days"),
            FirstWithin = Number(PlanRules.SteeringCadence, "first-within-days"),
            LastWithin = Number(PlanRules.SteeringCadence, "last-within-days"),
        });
        heads.Single(s => s.CadenceRule == PlanRules.StudyTour).Should().BeEquivalentTo(new { Length = Number(PlanRules.StudyTour, "days"), FirstWeekday = NodaTime.IsoDayOfWeek.Sunday });

        Series(PlanningData.MerhavHalfYear()).Single(s => s.CadenceRule == PlanRules.CohortSpacing).Should().BeEquivalentTo(new
        {
            CountMin = Number(PlanRules.CohortSize, "min"),
            CountMax = Number(PlanRules.CohortSize, "max"),
            GapMin = Number(PlanRules.CohortSpacing, "min-gap-days"),
            GapMax = Number(PlanRules.CohortSpacing, "max-gap-days"),
            FirstWithin = Number(PlanRules.CohortSpacing, "first-within-days"),
            HoursRule = PlanRules.FullDay,
            Hours = new MeetingHours(new(9, 0), new(16, 0)),
        });
    }

    [Fact]
    public void ToString_NamesTheStrengthAndNumbers() =>
        PlanRules.Find(PlanRules.NationalCount)!.ToString().Should().Be("national-count (hard): per-year=2, min-gap-days=150 (default), max-gap-days=215 (default)");
}
