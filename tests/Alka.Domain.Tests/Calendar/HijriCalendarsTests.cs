using System.Globalization;
using Alka.Domain.Calendar;
using NodaTime;

namespace Alka.Domain.Tests.Calendar;

public class HijriCalendarsTests
{
    [Fact]
    public void UmAlQuraRange_IsNodaTimesAndDotNets()
    {
        HijriCalendars.UmAlQuraMinYear.Should().Be(CalendarSystem.UmAlQura.MinYear);
        HijriCalendars.UmAlQuraMaxYear.Should().Be(CalendarSystem.UmAlQura.MaxYear);
        HijriCalendars.UmAlQuraMinDate.Should().Be(new LocalDate(1900, 4, 30));
        HijriCalendars.UmAlQuraMaxDate.Should().Be(new LocalDate(2077, 11, 16));
        var dotNet = new UmAlQuraCalendar();
        HijriCalendars.UmAlQuraMinDate.Should().Be(LocalDate.FromDateTime(dotNet.MinSupportedDateTime));
        HijriCalendars.UmAlQuraMaxDate.Should().Be(LocalDate.FromDateTime(dotNet.MaxSupportedDateTime));
    }

    [Fact]
    public void ToHijri_EveryDayOfUmAlQura_MatchesDotNetsUmAlQuraCalendar()
    {
        var dotNet = new UmAlQuraCalendar();
        for (var date = HijriCalendars.UmAlQuraMinDate; date <= HijriCalendars.UmAlQuraMaxDate; date = date.PlusDays(1))
        {
            var hijri = HijriCalendars.ToHijri(date);
            var expected = date.ToDateTimeUnspecified();
            (hijri.Year, hijri.Month, hijri.Day).Should().Be(
                (dotNet.GetYear(expected), dotNet.GetMonth(expected), dotNet.GetDayOfMonth(expected)), "{0}", date);
        }
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void ToHijri_OutsideUmAlQura_MatchesDotNetsTabularHijriCalendar()
    {
        var dotNet = new HijriCalendar { HijriAdjustment = 0 };
        var outside = new[] { (CommunityCalendar.MinDate, HijriCalendars.UmAlQuraMinDate.PlusDays(-1)), (HijriCalendars.UmAlQuraMaxDate.PlusDays(1), CommunityCalendar.MaxDate) };
        foreach (var (first, last) in outside)
        {
            for (var date = first; date <= last; date = date.PlusDays(17))
            {
                var hijri = HijriCalendars.ToHijri(date);
                var expected = date.ToDateTimeUnspecified();
                (hijri.Year, hijri.Month, hijri.Day).Should().Be(
                    (dotNet.GetYear(expected), dotNet.GetMonth(expected), dotNet.GetDayOfMonth(expected)), "{0}", date);
            }
        }
    }

    [Theory]
    [InlineData(1317, false, "the year before Umm al-Qura: tabular")]
    [InlineData(1318, true, "the first Umm al-Qura year")]
    [InlineData(1448, true, "now")]
    [InlineData(1500, true, "the last Umm al-Qura year")]
    [InlineData(1501, false, "after Umm al-Qura: tabular")]
    public void ForYear_ChoosesByHijriYear(int year, bool umAlQura, string why)
    {
        HijriCalendars.IsUmAlQuraYear(year).Should().Be(umAlQura, why);
        HijriCalendars.ForYear(year).Should().BeSameAs(umAlQura ? CalendarSystem.UmAlQura : CalendarSystem.IslamicBcl, why);
    }

    [Fact]
    public void Seams_AreWhereTheDocsSay()
    {
        HijriCalendars.ToHijri(new LocalDate(1900, 4, 29)).Should().Be(new LocalDate(1317, 12, 29, HijriCalendars.Tabular), "the day before Umm al-Qura");
        HijriCalendars.ToHijri(new LocalDate(1900, 4, 30)).Should().Be(new LocalDate(1318, 1, 1, CalendarSystem.UmAlQura), "Umm al-Qura's first day");
        HijriCalendars.ToHijri(new LocalDate(2077, 11, 17)).Should().Be(new LocalDate(1501, 1, 2, HijriCalendars.Tabular), "the day after Umm al-Qura");
        new LocalDate(1501, 1, 1, HijriCalendars.Tabular).WithCalendar(CalendarSystem.Iso).Should().Be(new LocalDate(2077, 11, 16), "the one-day overlap at the upper seam");
    }

    [Fact]
    public void Tabular_NearTheEndOfUmAlQura_GivesItsDateOrTheDayBeforeForNearlyEveryHoliday()
    {
        var offsets = new List<int>();
        for (var year = 1420; year <= HijriCalendars.UmAlQuraMaxYear; year++)
        {
            foreach (var (month, day) in new[] { (1, 1), (3, 12), (10, 1), (12, 10) })
            {
                var umAlQura = new LocalDate(year, month, day, CalendarSystem.UmAlQura).WithCalendar(CalendarSystem.Iso);
                var tabular = new LocalDate(year, month, day, HijriCalendars.Tabular).WithCalendar(CalendarSystem.Iso);
                offsets.Add(Period.DaysBetween(umAlQura, tabular));
            }
        }

        offsets.Should().OnlyContain(o => o >= -2 && o <= 1, "never more than two days off");
        offsets.Count(o => o is -1 or 0).Should().BeGreaterThanOrEqualTo(offsets.Count * 98 / 100, "the documented 98%");
    }
}
