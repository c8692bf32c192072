using Alka.Domain.Calendar;
using Alka.Domain.Planning;
using Alka.Domain.Scheduling;
using Alka.Domain.Tests.Support;
using CsCheck;
using NodaTime;

namespace Alka.Domain.Tests.Planning;

/// <summary>Re-planning from a previous plan with new facts keeps every meeting it can and says which rule forced each change.</summary>
public class ReplanningTests
{
    private static readonly Lazy<Plan> Managers = new(() => PlanningData.Planned(PlanningData.Year(PlanningData.DistrictManagers)));
    private static readonly Lazy<Plan> Heads = new(() => PlanningData.Planned(PlanningData.CouncilHeadsYear(studyTour: true)));

    [Fact]
    public void Plan_SameFacts_ChangesNothing()
    {
        var options = Again(PlanningData.Year(PlanningData.DistrictManagers), Managers.Value);

        var plan = PlanningData.Planned(options);

        plan.Changes.Should().BeEmpty();
        Summary(plan).Should().Equal(Summary(Managers.Value));
    }

    [Fact]
    public void Plan_BlackoutOnAPlannedDate_MovesOnlyThatMeeting()
    {
        var blocked = Managers.Value.FindMeeting("north-03")!;
        var options = Again(PlanningData.Year(PlanningData.DistrictManagers), Managers.Value, [CallerDay.Blackout(blocked.Date, "a strike").Value]);

        var plan = PlanningData.Planned(options);

        var change = plan.Changes.Should().ContainSingle().Subject;
        change.Should().BeEquivalentTo(new { MeetingId = "north-03", Kind = PlanChangeKind.Moved, DateBefore = (LocalDate?)blocked.Date, RuleId = PlanRules.BlockedDay, HostBefore = blocked.HostId, HostAfter = blocked.HostId });
        change.Message.Should().Contain("blackout");
        Summary(plan).Where(s => s.Id != "north-03").Should().Equal(Summary(Managers.Value).Where(s => s.Id != "north-03"));
        PlanningData.Findings(options, plan.Meetings).Should().BeEmpty();
    }

    [Fact]
    public void Plan_KnessetElectionOnANationalMeeting_MovesItWithBlockedDay()
    {
        var national = Managers.Value.FindMeeting("national-01")!;
        var options = Again(PlanningData.Year(PlanningData.DistrictManagers), Managers.Value, [CallerDay.KnessetElection(national.Date, "Knesset").Value]);

        var plan = PlanningData.Planned(options);

        plan.Changes.Should().ContainSingle().Which.Should().BeEquivalentTo(new { MeetingId = "national-01", Kind = PlanChangeKind.Moved, RuleId = PlanRules.BlockedDay });
        plan.FindMeeting("national-01")!.Date.Should().NotBe(national.Date);
    }

    [Fact]
    public void Plan_HostWithdrawn_RehostsOnlyItsMeeting()
    {
        var withdrawn = Heads.Value.FindMeeting("forum-02")!.HostId;
        var options = Again(PlanningData.CouncilHeadsYear([.. PlanningData.Councils.Where(h => h.Id != withdrawn)], studyTour: true), Heads.Value);

        var plan = PlanningData.Planned(options);

        plan.Changes.Should().ContainSingle().Which.Should().BeEquivalentTo(new { MeetingId = "forum-02", Kind = PlanChangeKind.Rehosted, HostBefore = withdrawn, RuleId = PlanRules.HostGroup });
        PlanningData.Findings(options, plan.Meetings).Should().BeEmpty();
    }

    [Fact]
    public void Plan_HostNowUnavailable_RehostsWithHostUnavailable()
    {
        var meeting = Heads.Value.FindMeeting("forum-04")!;
        var hosts = PlanningData.Councils.Select(h => h.Id == meeting.HostId ? Host.Create(h.Id, h.Group, h.Name, h.Authority, [meeting.Date]).Value : h).ToList();

        var plan = PlanningData.Planned(Again(PlanningData.CouncilHeadsYear(hosts, studyTour: true), Heads.Value));

        plan.Changes.Should().ContainSingle().Which.Should().BeEquivalentTo(new { MeetingId = "forum-04", Kind = PlanChangeKind.Rehosted, DateAfter = (LocalDate?)meeting.Date, RuleId = PlanRules.HostUnavailable });
    }

    [Fact]
    public void Plan_LongerPeriod_AddsMeetingsAndShorterRemovesThem()
    {
        var longer = PlanningData.Planned(Again(PlannerTests.With(PlanningData.Year(PlanningData.DistrictManagers), to: PlanningData.YearTo.PlusMonths(3)), Managers.Value));
        var shorter = PlanningData.Planned(Again(PlannerTests.With(PlanningData.Year(PlanningData.DistrictManagers), to: PlanningData.YearTo.PlusMonths(-3)), Managers.Value));

        longer.Changes.Should().NotBeEmpty().And.OnlyContain(c => c.Kind == PlanChangeKind.Added && c.DateAfter > PlanningData.YearTo.PlusMonths(-2));
        longer.Changes.Select(c => c.MeetingId).Should().Contain("north-12");
        shorter.Changes.Where(c => c.Kind == PlanChangeKind.Removed).Should().NotBeEmpty().And.OnlyContain(c => c.RuleId == PlanRules.Period || c.RuleId == PlanRules.NationalCount);
    }

    [Fact]
    public void Plan_BlackoutOnAMeetingThatCanGo_RemovesItSayingWhatKeepingItWouldBreak()
    {
        // The first regional meeting may go: the next is still within the first window (42 days), and a removal is one
        // change where a move is two (docs/planning.md).
        var first = Managers.Value.FindMeeting("north-01")!;
        var plan = PlanningData.Planned(Again(PlannerTests.With(PlanningData.Year(PlanningData.DistrictManagers), callerDays: PlannerTests.Blackouts(first.Date, 1)), Managers.Value));

        var change = plan.Changes.Should().ContainSingle().Subject;
        change.Should().BeEquivalentTo(new { MeetingId = "north-01", Kind = PlanChangeKind.Removed, DateBefore = (LocalDate?)first.Date, RuleId = PlanRules.BlockedDay });
        change.Message.Should().StartWith("if kept, it would break blocked-day: ");
    }

    [Fact]
    public void Plan_RandomBlackouts_MoveOnlyMeetingsThatCouldNotStay()
    {
        var previous = Managers.Value;
        var dates = previous.Meetings.Select(m => m.Date).Distinct().ToArray();
        Gen.Int[0, dates.Length - 1].Array[1, 4].Sample(
            picks =>
            {
                var options = Again(PlanningData.Year(PlanningData.DistrictManagers), previous, [.. picks.Distinct().Select(i => CallerDay.Blackout(dates[i], "test").Value)]);
                var plan = Planner.Plan(options);
                if (!plan.IsSuccess)
                {
                    return;
                }

                foreach (var change in plan.Value.Changes.Where(c => c.Kind == PlanChangeKind.Moved))
                {
                    // Put back where it was, with the rest of the new plan as it is, the meeting breaks a hard rule.
                    var before = previous.FindMeeting(change.MeetingId)!;
                    var undone = PlanningData.With(plan.Value.Meetings, change.MeetingId, m => PlanningData.Moved(m, before.Date, before.HostId));
                    PlanningData.Findings(options, undone).Should().Contain(f => f.Strength == RuleStrength.Hard, $"{change.MeetingId} moved from {before.Date}: {change.Message}");
                    change.Message.Should().NotContain("the plan's other changes");
                }
            },
            iter: 25);
    }

    [Fact]
    public void Plan_PreviousMeetingOfNoSeries_IsAnError()
    {
        var stray = PlannedMeeting.Create("forum-01", MeetingKind.Forum, MeetingGroup.All, null, PlanningData.YearFrom, new LocalTime(9, 0), new LocalTime(16, 0)).Value;

        Planner.Plan(Again(PlanningData.Year(PlanningData.DistrictManagers), Managers.Value, extra: stray))
            .Should().HaveError($"meetings[{Managers.Value.Meetings.Count}]", PlanningErrors.UnknownSeries);
    }

    /// <summary>The options to re-plan <paramref name="previous"/> (as read back from its CSV: no names or reasons) with new caller days.</summary>
    private static PlanningOptions Again(PlanningOptions options, Plan previous, IReadOnlyList<CallerDay>? callerDays = null, PlannedMeeting? extra = null)
    {
        List<PlannedMeeting> meetings = [.. previous.Meetings.Select(m => PlanningData.Moved(m))];
        if (extra is not null)
        {
            meetings.Add(extra);
        }

        var again = PlannerTests.With(options, callerDays: callerDays);
        return new PlanningOptions
        {
            Program = again.Program, From = again.From, To = again.To, Hosts = again.Hosts, Every = again.Every, CallerDays = again.CallerDays,
            StudyTour = again.StudyTour, Previous = meetings,
        };
    }

    private static IEnumerable<(string Id, LocalDate Date, string? Host)> Summary(Plan plan) => plan.Meetings.Select(m => (m.Id, m.Date, m.HostId));
}
