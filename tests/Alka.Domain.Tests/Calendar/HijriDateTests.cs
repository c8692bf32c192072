using Alka.Domain.Calendar;
using Alka.Domain.Tests.Support;
using NodaTime;

namespace Alka.Domain.Tests.Calendar;

public class HijriDateTests
{
    private static HijriDate FirstDayOfEidAlAdha(int gregorianYear) =>
        CommunityCalendar.Default.DaysBetween(new LocalDate(gregorianYear, 1, 1), new LocalDate(gregorianYear, 12, 31), CommunityMix.Of(Community.Muslim)).Value
            .First(d => d.Id == "eid-al-adha").HijriDate!.Value;

    [Fact]
    public void ToString_EveryMonth_WritesTheHijriMonthsName()
    {
        // The months of 1448 by Umm al-Qura, each on its first day: never a Gregorian month's name.
        string[] names =
        [
            "Muharram", "Safar", "Rabi' al-Awwal", "Rabi' al-Thani", "Jumada al-Ula", "Jumada al-Akhirah",
            "Rajab", "Sha'ban", "Ramadan", "Shawwal", "Dhu al-Qi'dah", "Dhu al-Hijjah",
        ];
        for (var month = 1; month <= 12; month++)
        {
            var date = new HijriDate(new LocalDate(1448, month, 1, CalendarSystem.UmAlQura));

            date.MonthName.Should().Be(names[month - 1]);
            date.ToString().Should().Be($"1 {names[month - 1]} 1448");
        }
    }

    [Fact]
    public void CommunityDay_HijriDate_IsTheDateInItsCalendar()
    {
        var eid = FirstDayOfEidAlAdha(2027);
        var tabular = FirstDayOfEidAlAdha(2100);

        eid.ToString().Should().Be("10 Dhu al-Hijjah 1448");
        (eid.Year, eid.Month, eid.Day).Should().Be((1448, 12, 10));
        eid.Calendar.Should().Be(CalendarSystem.UmAlQura);
        eid.Date.WithCalendar(CalendarSystem.Iso).Should().Be(new LocalDate(2027, 5, 16));
        tabular.Calendar.Should().Be(HijriCalendars.Tabular, "2100 is beyond Umm al-Qura");
        tabular.ToString().Should().Be($"10 Dhu al-Hijjah {tabular.Year}");
    }

    [Fact]
    public void Equality_IsTheSameDateInTheSameCalendar()
    {
        var date = new LocalDate(1448, 12, 10, CalendarSystem.UmAlQura);

        EqualityContract.Check(new HijriDate(date), new HijriDate(date), new HijriDate(date.PlusDays(1)));
        new HijriDate(date).Should().NotBe(new HijriDate(new LocalDate(1448, 12, 10, HijriCalendars.Tabular)));
    }

    [Fact]
    public void Default_IsNotAHijriDate()
    {
        default(HijriDate).ToString().Should().Be("(none)");
        default(HijriDate).Calendar.Should().Be(CalendarSystem.Iso);
    }
}
