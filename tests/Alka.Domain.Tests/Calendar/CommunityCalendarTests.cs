using Alka.Domain.Calendar;
using Alka.Domain.Validation;
using Ardalis.Result;
using CsCheck;
using NodaTime;
using Alka.Domain.Tests.Support;

namespace Alka.Domain.Tests.Calendar;

public class CommunityCalendarTests
{
    private static readonly CommunityMix Council = CommunityMix.Parse("jewish,muslim,christian-orthodox,druze").Value;

    public static TheoryData<LocalDate, string[], string> EdgeCases => new()
    {
        { new(2027, 5, 16), ["eid-al-adha 1/4 provisional", "eid-al-adha-druze 1/4 provisional"], "Eid al-Adha 1448: Muslim and Druze, in the order of the definitions" },
        { new(2027, 5, 19), ["eid-al-adha 4/4 provisional", "eid-al-adha-druze 4/4 provisional"], "the fourth and last day" },
        { new(2027, 1, 7), ["christmas-orthodox 1/2"], "25 December (Julian) 2026 falls in the next Gregorian year" },
        { new(2027, 1, 8), ["christmas-orthodox 2/2"], "its second day" },
        { new(2027, 1, 14), ["new-year-orthodox 1/1"], "1 January (Julian)" },
        { new(2101, 1, 8), ["christmas-orthodox 1/2"], "after 2100 the calendars are 14 days apart" },
        { new(2027, 1, 25), ["al-khidr 1/1"], "a fixed Druze date" },
        { new(2026, 4, 28), ["nabi-shuayb 4/4"], "the fourth day of Nabi Shu'ayb" },
        { new(2027, 4, 30), ["good-friday-orthodox 1/1"], "Orthodox Easter − 2" },
        { new(2027, 3, 26), [], "Western Good Friday: not in this mix" },
        { new(2027, 3, 12), ["eid-al-fitr 4/3 possible"], "the day after Eid al-Fitr: its possible day, listed by default" },
        { new(2027, 6, 10), ["ascension-orthodox 1/1"], "Orthodox Easter + 39" },
    };

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void DaysOn_CouncilMix_EdgeCases(LocalDate date, string[] expected, string why) =>
        Describe(CommunityCalendar.Default.DaysOn(date, Council)).Should().Equal(expected, why);

    [Fact]
    public void DaysOn_MixWithoutTheCommunity_IsEmpty()
    {
        var view = CommunityCalendar.Default.DaysOn(new LocalDate(2027, 5, 16), CommunityMix.Of(Community.Jewish, Community.ChristianOrthodox));

        view.IsEmpty.Should().BeTrue();
        view.Count.Should().Be(0);
        view.HasDayOff.Should().BeFalse();
    }

    [Fact]
    public void DaysOn_DateInAnotherCalendar_IsTheSameDay()
    {
        var hebrew = new LocalDate(2027, 5, 16).WithCalendar(CalendarSystem.HebrewCivil);

        Describe(CommunityCalendar.Default.DaysOn(hebrew, Council)).Should().HaveCount(2);
    }

    [Fact]
    public void DaysOn_AYearWarm_AllocatesNothing()
    {
        // A calendar of its own, whose cache no test running alongside can evict.
        var calendar = CommunityCalendar.Create(new CommunityCalendarOptions()).Value;
        var start = new LocalDate(2027, 1, 1);
        Count(calendar, start, CommunityMix.All);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var count = Count(calendar, start, CommunityMix.All);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        count.Should().BeGreaterThan(30);
        allocated.Should().Be(0);
    }

    [Fact]
    public void DaysOn_YearsBuiltInParallel_EqualYearsBuiltOneByOne()
    {
        var years = Enumerable.Range(2020, 40).ToArray();
        var parallel = CommunityCalendar.Create(new CommunityCalendarOptions()).Value;
        var sequential = CommunityCalendar.Create(new CommunityCalendarOptions()).Value;

        Parallel.ForEach(years, year => parallel.DaysOn(new LocalDate(year, 6, 1), CommunityMix.All).ToArray());

        foreach (var year in years)
        {
            parallel.DaysBetween(new(year, 1, 1), new(year, 12, 31), CommunityMix.All).Value
                .Should().Equal(sequential.DaysBetween(new(year, 1, 1), new(year, 12, 31), CommunityMix.All).Value);
        }
    }

    [Fact]
    public void DaysOn_AnyDateAndMix_ListsOnlyThatDateAndTheMixsCommunities() =>
        Gen.Select(Gen.Int[0, 3_000_000], Gen.Int[0, 31]).Sample((offset, bits) =>
        {
            var date = CommunityCalendar.MinDate.PlusDays(offset);
            var mix = CommunityMix.Of([.. Ids.All<Community>().Where((_, i) => (bits & (1 << i)) != 0)]);
            var all = CommunityCalendar.Default.AllDaysOn(date).ToArray();
            var view = CommunityCalendar.Default.DaysOn(date, mix).ToArray();
            return all.All(d => d.Date == date) && view.SequenceEqual(all.Where(d => mix.Contains(d.Community)));
        });

    [Fact]
    public void DaysBetween_AnyYear_EverySpanIsWholeAndContiguous() =>
        Gen.Int[CommunityCalendar.MinYear + 1, CommunityCalendar.MaxYear - 1].Sample(year =>
        {
            var days = CommunityCalendar.Default.DaysBetween(new(year - 1, 12, 1), new(year + 1, 1, 31), CommunityMix.All).Value;
            foreach (var first in days.Where(d => d.DayNumber == 1 && d.Date.Year == year))
            {
                for (var n = 2; n <= first.Days; n++)
                {
                    var date = first.Date.PlusDays(n - 1);
                    if (!days.Any(d => d.Definition == first.Definition && d.DayNumber == n && d.Date == date))
                    {
                        return false;
                    }
                }
            }

            return days.GroupBy(d => d.Definition).All(g => g.Count(d => d.Date.Year == year && d.DayNumber == 1) is 1 or 2);
        });

    [Fact]
    public void DaysOn_ASpanAcrossTheYearEnd_IsFoundInBothYears()
    {
        // Eid al-Adha 1427 (Umm al-Qura) began on Sunday 31 December 2006: one day in 2006, three in 2007.
        var first = new LocalDate(2006, 12, 31);
        var mix = CommunityMix.Of(Community.Muslim);

        var span = Enumerable.Range(0, 4).Select(i => Describe(CommunityCalendar.Default.DaysOn(first.PlusDays(i), mix)).Single());

        span.Should().Equal("eid-al-adha 1/4 provisional", "eid-al-adha 2/4 provisional", "eid-al-adha 3/4 provisional", "eid-al-adha 4/4 provisional");
    }

    [Fact]
    public void DaysOn_ByDefault_ListsTheDayAfterEachProvisionalSpan()
    {
        var calendar = CommunityCalendar.Create(new CommunityCalendarOptions { CallerDays = [] }).Value;

        var possible = calendar.DaysOn(new LocalDate(2027, 3, 12), Council).ToArray().Single();

        possible.Should().Match<CommunityDay>(d => d.Id == "eid-al-fitr" && d.IsPossible && !d.IsDayOff && d.IsProvisional && d.DayNumber == 4);
        possible.ReasonId.Should().Be("eid-al-fitr:possible");
        possible.HijriDate!.Value.Date.Should().Be(new LocalDate(1448, 10, 4, CalendarSystem.UmAlQura));
        possible.HijriDate.ToString().Should().Be("4 Shawwal 1448", "the Hijri month's name, not a Gregorian one");
        calendar.DaysOn(new LocalDate(2027, 3, 12), Council).HasDayOff.Should().BeFalse();
        calendar.DaysOn(new LocalDate(2027, 3, 12), CommunityMix.Of(Community.Druze)).IsEmpty.Should().BeTrue("Eid al-Fitr is not a Druze day");
        Describe(calendar.DaysOn(new LocalDate(2027, 1, 9), Council)).Should().BeEmpty("computed days have no possible day");
        calendar.IncludesPossibleDays.Should().BeTrue();
        CommunityCalendar.Default.IncludesPossibleDays.Should().BeTrue();
    }

    [Fact]
    public void DaysOn_WithoutPossibleDays_ListsDaysOffOnly()
    {
        var calendar = CommunityCalendar.Create(new CommunityCalendarOptions { IncludePossibleDays = false }).Value;

        calendar.IncludesPossibleDays.Should().BeFalse();
        Describe(calendar.DaysOn(new LocalDate(2027, 3, 11), Council)).Should().Equal("eid-al-fitr 3/3 provisional");
        Describe(calendar.DaysOn(new LocalDate(2027, 3, 12), Council)).Should().BeEmpty();
    }

    [Fact]
    public void Create_AnnouncedDate_ReplacesTheEstimateOfThatHolidayOnly()
    {
        var calendar = CommunityCalendar.Create(new CommunityCalendarOptions
        {
            AnnouncedDates = [new AnnouncedDate("eid-al-fitr", 1448, new LocalDate(2027, 3, 10)), new AnnouncedDate("eid-al-adha", 1448, new LocalDate(2027, 5, 17))],
        }).Value;

        Describe(calendar.DaysOn(new LocalDate(2027, 3, 9), Council)).Should().BeEmpty("the estimate is replaced");
        Describe(calendar.DaysOn(new LocalDate(2027, 3, 10), Council)).Should().Equal("eid-al-fitr 1/3 announced");
        Describe(calendar.DaysOn(new LocalDate(2027, 3, 12), Council)).Should().Equal("eid-al-fitr 3/3 announced");
        Describe(calendar.DaysOn(new LocalDate(2027, 3, 13), Council)).Should().BeEmpty("an announced span has no possible day");
        calendar.DaysOn(new LocalDate(2027, 3, 10), Council).ToArray()[0].HijriDate!.Value.Date.Should().Be(new LocalDate(1448, 10, 1, CalendarSystem.UmAlQura));
        Describe(calendar.DaysOn(new LocalDate(2027, 5, 16), Council)).Should().Equal(["eid-al-adha-druze 1/4 provisional"], "the Druze announce their own day");
        Describe(calendar.DaysOn(new LocalDate(2027, 5, 20), Council)).Should().Equal(["eid-al-adha 4/4 announced", "eid-al-adha-druze 5/4 possible"]);
    }

    [Fact]
    public void Create_AnnouncedDateAcrossTheYearEnd_MovesTheSpanIntoTheEarlierYear()
    {
        // Eid al-Fitr 1454 is computed for Sunday 2 January 2033; announced two days earlier it begins in 2032.
        var calendar = CommunityCalendar.Create(new CommunityCalendarOptions
        {
            AnnouncedDates = [new AnnouncedDate("eid-al-fitr", 1454, new LocalDate(2032, 12, 31))],
        }).Value;

        Describe(CommunityCalendar.Default.DaysOn(new LocalDate(2033, 1, 2), CommunityMix.All)).Should().Equal("eid-al-fitr 1/3 provisional");
        Describe(calendar.DaysOn(new LocalDate(2032, 12, 31), CommunityMix.All)).Should().Equal("eid-al-fitr 1/3 announced");
        Describe(calendar.DaysOn(new LocalDate(2033, 1, 2), CommunityMix.All)).Should().Equal("eid-al-fitr 3/3 announced");
        Describe(calendar.DaysOn(new LocalDate(2033, 1, 3), CommunityMix.All)).Should().BeEmpty();
    }

    public static TheoryData<AnnouncedDate, string, string, string> BadAnnouncements => new()
    {
        { new("passover", 1448, new(2027, 3, 10)), "announcedDates[0].definitionId", CommonErrors.UnknownReference, "not a community day" },
        { default, "announcedDates[0].definitionId", CommonErrors.UnknownReference, "the default value names no day" },
        { new("christmas-western", 1448, new(2027, 12, 25)), "announcedDates[0].definitionId", CalendarErrors.NotAnnounceable, "a computed Christian day is not announced" },
        { new("eid-al-fitr", 1448, new(2027, 3, 12)), "announcedDates[0].firstDay", CalendarErrors.AnnouncedDateOutsideWindow, "three days after the computed 9 March: not Eid al-Fitr 1448" },
        { new("eid-al-fitr", 1448, new(2027, 3, 6)), "announcedDates[0].firstDay", CalendarErrors.AnnouncedDateOutsideWindow, "three days before" },
        { new("eid-al-fitr", 1449, new(2027, 3, 10)), "announcedDates[0].firstDay", CalendarErrors.AnnouncedDateOutsideWindow, "the wrong Hijri year" },
        { new("eid-al-fitr", 900, new(1495, 3, 10)), "announcedDates[0].hijriYear", CommonErrors.OutOfRange, "before 1583" },
        { new("eid-al-fitr", 20000, new(2027, 3, 10)), "announcedDates[0].hijriYear", CommonErrors.OutOfRange, "beyond any Hijri calendar" },
    };

    [Theory]
    [MemberData(nameof(BadAnnouncements))]
    public void Create_BadAnnouncement_IsANamedError(AnnouncedDate announcement, string identifier, string code, string why)
    {
        var result = CommunityCalendar.Create(new CommunityCalendarOptions { AnnouncedDates = [announcement] });

        result.ValidationErrors.Select(e => (e.Identifier, e.ErrorCode)).Should().Equal([(identifier, code)], why);
    }

    [Theory]
    [InlineData(-2, "two days early: allowed")]
    [InlineData(0, "the computed day itself")]
    [InlineData(2, "two days late: allowed")]
    public void Create_AnnouncementWithinTheWindow_IsAccepted(int shift, string why) =>
        CommunityCalendar.Create(new CommunityCalendarOptions
        {
            AnnouncedDates = [new AnnouncedDate("mawlid", 1449, new LocalDate(2027, 8, 14).PlusDays(shift))],
        }).IsSuccess.Should().BeTrue(why);

    [Fact]
    public void Create_EveryOptionWrong_ListsEveryProblem()
    {
        var druze = CommunityDayDefinitions.All.Where(d => d.Community == Community.Druze).ToList();
        var knesset = CallerDay.KnessetElection(new LocalDate(2026, 10, 27), "Knesset").Value;
        var result = CommunityCalendar.Create(new CommunityCalendarOptions
        {
            Definitions = [.. druze, druze[0]],
            AnnouncedDates = [new("eid-al-fitr", 1448, new(2027, 3, 10)), new("nabi-shuayb", 1448, new(2027, 4, 25)), new("eid-al-adha-druze", 1448, new(2027, 5, 16)), new("eid-al-adha-druze", 1448, new(2027, 5, 17))],
            CallerDays = [knesset, CallerDay.Strike(knesset.Date, "General strike").Value, CallerDay.KnessetElection(knesset.Date, "again").Value],
        });

        result.Status.Should().Be(ResultStatus.Invalid);
        result.ValidationErrors.Select(e => (e.Identifier, e.ErrorCode)).Should().Equal(
            ("definitions[4].id", CommonErrors.DuplicateId),
            ("announcedDates[0].definitionId", CommonErrors.UnknownReference),
            ("announcedDates[1].definitionId", CalendarErrors.NotAnnounceable),
            ("announcedDates[3]", CommonErrors.Duplicate),
            ("callerDays[2]", CommonErrors.Duplicate));
    }

    [Fact]
    public void Create_NullOptionsOrLists_Throw()
    {
        FluentActions.Invoking(() => CommunityCalendar.Create(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => CommunityCalendar.Create(new CommunityCalendarOptions { Definitions = null! })).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => CommunityCalendar.Create(new CommunityCalendarOptions { CallerDays = [null!] })).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Create_CustomDefinitions_PlacesOnlyThem()
    {
        var ashura = CommunityDayDefinition.Create("ashura", Community.Muslim, 1, BilingualText.Create("Ashura", "עשוראא"), CommunityDayRule.HijriDate(1, 10), "10 Muharram").Value;
        var calendar = CommunityCalendar.Create(new CommunityCalendarOptions { Definitions = [ashura] }).Value;

        calendar.Definitions.Should().Equal(ashura);
        var day = new LocalDate(1449, 1, 10, CalendarSystem.UmAlQura).WithCalendar(CalendarSystem.Iso);
        calendar.DaysBetween(new(2027, 1, 1), new(2027, 12, 31), CommunityMix.All).Value
            .Select(d => (d.Date, d.IsPossible)).Should().Equal((day, false), (day.PlusDays(1), true));
    }

    [Fact]
    public void CallerDaysOn_KnessetElectionAndStrikeOnOneDate_ListsBothInTheGivenOrder()
    {
        var date = new LocalDate(2026, 10, 27);
        var knesset = CallerDay.KnessetElection(date, "Elections to the 26th Knesset").Value;
        var strike = CallerDay.Strike(date, "General strike").Value;
        var emergency = CallerDay.Emergency(new LocalDate(2027, 1, 3), "Home Front Command restrictions").Value;
        var calendar = CommunityCalendar.Create(new CommunityCalendarOptions { CallerDays = [emergency, knesset, strike] }).Value;

        calendar.CallerDaysOn(date).ToArray().Should().Equal(knesset, strike);
        calendar.CallerDaysOn(date.PlusDays(1)).IsEmpty.Should().BeTrue();
        calendar.CallerDaysBetween(new(2026, 9, 1), new(2027, 8, 31)).Value.Should().Equal(knesset, strike, emergency);
        calendar.CallerDays.Should().Equal(emergency, knesset, strike);
        CommunityCalendar.Default.CallerDaysOn(date).IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void DaysBetween_SchoolYear_ListsEveryDayOfTheMixByDate()
    {
        var days = CommunityCalendar.Default.DaysBetween(new(2026, 9, 1), new(2027, 8, 31), Council).Value;

        days.Select(d => d.Date).Should().BeInAscendingOrder();
        days.Should().OnlyContain(d => Council.Contains(d.Community));
        days.Count(d => d.Id == "eid-al-adha" && d.IsDayOff).Should().Be(4);
        days.Count(d => d.Id == "eid-al-adha" && d.IsPossible).Should().Be(1);
        days.Should().Contain(d => d.Id == "nabi-sabalan" && d.Date == new LocalDate(2026, 9, 10));
    }

    [Fact]
    public void DaysBetween_BadRange_ListsEveryProblem()
    {
        var result = CommunityCalendar.Default.DaysBetween(new(10_000 - 1, 6, 1), new(1500, 1, 1), Council);

        result.ValidationErrors.Select(e => (e.Identifier, e.ErrorCode)).Should().Equal(
            ("from", CommonErrors.DateOutOfRange),
            ("to", CommonErrors.DateOutOfRange),
            ("to", CommonErrors.EndBeforeStart));
        CommunityCalendar.Default.CallerDaysBetween(new(2027, 1, 2), new(2027, 1, 1)).ValidationErrors.Single().ErrorCode
            .Should().Be(CommonErrors.EndBeforeStart);
    }

    [Fact]
    public void DaysBetween_TheWholeSupportedRangeEdges_Work()
    {
        CommunityCalendar.Default.DaysBetween(CommunityCalendar.MinDate, CommunityCalendar.MinDate.PlusDays(40), CommunityMix.All).Value
            .Should().Contain(d => d.Id == "new-year-western" && d.Date == CommunityCalendar.MinDate);
        CommunityCalendar.Default.DaysBetween(CommunityCalendar.MaxDate.PlusDays(-10), CommunityCalendar.MaxDate, CommunityMix.All).Value
            .Should().Contain(d => d.Id == "christmas-western" && d.DayNumber == 2);
    }

    [Theory]
    [InlineData(CommunityCalendar.MinYear - 1, 12, 31)]
    [InlineData(CommunityCalendar.MaxYear + 1, 1, 1)]
    public void AllDaysOnAndCallerDaysOn_DateOutsideTheSupportedYears_Throw(int year, int month, int day)
    {
        var date = new LocalDate(year, month, day);

        CommunityCalendar.IsSupported(date).Should().BeFalse();
        FluentActions.Invoking(() => CommunityCalendar.Default.AllDaysOn(date).Length).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => CommunityCalendar.Default.CallerDaysOn(date).Length).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void CommunityDay_Default_IsNotAnOccurrence()
    {
        default(CommunityDay).ToString().Should().Be("(none)");
        FluentActions.Invoking(() => default(CommunityDay).Id).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void CommunityDay_Equality_FulfilsTheContract()
    {
        var days = CommunityCalendar.Default.AllDaysOn(new LocalDate(2027, 5, 16)).ToArray();
        var again = CommunityCalendar.Create(new CommunityCalendarOptions()).Value.AllDaysOn(new LocalDate(2027, 5, 16)).ToArray();

        EqualityContract.Check(days[0], again[0], days[1]);
    }

    [Fact]
    public void AnnouncedDate_Equality_FulfilsTheContract() =>
        EqualityContract.Check(
            new AnnouncedDate("eid-al-fitr", 1448, new LocalDate(2027, 3, 10)),
            new AnnouncedDate("eid-al-fitr", 1448, new LocalDate(2027, 3, 10).WithCalendar(CalendarSystem.UmAlQura)),
            new AnnouncedDate("eid-al-fitr", 1449, new LocalDate(2027, 3, 10)));

    private static int Count(CommunityCalendar calendar, LocalDate start, CommunityMix mix)
    {
        var count = 0;
        for (var date = start; date.Year == start.Year; date = date.PlusDays(1))
        {
            foreach (ref readonly var day in calendar.DaysOn(date, mix))
            {
                count += day.DayNumber > 0 ? 1 : 0;
            }
        }

        return count;
    }

    private static List<string> Describe(CommunityDayView view)
    {
        var described = new List<string>();
        foreach (var day in view)
        {
            var state = day.IsPossible ? " possible" : day.IsProvisional ? " provisional" : day.IsAnnounced ? " announced" : "";
            described.Add($"{day.Id} {day.DayNumber}/{day.Days}{state}");
        }

        return described;
    }
}
