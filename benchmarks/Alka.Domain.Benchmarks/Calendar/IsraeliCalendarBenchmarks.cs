using Alka.Domain.Calendar;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace Alka.Domain.Benchmarks.Calendar;

/// <summary>
/// All observances of the 200 Gregorian years 1900–2099 (17,012 occurrences): computed from scratch by a new calendar
/// (201 Hebrew years) and read from a warm one; each read through the view of <see cref="IsraeliCalendar.EnumerateObservances"/>
/// (enumerated, or copied into the caller's buffer) and as the copy of <see cref="IsraeliCalendar.GetObservances"/>
/// (266 KB in chunks of 64 KB).
/// </summary>
[MemoryDiagnoser]
public class ObservancesBenchmarks
{
    private static readonly LocalDate From = new(1900, 1, 1);
    private static readonly LocalDate To = new(2099, 12, 31);

    private ObservanceOccurrence[] _buffer = [];

    [GlobalSetup]
    public void Setup() => _buffer = new ObservanceOccurrence[IsraeliCalendar.Default.EnumerateObservances(From, To).Value.Count];

    [Benchmark(Baseline = true, Description = "cold, enumerated (new calendar: every year computed)")]
    public int Cold() => Sum(NewCalendar().EnumerateObservances(From, To).Value);

    [Benchmark(Description = "cold, as a copy (GetObservances)")]
    public int ColdArray() => NewCalendar().GetObservances(From, To).Value.Count;

    [Benchmark(Description = "warm, enumerated (years cached)")]
    public int Warm() => Sum(IsraeliCalendar.Default.EnumerateObservances(From, To).Value);

    [Benchmark(Description = "warm, copied into the caller's buffer")]
    public int WarmCopyTo()
    {
        var range = IsraeliCalendar.Default.EnumerateObservances(From, To).Value;
        range.CopyTo(_buffer);
        return range.Count;
    }

    [Benchmark(Description = "warm, as a copy (GetObservances)")]
    public int WarmArray() => IsraeliCalendar.Default.GetObservances(From, To).Value.Count;

    private static IsraeliCalendar NewCalendar() => IsraeliCalendar.Create(new IsraeliCalendarOptions()).Value;

    private static int Sum(ObservanceRange range)
    {
        var days = 0;
        foreach (var occurrence in range)
        {
            days += occurrence.HebrewDate.Day;
        }

        return days;
    }
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
