using Alka.Domain.Calendar;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace Alka.Domain.Benchmarks.Calendar;

/// <summary>All observances of the 200 Gregorian years 1900–2099, from a fresh calendar (cold) and a warm one.</summary>
[MemoryDiagnoser]
public class ObservancesBenchmarks
{
    private static readonly LocalDate From = new(1900, 1, 1);
    private static readonly LocalDate To = new(2099, 12, 31);

    [GlobalSetup]
    public void Setup() => IsraeliCalendar.Default.GetObservances(From, To);

    [Benchmark(Baseline = true, Description = "1900–2099, cold (new calendar: every year computed)")]
    public int Cold() => IsraeliCalendar.Create(new IsraeliCalendarOptions()).Value.GetObservances(From, To).Value.Count;

    [Benchmark(Description = "1900–2099, warm (years cached)")]
    public int Warm() => IsraeliCalendar.Default.GetObservances(From, To).Value.Count;
}

/// <summary>The standing of one day on a warm cache, swept over a year of days.</summary>
[MemoryDiagnoser]
public class DayStandingBenchmarks
{
    private const int Days = 365;
    private LocalDate[] _dates = [];

    [GlobalSetup]
    public void Setup()
    {
        _dates = Enumerable.Range(0, Days).Select(i => new LocalDate(2026, 1, 1).PlusDays(i)).ToArray();
        foreach (var date in _dates)
        {
            IsraeliCalendar.Default.GetStanding(date);
        }
    }

    [Benchmark(OperationsPerInvoke = Days, Description = "GetStanding, warm")]
    public int GetStanding()
    {
        var restDays = 0;
        foreach (var date in _dates)
        {
            restDays += IsraeliCalendar.Default.GetStanding(date) == DayStanding.RestDay ? 1 : 0;
        }

        return restDays;
    }

    [Benchmark(OperationsPerInvoke = Days, Description = "GetDay, warm")]
    public int GetDay()
    {
        var observances = 0;
        foreach (var date in _dates)
        {
            observances += IsraeliCalendar.Default.GetDay(date).Observances.Count;
        }

        return observances;
    }
}
