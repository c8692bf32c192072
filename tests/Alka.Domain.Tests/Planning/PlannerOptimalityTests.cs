using Alka.Domain.Calendar;
using Alka.Domain.Planning;
using Alka.Domain.Programs;
using Alka.Domain.Scheduling;
using CsCheck;
using NodaTime;

namespace Alka.Domain.Tests.Planning;

/// <summary>
/// On small instances the planner's plan costs what the best plan found by exhaustive search costs: the fewest avoid
/// days, then the least deviation (days off the nominal gap, and off the first meeting's target), under every hard rule of
/// the series; and it finds no plan exactly when none exists.
/// </summary>
public class PlannerOptimalityTests
{
    // Blackouts become avoid days, so that random instances have many of both kinds.
    private static readonly DayPolicy Avoided = DayPolicy.GovernmentForum.With(DayCondition.CallerDayOff, DayAction.Avoid);

    [Fact]
    public void Plan_ForumEveryTwoWeeks_CostsWhatExhaustiveSearchFinds() =>
        Instances(Gen.Int[60, 80]).Sample(
            instance =>
            {
                var (from, days, avoided) = instance;
                var options = Options(TestPrograms.Forum(), from, days, avoided, Cadence.Every(2, CadenceUnit.Week));
                var judge = Judge(options);

                // ±20% of 14 days: 12–16; the first within 16 days of the start and the last within 16 of the end.
                var best = Search(days, 12, 16, first: 16, last: 16, open: d => judge(d) != DayVerdict.Blocked, cost: Chain(judge, 14, target: null), keep: _ => true);
                Compare(options, best, plan => Chain(judge, 14, target: null)(Days(plan, from)));
            },
            iter: 40);

    [Fact]
    public void Plan_RegionalForum_CostsWhatExhaustiveSearchFinds_MeanGapIncluded() =>
        Instances(Gen.Int[110, 150]).Sample(
            instance =>
            {
                var (from, days, avoided) = instance;
                var options = Options(TestPrograms.North(), from, days, avoided, every: null);
                var judge = Judge(options);

                // 35 ± 7 days; the first within 42 days, aiming at the first day; the last within 42 of the end; the mean 33–37.
                var best = Search(days, 28, 42, first: 42, last: 42, open: d => judge(d) != DayVerdict.Blocked, cost: Chain(judge, 35, target: 0), keep: KeepsMean);
                Compare(options, best, plan => Chain(judge, 35, target: 0)(Days(plan, from)));
            },
            iter: 25);

    [Fact]
    public void Plan_Cohort_HasTheMostMeetingsThatFitAndCostsWhatExhaustiveSearchFinds() =>
        Instances(Gen.Int[95, 110]).Sample(
            instance =>
            {
                var (from, days, avoided) = instance;
                var options = Options(PlanningData.Merhav, from, days, avoided, every: null, new PlanRuleOptions { CohortSpacing = CountRange.Between(10, 12), CohortFirstWithin = 3 });
                var judge = Judge(options);
                var nominal = (int n) => Math.Clamp((days - 1) / (n - 1), 10, 12);

                // Ten meetings 10–12 days apart when they fit, else nine; the first within 3 days; no last window.
                (int, int)? Best(int n) => Search(days, 10, 12, first: 3, last: days, open: d => judge(d) != DayVerdict.Blocked, cost: Chain(judge, nominal(n), target: null), keep: d => d.Count == n);
                var ten = Best(10);
                Compare(options, ten ?? Best(9), plan => Chain(judge, nominal(plan.Meetings.Count), target: null)(Days(plan, from)));
                if (ten is not null)
                {
                    Planner.Plan(options).Value.Meetings.Should().HaveCount(10, "ten meetings when the period allows");
                }
            },
            iter: 25);

    // Periods anywhere in 2025–2030, with up to half their days avoided (blocked days are the calendar's: weekends, holidays).
    private static Gen<(LocalDate From, int Days, int[] Avoided)> Instances(Gen<int> length) =>
        from offset in Gen.Int[0, 2000]
        from days in length
        from avoided in Gen.Int[0, days - 1].Array[0, days / 2]
        select (new LocalDate(2025, 1, 1).PlusDays(offset), days, avoided);

    private static PlanningOptions Options(InstituteProgram program, LocalDate from, int days, int[] avoided, Cadence? every, PlanRuleOptions? rules = null) =>
        new()
        {
            Program = program,
            From = from,
            To = from.PlusDays(days - 1),
            DayPolicy = Avoided,
            Every = every,
            CallerDays = [.. avoided.Distinct().Select(d => CallerDay.Blackout(from.PlusDays(d), "test").Value)],
            RuleOptions = rules ?? PlanRuleOptions.Default,
        };

    private static Func<int, DayVerdict> Judge(PlanningOptions options)
    {
        var calendar = ForumCalendar.Create(new ForumCalendarOptions
        {
            Policy = options.DayPolicy!,
            CommunityCalendar = CommunityCalendar.Create(new CommunityCalendarOptions { IncludePossibleDays = true, CallerDays = options.CallerDays }).Value,
        }).Value;
        return day => calendar.Judge(options.From.PlusDays(day)).Verdict;
    }

    /// <summary>(avoid days, deviation) of a chain: gaps off the nominal, and the first day off its target when there is one.</summary>
    private static Func<IReadOnlyList<int>, (int, int)> Chain(Func<int, DayVerdict> judge, int nominal, int? target) => days =>
        (days.Count(d => judge(d) == DayVerdict.Avoid), days.Zip(days.Skip(1), (a, b) => Math.Abs(b - a - nominal)).Sum() + (target is { } t && days.Count > 0 ? Math.Abs(days[0] - t) : 0));

    private static bool KeepsMean(IReadOnlyList<int> days) =>
        days.Count < 2 || (days[^1] - days[0] >= 33 * (days.Count - 1) && days[^1] - days[0] <= 37 * (days.Count - 1));

    /// <summary>The cheapest chain over every sequence of open days with the gaps and windows, by exhaustive depth-first search.</summary>
    private static (int, int)? Search(int count, int gapMin, int gapMax, int first, int last, Func<int, bool> open, Func<IReadOnlyList<int>, (int, int)> cost, Func<IReadOnlyList<int>, bool> keep)
    {
        (int, int)? best = null;
        var chain = new List<int>();
        void Extend()
        {
            var tail = chain[^1];
            if (tail >= count - 1 - last && keep(chain))
            {
                var c = cost(chain);
                best = best is null || c.CompareTo(best.Value) < 0 ? c : best;
            }

            for (var next = tail + gapMin; next <= Math.Min(tail + gapMax, count - 1); next++)
            {
                if (open(next))
                {
                    chain.Add(next);
                    Extend();
                    chain.RemoveAt(chain.Count - 1);
                }
            }
        }

        for (var start = 0; start <= Math.Min(first, count - 1); start++)
        {
            if (open(start))
            {
                chain.Add(start);
                Extend();
                chain.RemoveAt(0);
            }
        }

        return best;
    }

    private static void Compare(PlanningOptions options, (int, int)? best, Func<Plan, (int, int)> cost)
    {
        var plan = Planner.Plan(options);
        if (best is null)
        {
            plan.IsSuccess.Should().BeFalse("exhaustive search finds no plan keeping the hard rules");
            return;
        }

        plan.IsSuccess.Should().BeTrue(string.Join("; ", plan.ValidationErrors.Select(e => e.ErrorMessage)));
        cost(plan.Value).Should().Be(best.Value, "the planner's plan is optimal");
    }

    private static List<int> Days(Plan plan, LocalDate from) => [.. plan.Meetings.Select(m => Period.DaysBetween(from, m.Date))];
}
