using Alka.Domain.Calendar;
using Alka.Domain.Planning;
using Alka.Domain.Scheduling;
using CsCheck;
using NodaTime;

namespace Alka.Domain.Tests.Planning;

/// <summary>
/// Random periods, community mixes, host pools, blackouts and elections: every plan the planner returns passes the
/// independent checker with no finding, uses an avoid day only where no ok day fits (by brute force over the meeting's
/// window), rotates its hosts as the rules say and is the same when asked again; an infeasible request is an error
/// naming a rule, never an exception.
/// </summary>
public class PlannerPropertyTests
{
    private static readonly Gen<PlanningOptions> Requests =
        from program in Gen.Int[0, 2]
        from offset in Gen.Int[0, 1500]
        from length in program == 2 ? Gen.Int[150, 200] : Gen.Int[60, 420]
        from bits in Gen.Int[1, 31]
        from density in Gen.Int[0, 85]
        from seed in Gen.Int[0, 1000]
        from blackoutRun in Gen.Int[0, 60]
        from knesset in Gen.Int[-1, length / 7]
        from councils in Gen.Int[2, 10]
        from unavailable in Gen.Int[0, length - 1].Array[0, 12]
        from electionWeek in Gen.Int[-1, length / 7]
        from everyWeeks in Gen.Int[3, 8]
        from tour in Gen.Bool
        select Request(program, offset, length, bits, Blackouts(length, density, seed), blackoutRun, knesset, councils, unavailable, electionWeek, everyWeeks, tour);

    [Fact]
    public void Plan_RandomRequests_KeepEveryRuleOrNameTheRuleTheyCannotKeep()
    {
        Requests.Sample(
            options =>
            {
                var result = Planner.Plan(options);
                if (!result.IsSuccess)
                {
                    var rules = PlanRules.All.Select(r => r.Id).ToHashSet();
                    result.ValidationErrors.Should().NotBeEmpty().And.OnlyContain(e => rules.Contains(e.ErrorCode), "an infeasible request names the rule it cannot keep");
                    return;
                }

                var plan = result.Value;
                PlanChecker.Check(options, plan.Meetings).Value.Should().BeEmpty("the planner's plan keeps every rule, hard and soft");
                AvoidDaysOnlyWhereNoOkDayFits(options, plan);
                HostsRotate(plan);
                Planner.Plan(options).Value.Should().Be(plan, "the same input gives the same plan");
            },
            iter: 200);
    }

    /// <summary>
    /// For each meeting on an avoid day, no ok day between its neighbours keeps every hard rule with the rest of the plan
    /// as it is without a same-day clash (a clash weighs more than an avoid day: <c>same-day</c>, docs/planning.md).
    /// </summary>
    private static void AvoidDaysOnlyWhereNoOkDayFits(PlanningOptions options, Plan plan)
    {
        var calendar = ForumCalendar.Create(new ForumCalendarOptions
        {
            Communities = plan.Communities,
            CommunityCalendar = CommunityCalendar.Create(new CommunityCalendarOptions { IncludePossibleDays = true, CallerDays = options.CallerDays }).Value,
        }).Value;
        foreach (var meeting in plan.Meetings.Where(m => m.Kind != MeetingKind.StudyTour && calendar.Judge(m.Date).Verdict == DayVerdict.Avoid))
        {
            var series = plan.Meetings.Where(m => m.Kind == meeting.Kind && m.Group == meeting.Group && m != meeting).Select(m => m.Date).ToList();
            var low = series.Where(d => d < meeting.Date).DefaultIfEmpty(plan.From.PlusDays(-1)).Max().PlusDays(1);
            var high = series.Where(d => d > meeting.Date).DefaultIfEmpty(plan.To.PlusDays(1)).Min().PlusDays(-1);
            for (var day = low; day <= high; day = day.PlusDays(1))
            {
                if (calendar.Judge(day).Verdict != DayVerdict.Ok)
                {
                    continue;
                }

                var moved = PlanningData.With(plan.Meetings, meeting.Id, m => PlanningData.Moved(m, day));
                PlanChecker.Check(options, moved).Value.Where(f => f.Strength == RuleStrength.Hard || (f.RuleId == PlanRules.SameDay && f.MeetingId == meeting.Id))
                    .Should().NotBeEmpty($"{meeting.Id} is on an avoid day ({meeting.Date}) and the ok day {day} would keep every hard rule without a clash");
            }
        }
    }

    /// <summary>Rounds: in every prefix of a roaming series the pool's counts differ by at most one; no host twice in a row; hosts of the group.</summary>
    private static void HostsRotate(Plan plan)
    {
        foreach (var series in plan.Meetings.Where(m => m.HostId is not null).GroupBy(m => (m.Kind, m.Group)))
        {
            var pool = plan.Hosts.Where(h => h.Serves(series.Key.Group)).Select(h => h.Id).ToList();
            var counts = pool.ToDictionary(h => h, _ => 0);
            string? previous = null;
            foreach (var meeting in series.OrderBy(m => m.Date))
            {
                counts.Should().ContainKey(meeting.HostId!, "a host serves its meeting's group");
                meeting.HostId.Should().NotBe(previous, "no host hosts twice in a row");
                counts[meeting.HostId!]++;
                (counts.Values.Max() - counts.Values.Min()).Should().BeLessThanOrEqualTo(1, "the planner rotates in rounds: no host hosts a (k+1)-th time before every host has hosted k times");
                previous = meeting.HostId;
            }
        }
    }

    private static PlanningOptions Request(
        int program, int offset, int length, int bits, int[] blackouts, int blackoutRun, int knesset, int councils, int[] unavailable, int electionWeek, int everyWeeks, bool tour)
    {
        var from = new LocalDate(2025, 1, 1).PlusDays(offset);
        var to = from.PlusDays(length - 1);
        var mix = CommunityMix.Of([.. Ids.All<Community>().Where((_, i) => (bits & (1 << i)) != 0)]);
        var hosts = program switch
        {
            0 => PlanningData.DistrictManagers.Schedule.Meetings.Where(m => m.Roaming is not null).SelectMany(m => m.Roaming!.HostPool.Hosts).ToList(),
            1 => [.. PlanningData.Councils.Take(councils)],
            _ => [],
        };
        hosts = [.. hosts.Select((h, i) => Host.Create(h.Id, h.Group, h.Name, h.Authority, unavailable.Where((_, u) => u % Math.Max(hosts.Count, 1) == i).Select(u => from.PlusDays(u)).Distinct()).Value)];
        var callerDays = new List<CallerDay>();
        var dark = blackouts.Select(b => from.PlusDays(b)).Concat(Enumerable.Range(0, blackoutRun).Select(i => from.PlusDays((blackouts.FirstOrDefault() + i) % length))).Distinct();
        callerDays.AddRange(dark.Select(d => CallerDay.Blackout(d, "test").Value));
        if (knesset >= 0 && Tuesday(from, knesset) is { } k && k <= to)
        {
            callerDays.Add(CallerDay.KnessetElection(k, "test").Value);
        }

        if (electionWeek >= 0 && hosts.Count > 0 && Tuesday(from, electionWeek) is { } e && e <= to && (knesset < 0 || Tuesday(from, knesset) != e))
        {
            callerDays.Add(CallerDay.LocalElection(e, hosts.Where(h => h.Authority is not null).Select(h => h.Authority!).Distinct().Take(3), "test").Value);
        }

        return new PlanningOptions
        {
            Program = program switch { 0 => PlanningData.DistrictManagers, 1 => PlanningData.CouncilHeads, _ => PlanningData.Merhav },
            From = from,
            To = to,
            Communities = mix,
            Hosts = hosts.Count == 0 ? null : hosts,
            Every = program == 1 ? Cadence.Every(everyWeeks, CadenceUnit.Week) : null,
            CallerDays = callerDays,
            StudyTour = program == 1 && tour,
        };
    }

    /// <summary>About <paramref name="density"/>% of the period's days, spread at random (sparse at 0, most days at 85).</summary>
    private static int[] Blackouts(int length, int density, int seed)
    {
        var random = new Random(seed);
        var share = density < 40 ? density / 8 : density;
        return [.. Enumerable.Range(0, length).Where(_ => random.Next(100) < share)];
    }

    private static LocalDate Tuesday(LocalDate from, int week)
    {
        var day = from.PlusWeeks(week);
        return day.PlusDays(((int)IsoDayOfWeek.Tuesday - (int)day.DayOfWeek + 7) % 7);
    }
}
