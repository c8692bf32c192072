using Alka.Domain.Calendar;
using Alka.Domain.Scheduling;
using NodaTime;

namespace Alka.Domain.Tests.Calendar;

public class YearCacheTests
{
    private const int Capacity = 256;

    [Fact]
    public void Get_AYearAgain_IsHeldAndRecent()
    {
        var (cache, builds) = Counting();

        var first = cache.Get(2027);

        cache.Get(2027).Should().BeSameAs(first);
        cache.Recent.Should().BeSameAs(first);
        builds.Should().Equal(2027);
    }

    [Fact]
    public void Get_AnyCapacityConsecutiveYears_AreHeldTogether()
    {
        var (cache, builds) = Counting();
        var years = Enumerable.Range(1900, Capacity).ToArray();

        var tables = years.Select(cache.Get).ToArray();
        var again = years.Reverse().Select(cache.Get).Reverse().ToArray();

        again.Should().Equal(tables, (a, b) => ReferenceEquals(a, b));
        builds.Should().Equal(years, "each year of the span is computed once");
    }

    [Fact]
    public void Get_AYearCapacityAway_TakesTheSlotAndIsComputedAgainWhenAsked()
    {
        var (cache, builds) = Counting();

        cache.Get(2000);
        cache.Get(2000 + Capacity).Year.Should().Be(2000 + Capacity);
        cache.Get(2000).Year.Should().Be(2000);
        cache.Get(2001);

        builds.Should().Equal(2000, 2000 + Capacity, 2000, 2001);
    }

    [Fact]
    public void Get_ManyYears_HoldsAtMostCapacityTables()
    {
        var (cache, builds) = Counting();
        var held = new List<WeakReference<Table>>();
        for (var year = 1; year <= 10 * Capacity; year++)
        {
            held.Add(new WeakReference<Table>(cache.Get(year)));
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        held.Count(r => r.TryGetTarget(out _)).Should().BeLessThanOrEqualTo(Capacity, "the cache is the only holder");
        builds.Should().HaveCount(10 * Capacity);
        GC.KeepAlive(cache);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(-4)]
    public void New_ACapacityNotAPowerOfTwo_Throws(int capacity) =>
        FluentActions.Invoking(() => new YearCache<Table>(capacity, year => new Table(year)))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("capacity");

    [Fact]
    public void Calendars_HoldTheNumberOfYearsTheyState()
    {
        var israeli = IsraeliCalendar.Create(new IsraeliCalendarOptions()).Value;
        HeldYears(year => israeli.GetStanding(new LocalDate(year, 1, 1))).Should().Be(256);

        var community = CommunityCalendar.Create(new CommunityCalendarOptions()).Value;
        HeldYears(year => community.AllDaysOn(new LocalDate(year, 1, 1))).Should().Be(256);

        var forum = ForumCalendar.Create(new ForumCalendarOptions { Communities = CommunityMix.All }).Value;
        HeldYears(year => forum.Judge(new LocalDate(year, 1, 1))).Should().Be(64);
    }

    /// <summary>
    /// How many consecutive years, from 1700, a calendar holds: asking again for the first of them allocates nothing
    /// (it is held) until the year that takes its slot has been asked for.
    /// </summary>
    private static int HeldYears(Action<int> ask)
    {
        const int First = 1700;
        ask(First);
        for (var span = 1; span <= 1024; span++)
        {
            ask(First + span);
            var before = GC.GetAllocatedBytesForCurrentThread();
            ask(First);
            if (GC.GetAllocatedBytesForCurrentThread() != before)
            {
                return span;
            }
        }

        return int.MaxValue;
    }

    [Fact]
    public void Get_ManyThreadsManyYears_EveryAnswerIsTheYearAsked()
    {
        var cache = new YearCache<Table>(Capacity, year => new Table(year));
        var failures = 0;

        RunOnThreads(8, thread =>
        {
            var random = new Random(thread);
            for (var i = 0; i < 100_000; i++)
            {
                var year = random.Next(1, 4 * Capacity);
                var table = cache.Get(year);
                if (table.Year != year || table.Check != Table.CheckOf(year))
                {
                    Interlocked.Increment(ref failures);
                }
            }
        });

        failures.Should().Be(0);
    }

    [Fact]
    public void IsraeliCalendar_ManyThreadsManyYears_AnswersEqualASingleThreadedOracle()
    {
        var dates = RandomDates(new LocalDate(1583, 1, 1), new LocalDate(3500, 12, 31), 1200);
        static string Answer(IsraeliCalendar calendar, LocalDate date)
        {
            var day = calendar.GetDay(date);
            return $"{day.HebrewDate} {calendar.GetStanding(date)} {string.Join(",", day.Observances.Select(o => o.Id))}";
        }

        var oracle = IsraeliCalendar.Create(new IsraeliCalendarOptions()).Value;
        var shared = IsraeliCalendar.Create(new IsraeliCalendarOptions()).Value;

        AnswersOnThreads(dates, date => Answer(shared, date)).Should().AllSatisfy(
            answers => answers.Should().Equal(dates.Select(date => Answer(oracle, date))));
    }

    [Fact]
    public void CommunityCalendar_ManyThreadsManyYears_AnswersEqualASingleThreadedOracle()
    {
        var dates = RandomDates(CommunityCalendar.MinDate, new LocalDate(3500, 12, 31), 1200);
        static string Answer(CommunityCalendar calendar, LocalDate date)
        {
            var days = new List<string>();
            foreach (ref readonly var day in calendar.AllDaysOn(date))
            {
                days.Add($"{day.Id}:{day.DayNumber}:{day.IsPossible}");
            }

            return string.Join(",", days);
        }

        var options = new CommunityCalendarOptions { IncludePossibleDays = true };
        var oracle = CommunityCalendar.Create(options).Value;
        var shared = CommunityCalendar.Create(options).Value;

        AnswersOnThreads(dates, date => Answer(shared, date)).Should().AllSatisfy(
            answers => answers.Should().Equal(dates.Select(date => Answer(oracle, date))));
    }

    [Fact]
    public void ForumCalendar_ManyThreadsManyYears_AnswersEqualASingleThreadedOracle()
    {
        var dates = RandomDates(ForumCalendar.MinDate, new LocalDate(2150, 12, 31), 400);
        static string Answer(ForumCalendar calendar, LocalDate date)
        {
            var judgement = calendar.Judge(date);
            var reasons = new List<string>();
            foreach (var reason in judgement.Reasons)
            {
                reasons.Add($"{reason.Id}/{reason.RuleId}/{reason.Action}");
            }

            return $"{judgement.HebrewDate} {judgement.Verdict} {string.Join(",", reasons)}";
        }

        var options = new ForumCalendarOptions { Communities = CommunityMix.All };
        var oracle = ForumCalendar.Create(options).Value;
        var shared = ForumCalendar.Create(options).Value;

        AnswersOnThreads(dates, date => Answer(shared, date)).Should().AllSatisfy(
            answers => answers.Should().Equal(dates.Select(date => Answer(oracle, date))));
    }

    private static (YearCache<Table> Cache, List<int> Builds) Counting()
    {
        var builds = new List<int>();
        return (new YearCache<Table>(Capacity, year =>
        {
            builds.Add(year);
            return new Table(year);
        }), builds);
    }

    private static LocalDate[] RandomDates(LocalDate first, LocalDate last, int count)
    {
        var random = new Random(5786);
        var days = Period.DaysBetween(first, last);
        return [.. Enumerable.Range(0, count).Select(_ => first.PlusDays(random.Next(days + 1)))];
    }

    /// <summary>Four threads ask for every date, each in its own order, at once; the answers of each thread in the order of <paramref name="dates"/>.</summary>
    private static string[][] AnswersOnThreads(LocalDate[] dates, Func<LocalDate, string> answer)
    {
        const int Threads = 4;
        var answers = new string[Threads][];
        RunOnThreads(Threads, thread =>
        {
            var order = Enumerable.Range(0, dates.Length).ToArray();
            new Random(thread).Shuffle(order);
            answers[thread] = new string[dates.Length];
            foreach (var i in order)
            {
                answers[thread][i] = answer(dates[i]);
            }
        });

        return answers;
    }

    private static void RunOnThreads(int count, Action<int> work)
    {
        using var start = new Barrier(count);
        var errors = new List<Exception>();
        var threads = Enumerable.Range(0, count).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            try
            {
                work(i);
            }
            catch (Exception e)
            {
                lock (errors)
                {
                    errors.Add(e);
                }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        errors.Should().BeEmpty();
    }

    private sealed class Table(int year) : CachedYear(year)
    {
        public long Check { get; } = CheckOf(year);

        public static long CheckOf(int year) => ((long)year * 2_654_435_761) ^ 0x5DEECE66D;
    }
}
