using Alka.Domain.Calendar;
using CsCheck;
using NodaTime;

namespace Alka.Domain.Tests.Calendar;

public class EasterTests
{
    public static TheoryData<int, LocalDate, LocalDate, string> EdgeCases => new()
    {
        { 1583, new(1583, 4, 10), new(1583, 4, 10), "first supported year; the calendars are 10 days apart and the Easters coincide" },
        { 1818, new(1818, 3, 22), new(1818, 4, 26), "the earliest possible Western Easter, 22 March" },
        { 1886, new(1886, 4, 25), new(1886, 4, 25), "25 April, the latest possible Western Easter, same day in both computus" },
        { 1900, new(1900, 4, 15), new(1900, 4, 22), "a century year that is not a Gregorian leap year: the calendars move from 12 to 13 days apart" },
        { 1954, new(1954, 4, 18), new(1954, 4, 25), "Western epact 25 with golden number > 11: Clavius' exception moves the full moon a day earlier" },
        { 1981, new(1981, 4, 19), new(1981, 4, 26), "Western epact 24: the other exception of Clavius" },
        { 2000, new(2000, 4, 23), new(2000, 4, 30), "a Gregorian leap century" },
        { 2010, new(2010, 4, 4), new(2010, 4, 4), "both computus agree" },
        { 2027, new(2027, 3, 28), new(2027, 5, 2), "Orthodox Easter five weeks after Western" },
        { 2100, new(2100, 3, 28), new(2100, 5, 2), "the calendars move to 14 days apart" },
        { 2285, new(2285, 3, 22), new(2285, 4, 26), "the next 22 March Western Easter" },
        { 9998, new(9998, 4, 5), new(9998, 6, 7), "last supported year: the calendars are 73 days apart, Orthodox Easter in June" },
    };

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void WesternAndOrthodox_EdgeCases_MatchKnownDates(int year, LocalDate western, LocalDate orthodox, string why)
    {
        Easter.Western(year).Should().Be(western, why);
        Easter.Orthodox(year).Should().Be(orthodox, why);
    }

    [Fact]
    public void Western_EverySupportedYear_MatchesTheEpactComputus()
    {
        for (var year = CommunityCalendar.MinYear; year <= CommunityCalendar.MaxYear; year++)
        {
            Easter.Western(year).Should().Be(IndependentComputus.WesternEaster(year), "year {0}", year);
        }
    }

    [Fact]
    public void Orthodox_EverySupportedYear_MatchesTheDionysianTableInNodaTimesJulianCalendar()
    {
        for (var year = CommunityCalendar.MinYear; year <= CommunityCalendar.MaxYear; year++)
        {
            Easter.Orthodox(year).Should().Be(IndependentComputus.OrthodoxEaster(year), "year {0}", year);
        }
    }

    [Fact]
    public void Western_AnyYear_IsASundayFrom22MarchTo25April() =>
        Gen.Int[CommunityCalendar.MinYear, CommunityCalendar.MaxYear].Sample(year =>
        {
            var easter = Easter.Western(year);
            return easter.DayOfWeek == IsoDayOfWeek.Sunday
                && easter >= new LocalDate(year, 3, 22) && easter <= new LocalDate(year, 4, 25);
        });

    [Fact]
    public void Orthodox_AnyYear_IsASundayWholeWeeksAfterWesternEasterNeverBefore() =>
        Gen.Int[CommunityCalendar.MinYear, CommunityCalendar.MaxYear].Sample(year =>
        {
            var orthodox = Easter.Orthodox(year);
            var gap = Period.DaysBetween(Easter.Western(year), orthodox);
            return orthodox.DayOfWeek == IsoDayOfWeek.Sunday && gap >= 0 && gap % 7 == 0;
        });

    [Fact]
    public void Orthodox_AnyYearUntil2099_IsTheSameDayOrOneFourOrFiveWeeksAfterWestern() =>
        Gen.Int[CommunityCalendar.MinYear, 2099].Sample(year =>
            Period.DaysBetween(Easter.Western(year), Easter.Orthodox(year)) is 0 or 7 or 28 or 35);

    [Theory]
    [InlineData(CommunityCalendar.MinYear - 1)]
    [InlineData(CommunityCalendar.MaxYear + 1)]
    public void WesternAndOrthodox_YearOutsideTheSupportedRange_Throw(int year)
    {
        FluentActions.Invoking(() => Easter.Western(year)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Easter.Orthodox(year)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
