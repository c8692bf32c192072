using Alka.Domain.Calendar;
using CsCheck;
using NodaTime;

namespace Alka.Domain.Tests.Calendar;

public class HebrewArithmeticTests
{
    [Fact]
    public void EpochDayFromIsoAndBack_AnyDateOfNodaTime_AgreesWithNodaTime()
    {
        Gen.Int[-9998, 9999].Select(Gen.Int[1, 12], Gen.Int[1, 28], (y, m, d) => new LocalDate(y, m, d)).Sample(date =>
        {
            var epochDay = HebrewArithmetic.EpochDayFromIso(date.Year, date.Month, date.Day);
            epochDay.Should().Be(Period.Between(new LocalDate(1970, 1, 1), date, PeriodUnits.Days).Days);
            HebrewArithmetic.IsoFromEpochDay(epochDay).Should().Be((date.Year, date.Month, date.Day));
            HebrewArithmetic.IsoDayOfWeek(epochDay).Should().Be((int)date.DayOfWeek);
        });
    }

    [Fact]
    public void EpochDayFromJulian_AnyJulianDate_AgreesWithNodaTime()
    {
        Gen.Int[-9997, 9998].Select(Gen.Int[1, 12], Gen.Int[1, 28], (y, m, d) => new LocalDate(y, m, d, CalendarSystem.Julian)).Sample(date =>
            HebrewArithmetic.EpochDayFromJulian(date.Year, date.Month, date.Day)
                .Should().Be(HebrewDate.ToEpochDay(date.WithCalendar(CalendarSystem.Iso))));
    }
}
