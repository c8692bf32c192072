using Alka.Domain.Calendar;
using Alka.Domain.Validation;
using Ardalis.Result;
using CsCheck;
using NodaTime;
using static NodaTime.IsoDayOfWeek;

namespace Alka.Domain.Tests.Calendar;

public class IsraeliCalendarTests
{
    private static readonly IsraeliCalendar Calendar = IsraeliCalendar.Default;

    public static TheoryData<LocalDate, DayStanding, string> Standings => new()
    {
        { new LocalDate(2026, 9, 10), DayStanding.Workday, "an ordinary Thursday" },
        { new LocalDate(2026, 9, 11), DayStanding.Weekend, "Erev Rosh Hashana on a Friday is still the weekend" },
        { new LocalDate(2026, 9, 12), DayStanding.RestDay, "Rosh Hashana on a Saturday: the day of rest outranks the weekend" },
        { new LocalDate(2026, 9, 14), DayStanding.Workday, "Tzom Gedaliah moved to Sunday: a fast is a workday" },
        { new LocalDate(2026, 9, 20), DayStanding.ShortWorkday, "Erev Yom Kippur on a Sunday" },
        { new LocalDate(2026, 9, 21), DayStanding.RestDay, "Yom Kippur on a Monday" },
        { new LocalDate(2026, 9, 28), DayStanding.Workday, "Chol HaMoed Sukkot is a workday (the policy of issue 3 avoids it)" },
        { new LocalDate(2026, 10, 2), DayStanding.Weekend, "Hoshana Raba (chol-hamoed and eve) on a Friday" },
        { new LocalDate(2027, 4, 27), DayStanding.ShortWorkday, "Pesach VI, the eve of the seventh day, on a Tuesday" },
        { new LocalDate(2027, 5, 12), DayStanding.RestDay, "Yom HaAtzmaut is a national day of rest" },
        { new LocalDate(2027, 5, 11), DayStanding.Workday, "Yom HaZikaron is a workday" },
        { new LocalDate(2027, 8, 13), DayStanding.Weekend, "an ordinary Friday" },
    };

    [Theory]
    [MemberData(nameof(Standings))]
    public void GetStanding_Examples_FollowTheRules(LocalDate date, DayStanding standing, string why)
    {
        Calendar.GetStanding(date).Should().Be(standing, why);
        Calendar.GetDay(date).Standing.Should().Be(standing, why);
    }

    [Fact]
    public void GetDay_ErevRoshHashana5787_DescribesTheDay()
    {
        var day = Calendar.GetDay(new LocalDate(2026, 9, 11));

        day.Date.Should().Be(new LocalDate(2026, 9, 11));
        day.HebrewDate.Should().Be(new HebrewDate(5786, HebrewMonth.Elul, 29));
        day.Observances.Select(o => o.Id).Should().Equal("erev-rosh-hashana");
        day.Categories.Should().Be(ObservanceCategories.Eve);
        day.IsWorkday.Should().BeFalse();
        day.ToString().Should().Be("2026-09-11 (29 Elul 5786): erev-rosh-hashana");
    }

    [Fact]
    public void GetDay_ADayWithSeveralObservances_OrdersThemByIdAndUnitesTheirCategories()
    {
        // 14 Nisan 5787 (Wednesday): Erev Pesach and the Fast of the Firstborn.
        var day = Calendar.GetDay(new LocalDate(2027, 4, 21));

        day.Observances.Select(o => o.Id).Should().Equal("erev-pesach", "taanit-bechorot");
        day.Observances.Count.Should().Be(2);
        day.Observances[1].Id.Should().Be("taanit-bechorot");
        day.Categories.Should().Be(ObservanceCategories.Eve | ObservanceCategories.Fast);
        day.Standing.Should().Be(DayStanding.ShortWorkday);
    }

    [Fact]
    public void GetDay_ObservanceList_IndexerChecksItsRange()
    {
        var observances = Calendar.GetDay(new LocalDate(2027, 4, 21)).Observances;

        FluentActions.Invoking(() => observances[2]).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => observances[-1]).Should().Throw<ArgumentOutOfRangeException>();
        default(ObservanceList).Count.Should().Be(0);
        default(ObservanceList).AsSpan().IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void GetDayAndGetStanding_WarmCache_DoNotAllocate()
    {
        // A calendar of its own, whose cache no test running alongside can evict.
        var calendar = IsraeliCalendar.Create(new IsraeliCalendarOptions()).Value;
        var date = new LocalDate(2027, 5, 11);
        calendar.GetDay(date);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var restDays = 0;
        for (var i = 0; i < 1000; i++)
        {
            restDays += calendar.GetDay(date).Observances.Count + (calendar.GetStanding(date) == DayStanding.RestDay ? 1 : 0);
        }

        GC.GetAllocatedBytesForCurrentThread().Should().Be(before);
        restDays.Should().Be(1000);
    }

    [Fact]
    public void GetDay_OutsideTheRange_Throws()
    {
        FluentActions.Invoking(() => Calendar.GetDay(IsraeliCalendar.MaxDate.PlusDays(1))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("date");
        FluentActions.Invoking(() => Calendar.GetStanding(IsraeliCalendar.MinDate.PlusDays(-1))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("date");
        Calendar.GetDay(IsraeliCalendar.MinDate).HebrewDate.Should().Be(HebrewDate.MinValue);
        Calendar.GetDay(IsraeliCalendar.MaxDate).HebrewDate.Should().Be(HebrewDate.MaxValue);
    }

    public static TheoryData<LocalDate, LocalDate, string[]> BadRanges => new()
    {
        { new LocalDate(2027, 1, 2), new LocalDate(2027, 1, 1), ["to:" + CommonErrors.EndBeforeStart] },
        { new LocalDate(-3761, 1, 1), new LocalDate(2027, 1, 1), ["from:" + CommonErrors.DateOutOfRange] },
        { new LocalDate(2027, 1, 1), new LocalDate(6240, 1, 1), ["to:" + CommonErrors.DateOutOfRange] },
        { new LocalDate(6240, 1, 1), new LocalDate(-3761, 1, 1), ["from:" + CommonErrors.DateOutOfRange, "to:" + CommonErrors.DateOutOfRange, "to:" + CommonErrors.EndBeforeStart] },
    };

    [Theory]
    [MemberData(nameof(BadRanges))]
    public void RangeMembers_BadRanges_ListEveryProblem(LocalDate from, LocalDate to, string[] problems)
    {
        static IEnumerable<string> Named(IEnumerable<ValidationError> errors) => errors.Select(e => $"{e.Identifier}:{e.ErrorCode}");

        Named(Calendar.GetObservances(from, to).ValidationErrors).Should().Equal(problems);
        Named(Calendar.EnumerateObservances(from, to).ValidationErrors).Should().Equal(problems);
        Named(Calendar.GetDays(from, to).ValidationErrors).Should().Equal(problems);
        Named(Calendar.WorkdaysBetween(from, to).ValidationErrors)
            .Should().Equal(problems.Select(p => p.Replace("from:", "start:", StringComparison.Ordinal).Replace("to:", "end:", StringComparison.Ordinal)));
    }

    [Fact]
    public void GetDays_AWeek_IsEveryDayInOrder()
    {
        var days = Calendar.GetDays(new LocalDate(2026, 9, 6), new LocalDate(2026, 9, 12)).Value;

        days.Select(d => d.Date.DayOfWeek).Should().Equal(Sunday, Monday, Tuesday, Wednesday, Thursday, Friday, Saturday);
        days.Select(d => d.Standing).Should().Equal(
            DayStanding.Workday, DayStanding.Workday, DayStanding.Workday, DayStanding.Workday, DayStanding.Workday, DayStanding.Weekend, DayStanding.RestDay);
    }

    [Fact]
    public void GetDays_AcrossTheNewYear_CoversBothHebrewYears()
    {
        var days = Calendar.GetDays(new LocalDate(2026, 9, 10), new LocalDate(2026, 9, 13)).Value;

        days.Select(d => d.HebrewDate.ToString()).Should().Equal("28 Elul 5786", "29 Elul 5786", "1 Tishrei 5787", "2 Tishrei 5787");
    }

    [Theory]
    [InlineData(2026, 9, 10, 2026, 9, 13, "Thursday before Rosh Hashana on Saturday and Sunday: Monday")]
    [InlineData(2026, 9, 27, 2026, 9, 28, "Sukkot on Saturday: Sunday, Chol HaMoed, is a workday")]
    [InlineData(2027, 5, 11, 2027, 5, 13, "Yom HaZikaron to after Yom HaAtzmaut")]
    [InlineData(2027, 4, 20, 2027, 4, 21, "the eve of Pesach is a (short) workday")]
    public void NextWorkday_Examples_SkipRestDaysAndWeekends(int y, int m, int d, int ny, int nm, int nd, string why)
    {
        Calendar.NextWorkday(new LocalDate(y, m, d)).Value.Should().Be(new LocalDate(ny, nm, nd).PlusDays(ny == 2026 && nm == 9 && nd == 13 ? 1 : 0), why);
    }

    [Fact]
    public void NextWorkday_AtTheEndOfTheRange_IsInvalid()
    {
        Calendar.NextWorkday(IsraeliCalendar.MaxDate).ValidationErrors.Should().ContainSingle().Which.ErrorCode.Should().Be(CommonErrors.DateOutOfRange);
        Calendar.NextWorkday(IsraeliCalendar.MaxDate.PlusDays(1)).ValidationErrors.Should().ContainSingle().Which.Identifier.Should().Be("date");
    }

    [Fact]
    public void WorkdaysBetween_AnOrdinaryWeek_IsFiveAndTheRangeIsHalfOpen()
    {
        Calendar.WorkdaysBetween(new LocalDate(2026, 8, 2), new LocalDate(2026, 8, 9)).Value.Should().Be(5);
        Calendar.WorkdaysBetween(new LocalDate(2026, 8, 2), new LocalDate(2026, 8, 2)).Value.Should().Be(0);
        Calendar.WorkdaysBetween(new LocalDate(2026, 8, 2), new LocalDate(2026, 8, 3)).Value.Should().Be(1);
        Calendar.WorkdaysBetween(IsraeliCalendar.MaxDate, IsraeliCalendar.MaxDate.PlusDays(1)).IsSuccess.Should().BeTrue("the end is exclusive");
    }

    [Fact]
    public void WorkdaysBetween_AnyRange_CountsTheWorkdaysOfGetDays()
    {
        var dates = Gen.Int[HebrewDate.ToEpochDay(new LocalDate(1990, 1, 1)), HebrewDate.ToEpochDay(new LocalDate(2100, 1, 1))]
            .Select(Gen.Int[0, 900], (start, length) => (start, length));
        dates.Sample(pair =>
        {
            var start = HebrewDate.FromEpochDay(pair.start).ToLocalDate();
            var end = start.PlusDays(pair.length);
            var expected = pair.length == 0 ? 0 : Calendar.GetDays(start, end.PlusDays(-1)).Value.Count(d => d.IsWorkday);
            Calendar.WorkdaysBetween(start, end).Value.Should().Be(expected);
        }, iter: 200);
    }

    [Fact]
    public void GetStanding_ConcurrentFirstUse_GivesTheSameAnswersAsASequentialCalendar()
    {
        var fresh = IsraeliCalendar.Create(new IsraeliCalendarOptions()).Value;
        var dates = Enumerable.Range(0, 20_000).Select(i => new LocalDate(1990, 1, 1).PlusDays(i * 7 % 20_000)).ToArray();

        var parallel = dates.AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(fresh.GetStanding).ToArray();

        parallel.Should().Equal(dates.Select(Calendar.GetStanding));
    }

    [Fact]
    public void Create_DuplicateIds_NamesEachRepeat()
    {
        var observances = IsraeliObservances.All.Concat([IsraeliObservances.All[3], IsraeliObservances.All[3]]).ToList();

        var result = IsraeliCalendar.Create(new IsraeliCalendarOptions { Observances = observances });

        result.ValidationErrors.Select(e => (e.Identifier, e.ErrorCode)).Should().Equal(
            ($"observances[{observances.Count - 2}]", CommonErrors.DuplicateId),
            ($"observances[{observances.Count - 1}]", CommonErrors.DuplicateId));
    }

    [Fact]
    public void Create_WithACustomObservanceAndWithoutTheMinorOnes_KnowsExactlyThose()
    {
        var founding = Observance.Create(
            "alka-founding-day", ObservanceCategories.Minor, BilingualText.Create("Alka Founding Day", "יום היסוד של אלכא"),
            [ObservanceRule.InForce(HebrewDateRule.On(HebrewMonth.Shvat, 1).Moving(Saturday, +1), 5772, null, "Institute decision (example)")]).Value;
        var options = new IsraeliCalendarOptions
        {
            Observances = [.. IsraeliObservances.All.Where(o => o.Categories != ObservanceCategories.Minor), founding],
        };

        var calendar = IsraeliCalendar.Create(options).Value;

        calendar.FindObservance("alka-founding-day").Should().BeSameAs(founding);
        calendar.FindObservance("tu-bishvat").Should().BeNull();
        calendar.Observances.Select(o => o.Id).Should().BeInAscendingOrder(StringComparer.Ordinal);
        calendar.GetObservances(new LocalDate(2026, 9, 1), new LocalDate(2027, 8, 31)).Value
            .Where(o => o.Observance.Id == "alka-founding-day").Select(o => o.HebrewDate.ToString())
            .Should().Equal(["2 Sh'vat 5787"], "1 Sh'vat 5787 is a Saturday, moved to Sunday");
        calendar.GetObservances(new LocalDate(2011, 1, 1), new LocalDate(2011, 12, 31)).Value
            .Should().NotContain(o => o.Observance.Id == "alka-founding-day", "5771 is before its first year");
    }

    public static TheoryData<string, LocalDate, LocalDate, LocalDate[], string> History => new()
    {
        // id, from, to, the days expected in that span, and why.
        { "yom-haatzmaut", new LocalDate(1948, 1, 1), new LocalDate(1948, 12, 31), [new LocalDate(1948, 5, 14)], "the declaration itself, on a Friday" },
        { "yom-haatzmaut", new LocalDate(1997, 1, 1), new LocalDate(1997, 12, 31), [new LocalDate(1997, 5, 12)], "on a Monday before the amendment of 2004" },
        { "yom-haatzmaut", new LocalDate(2004, 1, 1), new LocalDate(2004, 12, 31), [new LocalDate(2004, 4, 27)], "Monday → Tuesday from 2004" },
        { "yom-hazikaron", new LocalDate(1997, 1, 1), new LocalDate(1997, 12, 31), [new LocalDate(1997, 5, 11)], "on a Sunday before the amendment of 2004" },
        { "yom-hazikaron", new LocalDate(1950, 1, 1), new LocalDate(1950, 12, 31), [], "not kept before 1951" },
        { "yom-hashoah", new LocalDate(1951, 1, 1), new LocalDate(1951, 12, 31), [new LocalDate(1951, 5, 3)], "the first year, by the Knesset resolution" },
        { "sigd", new LocalDate(2007, 1, 1), new LocalDate(2007, 12, 31), [], "the Sigd Law of 2008" },
        { "yom-yerushalayim", new LocalDate(1967, 1, 1), new LocalDate(1967, 12, 31), [], "kept from 1968" },
        { "birkat-hachamah", new LocalDate(1981, 1, 1), new LocalDate(1981, 12, 31), [new LocalDate(1981, 4, 8)], "28 years before 2009" },
        { "birkat-hachamah", new LocalDate(1897, 1, 1), new LocalDate(1897, 12, 31), [new LocalDate(1897, 4, 7)], "26 March Julian was 7 April Gregorian in the 19th century" },
        { "rosh-chodesh-adar", new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31), [], "5787 is a leap year: Rosh Chodesh Adar I and Adar II instead" },
        { "rosh-chodesh-adar-i", new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31), [new LocalDate(2027, 2, 7), new LocalDate(2027, 2, 8)], "30 Sh'vat and 1 Adar I" },
        { "tisha-bav-observed", new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31), [], "9 Av 5786 is a Thursday" },
        { "tisha-bav-observed", new LocalDate(2029, 1, 1), new LocalDate(2029, 12, 31), [new LocalDate(2029, 7, 22)], "9 Av 5789 is a Saturday" },
    };

    [Theory]
    [MemberData(nameof(History))]
    public void GetObservances_OutsideTheReferencePeriod_FollowTheLawOfEachYear(string id, LocalDate from, LocalDate to, LocalDate[] expected, string why)
    {
        Calendar.GetObservances(from, to).Value.Where(o => o.Observance.Id == id).Select(o => o.Date).Should().Equal(expected, why);
    }
}
