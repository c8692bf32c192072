using Alka.Domain.Calendar;
using Alka.Domain.Tests.Support;
using Ardalis.Result;
using Alka.Domain.Validation;
using NodaTime;
using static Alka.Domain.Calendar.HebrewMonth;

namespace Alka.Domain.Tests.Calendar;

public class ObservanceTests
{
    private static readonly ObservanceRule Valid = ObservanceRule.Always(HebrewDateRule.On(Nisan, 1), "a source");
    private static readonly BilingualText Name = BilingualText.Create("n", "ש");

    [Fact]
    public void Create_EverythingWrong_ListsEveryProblem()
    {
        var result = Observance.Create("Not Kebab", ObservanceCategories.None, null!, []);

        result.ValidationErrors.Select(e => (e.Identifier, e.ErrorCode)).Should().Equal(
            ("id", CommonErrors.InvalidId),
            ("name", CommonErrors.Required),
            ("categories", CommonErrors.Required),
            ("rules", CommonErrors.Required));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("rosh-chodesh-adar-ii")]
    [InlineData("day-1")]
    public void Create_KebabCaseIds_AreValid(string id) =>
        Observance.Create(id, ObservanceCategories.Minor, Name, [Valid]).IsSuccess.Should().BeTrue();

    [Fact]
    public void Create_EmptyId_IsRequired() =>
        Observance.Create("", ObservanceCategories.Minor, Name, [Valid]).ValidationErrors
            .Should().ContainSingle().Which.ErrorCode.Should().Be(CommonErrors.Required);

    [Theory]
    [InlineData("-a")]
    [InlineData("a-")]
    [InlineData("a--b")]
    [InlineData("A")]
    [InlineData("a_b")]
    [InlineData("חג")]
    public void Create_OtherIds_AreInvalid(string id) =>
        Observance.Create(id, ObservanceCategories.Minor, Name, [Valid]).ValidationErrors
            .Should().ContainSingle().Which.ErrorCode.Should().Be(CommonErrors.InvalidId);

    [Fact]
    public void Create_UndefinedCategoryBits_AreInvalid() =>
        Observance.Create("x", (ObservanceCategories)(1 << 12), Name, [Valid]).ValidationErrors
            .Should().ContainSingle().Which.Identifier.Should().Be("categories");

    [Fact]
    public void Create_RulesWithBadYears_NameTheRule()
    {
        var rules = new[]
        {
            ObservanceRule.InForce(HebrewDateRule.On(Nisan, 1), 5700, 5800, "a"),
            ObservanceRule.InForce(HebrewDateRule.On(Nisan, 2), 5790, null, "b"),
            ObservanceRule.InForce(HebrewDateRule.On(Nisan, 3), 5000, 4000, "c"),
            ObservanceRule.InForce(HebrewDateRule.On(Nisan, 4), 0, 10, "d"),
            ObservanceRule.InForce(HebrewDateRule.On(Nisan, 5), 100, 200, " "),
        };

        var result = Observance.Create("x", ObservanceCategories.Minor, Name, rules);

        result.ValidationErrors.Select(e => (e.Identifier, e.ErrorCode)).Should().Equal(
            ("rules[1]", CalendarErrors.ObservanceRuleYearsInvalid),
            ("rules[2]", CalendarErrors.ObservanceRuleYearsInvalid),
            ("rules[3]", CalendarErrors.ObservanceRuleYearsInvalid),
            ("rules[4].source", CommonErrors.NoSource));
    }

    [Theory]
    [InlineData(Elul, 29, 1, "the day after 29 Elul is the next year")]
    [InlineData(Tishrei, 1, -1, "the day before 1 Tishrei is the previous year")]
    public void Create_ARuleThatLeavesItsYear_IsInvalid(HebrewMonth month, int day, int plusDays, string why)
    {
        var rule = ObservanceRule.Always(HebrewDateRule.On(month, day).PlusDays(plusDays), "s");

        Observance.Create("x", ObservanceCategories.Minor, Name, [rule]).ValidationErrors
            .Should().ContainSingle(why).Which.Should().Match<ValidationError>(e => e.Identifier == "rules[0].date" && e.ErrorCode == CalendarErrors.ObservanceRuleLeavesYear);
    }

    [Fact]
    public void RuleFor_AnObservanceWhoseLawChanged_FindsTheRuleOfEachYear()
    {
        IsraeliObservances.TryGet("yom-haatzmaut", out var observance).Should().BeTrue();

        observance!.RuleFor(5707).Should().BeNull();
        observance.RuleFor(5708)!.Source.Should().Contain("Declaration");
        observance.RuleFor(5763)!.Should().BeSameAs(observance.Rules[1]);
        observance.RuleFor(5764)!.Should().BeSameAs(observance.Rules[2]);
        observance.RuleFor(9999)!.Should().BeSameAs(observance.Rules[2]);
        observance.ToString().Should().Be("yom-haatzmaut");
    }

    [Fact]
    public void Equality_IsStructural()
    {
        Observance Make(string name) => Observance.Create("x", ObservanceCategories.Minor, BilingualText.Create(name, "ש"), [Valid]).Value;

        EqualityContract.Check(Make("n"), Make("n"), Make("m"));
    }
}

public class ObservanceDateRuleTests
{
    public static TheoryData<ObservanceDateRule, string> Descriptions => new()
    {
        { HebrewDateRule.On(Tishrei, 3).Moving(IsoDayOfWeek.Saturday, +1), "3 Tishrei; if Saturday, +1 day" },
        { HebrewDateRule.On(Adar, 13).Moving(IsoDayOfWeek.Saturday, -2), "13 Adar (Adar II in a leap year); if Saturday, −2 days" },
        { HebrewDateRule.On(Kislev, 25).PlusDays(7), "25 Kislev + 7 days" },
        { HebrewDateRule.WeekdayOnOrAfter(IsoDayOfWeek.Saturday, Tishrei, 23).PlusWeeks(15), "Saturday on or after 23 Tishrei, + 15 weeks" },
        { HebrewDateRule.WeekdayOnOrBefore(IsoDayOfWeek.Saturday, Nisan, 14), "Saturday on or before 14 Nisan" },
        { HebrewDateRule.On(Av, 9).SkippedOn(IsoDayOfWeek.Saturday), "9 Av; not kept when on Saturday" },
        { HebrewDateRule.On(Av, 9).OnlyOn(IsoDayOfWeek.Saturday).Moving(IsoDayOfWeek.Saturday, +1),
            "9 Av; not kept when on Sunday; not kept when on Monday; not kept when on Tuesday; not kept when on Wednesday; not kept when on Thursday; not kept when on Friday; if Saturday, +1 day" },
        { NewMonthRule.Of(AdarII), "Rosh Chodesh Adar II: 30 of the month before (if it has 30 days) and 1 Adar II" },
        { SolarCycleRule.Create(28, 1, 3, 26), "every 28 years (Hebrew year mod 28 = 1), on 26 March (Julian)" },
        { GregorianDateRule.On(3, 15), "15 March (Gregorian)" },
        { GregorianDateRule.On(2, 29), "29 February (Gregorian; 28 February in a common year)" },
    };

    [Theory]
    [MemberData(nameof(Descriptions))]
    public void ToString_EveryKindOfRule_DescribesItInEnglish(ObservanceDateRule rule, string description) =>
        rule.ToString().Should().Be(description);

    [Fact]
    public void HebrewDateRule_Properties_ExposeTheData()
    {
        var rule = HebrewDateRule.WeekdayOnOrAfter(IsoDayOfWeek.Saturday, Tishrei, 23).PlusDays(1).PlusWeeks(2)
            .Moving(IsoDayOfWeek.Friday, -1).SkippedOn(IsoDayOfWeek.Monday);

        (rule.Month, rule.Day, rule.OffsetDays, rule.Alignment, rule.AlignedWeekday, rule.Weeks)
            .Should().Be((Tishrei, 23, 1, WeekdayAlignment.OnOrAfter, IsoDayOfWeek.Saturday, 2));
        rule.Moves.Should().BeEquivalentTo(new Dictionary<IsoDayOfWeek, int> { [IsoDayOfWeek.Friday] = -1 });
        rule.SkippedWeekdays.Should().Equal(IsoDayOfWeek.Monday);
    }

    [Fact]
    public void Equality_OfEachKind_IsStructural()
    {
        EqualityContract.Check<ObservanceDateRule>(
            HebrewDateRule.On(Tishrei, 3).Moving(IsoDayOfWeek.Saturday, 1),
            HebrewDateRule.On(Tishrei, 3).Moving(IsoDayOfWeek.Saturday, 1),
            HebrewDateRule.On(Tishrei, 3).Moving(IsoDayOfWeek.Saturday, 2));
        EqualityContract.Check<ObservanceDateRule>(NewMonthRule.Of(Av), NewMonthRule.Of(Av), NewMonthRule.Of(Elul));
        EqualityContract.Check<ObservanceDateRule>(SolarCycleRule.Create(28, 1, 3, 26), SolarCycleRule.Create(28, 1, 3, 26), SolarCycleRule.Create(28, 2, 3, 26));
        EqualityContract.Check<ObservanceDateRule>(GregorianDateRule.On(3, 15), GregorianDateRule.On(3, 15), GregorianDateRule.On(3, 16));
        EqualityContract.Check(
            ObservanceRule.InForce(NewMonthRule.Of(Av), 1, 2, "s"), ObservanceRule.InForce(NewMonthRule.Of(Av), 1, 2, "s"), ObservanceRule.InForce(NewMonthRule.Of(Av), 1, 3, "s"));
    }

    [Fact]
    public void Builders_BadArguments_Throw()
    {
        FluentActions.Invoking(() => HebrewDateRule.On((HebrewMonth)0, 1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => HebrewDateRule.On(Av, 31)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => HebrewDateRule.On(Av, 1).Moving(IsoDayOfWeek.None, 1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => HebrewDateRule.On(Av, 1).Moving(IsoDayOfWeek.Friday, 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => HebrewDateRule.On(Av, 1).Moving(IsoDayOfWeek.Friday, 7)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => HebrewDateRule.On(Av, 1).PlusDays(401)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => HebrewDateRule.On(Av, 1).PlusWeeks(-61)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => NewMonthRule.Of(Tishrei)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => SolarCycleRule.Create(0, 0, 3, 26)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => SolarCycleRule.Create(28, 28, 3, 26)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => SolarCycleRule.Create(28, 1, 9, 26)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => SolarCycleRule.Create(28, 1, 2, 29)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ObservanceRule.Always(null!, "s")).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => GregorianDateRule.On(0, 1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("month");
        FluentActions.Invoking(() => GregorianDateRule.On(13, 1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("month");
        FluentActions.Invoking(() => GregorianDateRule.On(1, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("day");
        FluentActions.Invoking(() => GregorianDateRule.On(2, 30)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("day");
        FluentActions.Invoking(() => GregorianDateRule.On(4, 31)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("day");
    }

    [Theory]
    [InlineData(3, 15, "a spring date: once in every Hebrew year")]
    [InlineData(9, 20, "near Rosh Hashana: twice in some Hebrew years, in none in others")]
    [InlineData(10, 5, "the latest 1 Tishrei falls in early October")]
    [InlineData(1, 1, "New Year's Day")]
    [InlineData(12, 31, "the last day of the year")]
    [InlineData(2, 29, "a leap day: 28 February in a common year")]
    public void GregorianDateRule_EveryHebrewYear_YieldsItsDaysOfThatDate(int month, int day, string why)
    {
        // The oracle: NodaTime's AnnualDate (28 February for 29 February in a common year) in each Gregorian year that
        // meets the Hebrew year, kept when it falls within NodaTime's Hebrew year.
        var rule = GregorianDateRule.On(month, day);
        var annual = new AnnualDate(month, day);
        Span<int> days = stackalloc int[2];
        var failures = new List<string>();
        for (var year = 1; year <= 9999; year++)
        {
            var info = new HebrewYearInfo(year);
            var first = new LocalDate(year, 1, 1, CalendarSystem.HebrewCivil).WithCalendar(CalendarSystem.Iso);
            var last = first.PlusDays(CalendarSystem.HebrewCivil.GetDaysInYear(year) - 1);
            var expected = new[] { year - 3761, year - 3760 }
                .Select(annual.InYear)
                .Where(date => date >= first && date <= last)
                .ToList();
            var count = rule.Resolve(info, days);
            var actual = days[..count].ToArray().Select(d => first.PlusDays(d)).ToList();
            if (!actual.SequenceEqual(expected))
            {
                failures.Add($"{year}: {string.Join(", ", actual)}, not {string.Join(", ", expected)}");
            }
        }

        failures.Take(10).Should().BeEmpty(why);
    }
}
