using Alka.Domain.Calendar;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace Alka.Domain.Benchmarks.Calendar;

/// <summary>
/// The community days of every day of a Gregorian year for the five-community mix, per day: warm (the year's table
/// is cached) and cold (a new calendar builds the year's table first).
/// </summary>
[MemoryDiagnoser]
public class CommunityCalendarBenchmarks
{
    private const int DaysInYear = 365;
    private static readonly LocalDate FirstDay = new(2027, 1, 1);
    private static readonly CommunityCalendarOptions Options = new();

    private CommunityCalendar _calendar = null!;

    [GlobalSetup]
    public void Setup()
    {
        _calendar = CommunityCalendar.Create(Options).Value;
        DaysOfYear(_calendar);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = DaysInYear)]
    public int Warm() => DaysOfYear(_calendar);

    [Benchmark(OperationsPerInvoke = DaysInYear)]
    public int Cold() => DaysOfYear(CommunityCalendar.Create(Options).Value);

    private static int DaysOfYear(CommunityCalendar calendar)
    {
        var count = 0;
        var date = FirstDay;
        for (var i = 0; i < DaysInYear; i++, date = date.PlusDays(1))
        {
            foreach (ref readonly var day in calendar.DaysOn(date, CommunityMix.All))
            {
                count += day.DayNumber;
            }
        }

        return count;
    }
}
