using Alka.Domain.Calendar;
using Alka.Domain.Scheduling;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace Alka.Domain.Benchmarks.Scheduling;

/// <summary>
/// Judging every day of a Gregorian year (2027) for the five-community mix under the government-forum policy, per
/// year: day by day warm (the year's table is cached), as one range (the result array is the only allocation), and
/// cold (a new forum calendar judges the year first; the Israeli and community calendars underneath are warm).
/// </summary>
[MemoryDiagnoser]
public class ForumCalendarBenchmarks
{
    private static readonly LocalDate FirstDay = new(2027, 1, 1);
    private static readonly LocalDate LastDay = new(2027, 12, 31);
    private static readonly ForumCalendarOptions Options = new() { Communities = CommunityMix.All };

    private ForumCalendar _forum = null!;

    [GlobalSetup]
    public void Setup()
    {
        _forum = ForumCalendar.Create(Options).Value;
        JudgeEachDay(_forum);
    }

    [Benchmark(Baseline = true)]
    public int WarmEachDay() => JudgeEachDay(_forum);

    [Benchmark]
    public int WarmRange() => _forum.Judge(FirstDay, LastDay).Value.Count;

    [Benchmark]
    public int Cold() => JudgeEachDay(ForumCalendar.Create(Options).Value);

    private static int JudgeEachDay(ForumCalendar forum)
    {
        var blocks = 0;
        for (var date = FirstDay; date <= LastDay; date = date.PlusDays(1))
        {
            foreach (ref readonly var reason in forum.Judge(date).Reasons.AsSpan())
            {
                blocks += reason.Action == DayAction.Block ? 1 : 0;
            }
        }

        return blocks;
    }
}
