using Alka.Domain.Calendar;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace Alka.Domain.Benchmarks.Calendar;

/// <summary>Gregorian → Hebrew conversion of one date, swept over 1900–2099 (73,049 dates per invocation).</summary>
[MemoryDiagnoser]
public class HebrewDateBenchmarks
{
    private const int Days = 73_049;
    private LocalDate[] _dates = [];

    [GlobalSetup]
    public void Setup()
    {
        _dates = new LocalDate[Days];
        for (var i = 0; i < Days; i++)
        {
            _dates[i] = new LocalDate(1900, 1, 1).PlusDays(i);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Days, Description = "NodaTime WithCalendar(HebrewScriptural)")]
    public int NodaTimeWithCalendar()
    {
        var sum = 0;
        foreach (var date in _dates)
        {
            sum += date.WithCalendar(CalendarSystem.HebrewScriptural).Day;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Days, Description = "HebrewDate.FromLocalDate")]
    public int FromLocalDate()
    {
        var sum = 0;
        foreach (var date in _dates)
        {
            sum += HebrewDate.FromLocalDate(date).Day;
        }

        return sum;
    }
}
