using Alka.Domain.Calendar;
using Alka.Domain.Tests.Support;

namespace Alka.Domain.Tests.Calendar;

public class CommunityDayRuleTests
{
    public static TheoryData<CommunityDayRule, int, string, string> Descriptions => new()
    {
        { CommunityDayRule.GregorianDate(12, 25), 2, "25–26 December (Gregorian)", "a span inside the month" },
        { CommunityDayRule.GregorianDate(12, 31), 2, "31 December, 2 days (Gregorian)", "a span into the next month" },
        { CommunityDayRule.JulianDate(1, 6), 1, "6 January (Julian)", "a Julian date is named in its own calendar" },
        { CommunityDayRule.WesternEaster(0), 1, "Western Easter", "Easter itself" },
        { CommunityDayRule.WesternEaster(-1), 1, "Western Easter − 1 day", "one day, singular, with a true minus sign" },
        { CommunityDayRule.OrthodoxEaster(49), 2, "Orthodox Easter + 49 days, 2 days", "a span after Easter" },
        { CommunityDayRule.HijriDate(12, 10), 4, "10–13 Dhu al-Hijjah", "a Hijri span" },
        { CommunityDayRule.HijriDate(8, 28), 3, "28 Sha'ban, 3 days", "a Hijri span that may run into the next month" },
    };

    [Theory]
    [MemberData(nameof(Descriptions))]
    public void Describe_Span_ReadsAsInTheSpec(CommunityDayRule rule, int days, string expected, string why) =>
        rule.Describe(days).Should().Be(expected, why);

    [Fact]
    public void Default_IsNoRule()
    {
        default(CommunityDayRule).Kind.Should().Be((CommunityDayRuleKind)0);
        default(CommunityDayRule).ToString().Should().Be("no rule");
        FluentActions.Invoking(() => default(CommunityDayRule).Describe(1)).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Factories_SetOnlyTheirOwnMembers()
    {
        var easter = CommunityDayRule.OrthodoxEaster(-2);
        (easter.Kind, easter.Month, easter.Day, easter.Offset).Should().Be((CommunityDayRuleKind.OrthodoxEaster, 0, 0, -2));
        var hijri = CommunityDayRule.HijriDate(10, 1);
        (hijri.Kind, hijri.Month, hijri.Day, hijri.Offset, hijri.IsHijri).Should().Be((CommunityDayRuleKind.HijriDate, 10, 1, 0, true));
    }

    public static TheoryData<Func<CommunityDayRule>, string> Impossible => new()
    {
        { () => CommunityDayRule.GregorianDate(2, 29), "29 February is not in every year" },
        { () => CommunityDayRule.GregorianDate(4, 31), "April has 30 days" },
        { () => CommunityDayRule.JulianDate(13, 1), "there is no 13th month" },
        { () => CommunityDayRule.HijriDate(9, 30), "not every Hijri month has a 30th day" },
        { () => CommunityDayRule.HijriDate(0, 1), "months count from 1" },
        { () => CommunityDayRule.WesternEaster(CommunityDayRule.MaxEasterOffset + 1), "beyond the offset that keeps the day in Easter's year" },
        { () => CommunityDayRule.OrthodoxEaster(int.MinValue), "no overflow on the most negative offset" },
    };

    [Theory]
    [MemberData(nameof(Impossible))]
    public void Factories_ImpossibleDay_Throw(Func<CommunityDayRule> create, string why) =>
        create.Should().Throw<ArgumentOutOfRangeException>(why);

    [Fact]
    public void Equality_SameKindAndDate_FulfilsTheContract() =>
        EqualityContract.Check(
            CommunityDayRule.JulianDate(12, 25),
            CommunityDayRule.JulianDate(12, 25),
            CommunityDayRule.GregorianDate(12, 25));
}
