using Alka.Domain.Calendar;
using Alka.Domain.Scheduling;
using Alka.Domain.Tests.Support;
using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Tests.Scheduling;

public class DayPolicyTests
{
    private static Observance Observance(string id) => IsraeliCalendar.Default.FindObservance(id)!;

    [Fact]
    public void GovernmentForum_IsTheDefaultOfTheIssueAndTheContract()
    {
        DayPolicy.GovernmentForum.Rules.Select(r => $"{r.Key}={r.Value.ToId()}").Should().Equal(
            "weekend=block", "community-day-off=block", "possible-day=avoid", "caller-day-off=block", "caller-day-workday=allow",
            "national=allow", "rest-day=block", "chol-hamoed=avoid", "eve=avoid", "fast=avoid", "fast-eve=allow", "memorial=avoid",
            "minor=allow", "special-shabbat=allow", "rosh-chodesh=allow");
        DayPolicy.GovernmentForum.ObservanceActions.Should().BeEmpty();
    }

    public static TheoryData<string, DayAction, string, string> Observances => new()
    {
        { "yom-kippur", DayAction.Block, "rest-day", "rest-day|fast: the most severe category" },
        { "yom-haatzmaut", DayAction.Block, "rest-day", "national|rest-day" },
        { "hoshana-raba", DayAction.Avoid, "chol-hamoed", "chol-hamoed|eve: a tie goes to the first category in id order" },
        { "tisha-bav", DayAction.Avoid, "fast", "fast|memorial: a tie, fast comes first" },
        { "yom-hazikaron", DayAction.Avoid, "memorial", "national|memorial" },
        { "erev-tisha-bav", DayAction.Allow, "fast-eve", "fast-eve is allowed" },
        { "purim", DayAction.Allow, "minor", "minor" },
    };

    [Theory]
    [MemberData(nameof(Observances))]
    public void ActionForAndRuleFor_AnObservance_FollowItsMostSevereCategory(string id, DayAction action, string ruleId, string why)
    {
        DayPolicy.GovernmentForum.ActionFor(Observance(id)).Should().Be(action, why);
        DayPolicy.GovernmentForum.RuleFor(Observance(id)).Should().Be(ruleId, why);
    }

    [Fact]
    public void With_ACategory_ChangesThatCategoryOnly()
    {
        var policy = DayPolicy.GovernmentForum.With(ObservanceCategories.CholHamoed, DayAction.Allow);

        policy.ActionFor(ObservanceCategories.CholHamoed).Should().Be(DayAction.Allow);
        policy.ActionFor(ObservanceCategories.Eve).Should().Be(DayAction.Avoid);
        policy.RuleFor(Observance("hoshana-raba")).Should().Be("eve", "the eve is now the most severe");
        DayPolicy.GovernmentForum.ActionFor(ObservanceCategories.CholHamoed).Should().Be(DayAction.Avoid, "policies are immutable");
    }

    [Fact]
    public void With_SeveralCategories_SetsEach()
    {
        var policy = DayPolicy.GovernmentForum.With(ObservanceCategories.Minor | ObservanceCategories.RoshChodesh, DayAction.Avoid);

        policy.ActionFor(ObservanceCategories.Minor).Should().Be(DayAction.Avoid);
        policy.ActionFor(ObservanceCategories.RoshChodesh).Should().Be(DayAction.Avoid);
        policy.ActionFor(ObservanceCategories.National).Should().Be(DayAction.Allow);
    }

    [Fact]
    public void With_AnObservance_OverridesItsCategories()
    {
        var policy = DayPolicy.GovernmentForum.With(Observance("yom-kippur"), DayAction.Avoid);

        policy.ActionFor(Observance("yom-kippur")).Should().Be(DayAction.Avoid);
        policy.RuleFor(Observance("yom-kippur")).Should().Be("observance:yom-kippur");
        policy.ObservanceActions.Should().Equal(new Dictionary<string, DayAction> { ["yom-kippur"] = DayAction.Avoid });
        policy.Rules[^1].Should().Be(KeyValuePair.Create("observance:yom-kippur", DayAction.Avoid));
        policy.ActionFor(Observance("rosh-hashana-1")).Should().Be(DayAction.Block, "other rest days keep their category's rule");
    }

    public static TheoryData<string, string, DayAction> RuleIds => new()
    {
        { "weekend", "weekend", DayAction.Allow },
        { "caller-day-workday", "caller-day-workday", DayAction.Avoid },
        { "memorial", "memorial", DayAction.Block },
        { "observance:yom-hashoah", "observance:yom-hashoah", DayAction.Block },
    };

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void With_ARuleId_SetsThatRule(string ruleId, string listedAs, DayAction action)
    {
        var policy = DayPolicy.GovernmentForum.With(ruleId, action);

        policy.IsSuccess.Should().BeTrue();
        policy.Value.Rules.Should().ContainSingle(r => r.Key == listedAs).Which.Value.Should().Be(action);
    }

    [Fact]
    public void With_EveryListedRuleId_ReadsBackToAnEqualPolicy()
    {
        var changed = DayPolicy.GovernmentForum.With(Observance("yom-hashoah"), DayAction.Block).With(DayCondition.Weekend, DayAction.Avoid);

        var rebuilt = changed.Rules.Aggregate(
            DayPolicy.GovernmentForum, (policy, rule) => policy.With(rule.Key, rule.Value).Value);

        rebuilt.Should().Be(changed);
    }

    [Theory]
    [InlineData("weekends", CommonErrors.UnknownReference)]
    [InlineData("Memorial", CommonErrors.UnknownReference)]
    [InlineData("yom-hazikaron", CommonErrors.UnknownReference)]
    [InlineData("", CommonErrors.UnknownReference)]
    [InlineData("observance:Yom HaZikaron", CommonErrors.UnknownReference)]
    [InlineData("observance:", CommonErrors.UnknownReference)]
    public void With_AnUnknownRuleId_IsANamedError(string ruleId, string code)
    {
        var policy = DayPolicy.GovernmentForum.With(ruleId, DayAction.Block);

        policy.Status.Should().Be(ResultStatus.Invalid);
        policy.ValidationErrors.Should().ContainSingle().Which.Should().Match<ValidationError>(
            e => e.Identifier == "ruleId" && e.ErrorCode == code && e.Severity == ValidationSeverity.Error);
    }

    [Fact]
    public void With_UndefinedValues_AreProgrammerErrors()
    {
        var policy = DayPolicy.GovernmentForum;

        policy.Invoking(p => p.With(DayCondition.Weekend, (DayAction)7)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("action");
        policy.Invoking(p => p.With((DayCondition)0, DayAction.Block)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("condition");
        policy.Invoking(p => p.With(ObservanceCategories.None, DayAction.Block)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("categories");
        policy.Invoking(p => p.With((ObservanceCategories)(1 << 12), DayAction.Block)).Should().Throw<ArgumentOutOfRangeException>();
        policy.Invoking(p => p.ActionFor(ObservanceCategories.Eve | ObservanceCategories.Fast)).Should().Throw<ArgumentOutOfRangeException>();
        policy.Invoking(p => p.With((string)null!, DayAction.Block)).Should().Throw<ArgumentNullException>();
        policy.Invoking(p => p.With((Observance)null!, DayAction.Block)).Should().Throw<ArgumentNullException>();
        policy.Invoking(p => p.With("weekend", (DayAction)0)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Equality_IsByEveryRule()
    {
        var policy = DayPolicy.GovernmentForum.With(Observance("purim"), DayAction.Avoid);
        var equal = DayPolicy.GovernmentForum.With("observance:purim", DayAction.Avoid).Value;

        EqualityContract.Check(policy, equal, DayPolicy.GovernmentForum);
        EqualityContract.Check(policy, equal, DayPolicy.GovernmentForum.With(Observance("purim"), DayAction.Block));
        EqualityContract.Check(DayPolicy.GovernmentForum, DayPolicy.GovernmentForum.With(DayCondition.Weekend, DayAction.Block), DayPolicy.GovernmentForum.With(DayCondition.Weekend, DayAction.Avoid));
    }

    [Fact]
    public void ToString_ListsEveryRule() =>
        DayPolicy.GovernmentForum.With(Observance("purim"), DayAction.Avoid).ToString().Should()
            .StartWith("weekend=block, community-day-off=block, possible-day=avoid,")
            .And.EndWith("rosh-chodesh=allow, observance:purim=avoid");

    [Fact]
    public void Ids_AreStableAndReadBack()
    {
        Ids.All<DayAction>().Select(a => a.ToId()).Should().Equal("allow", "avoid", "block");
        Ids.All<DayVerdict>().Select(v => v.ToId()).Should().Equal("ok", "avoid", "blocked");
        Ids.All<DayCondition>().Select(c => c.ToId()).Should().Equal("weekend", "community-day-off", "possible-day", "caller-day-off", "caller-day-workday");
        Ids.All<DayReasonKind>().Select(k => k.ToId()).Should().Equal("weekend", "observance", "community-day", "caller-day");
        foreach (var action in Ids.All<DayAction>())
        {
            Ids.TryParse<DayAction>(action.ToId(), out var read).Should().BeTrue();
            read.Should().Be(action);
        }

        foreach (var condition in Ids.All<DayCondition>())
        {
            Ids.TryParse<DayCondition>(condition.ToId(), out var read).Should().BeTrue();
            read.Should().Be(condition);
        }

        Ids.TryParse<DayAction>("Block", out _).Should().BeFalse();
        Ids.TryParse<DayCondition>(null, out _).Should().BeFalse();
        FluentActions.Invoking(() => ((DayAction)0).ToId()).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ((DayVerdict)0).ToId()).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ((DayCondition)9).ToId()).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ((DayReasonKind)0).ToId()).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void ActionsAndVerdicts_AreOrderedBySeverity()
    {
        Ids.All<DayAction>().Should().BeInAscendingOrder();
        Ids.All<DayVerdict>().Should().BeInAscendingOrder();
        Ids.All<DayAction>().Select(a => (int)a).Should().Equal(Ids.All<DayVerdict>().Select(v => (int)v), "a day's verdict is its most severe action");
    }
}
