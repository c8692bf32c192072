using Alka.Domain.Calendar;
using Alka.Domain.Geography;
using Alka.Domain.Planning;
using Alka.Domain.Programs;
using Alka.Domain.Scheduling;
using Alka.Domain.Tests.Support;
using NodaTime;

namespace Alka.Domain.Tests.Planning;

public class PlannerTests
{
    private static readonly DayPolicy CallerDaysAvoided = DayPolicy.GovernmentForum.With(DayCondition.CallerDayOff, DayAction.Avoid);

    [Fact]
    public void Plan_DistrictManagersYearOfThreeCommunities_KeepsEveryRule()
    {
        var options = new PlanningOptions
        {
            Program = PlanningData.DistrictManagers,
            From = PlanningData.YearFrom,
            To = PlanningData.YearTo,
            Communities = CommunityMix.Parse("jewish,muslim,druze").Value,
        };

        var plan = PlanningData.Planned(options);

        PlanningData.Findings(options, plan.Meetings).Should().BeEmpty();
        plan.Rules.Select(r => r.Id).Should().Equal(
            PlanRules.BlockedDay, PlanRules.AvoidDay, PlanRules.HostUnavailable, PlanRules.RotationOrder, PlanRules.RotationRepeat, PlanRules.RotationBalance,
            PlanRules.HostGroup, PlanRules.Period, PlanRules.SameDay, PlanRules.RegionalCadence, PlanRules.HalfDay, PlanRules.NationalCount, PlanRules.NationalWeek);
        foreach (var region in Ids.All<Region>())
        {
            var meetings = plan.Meetings.Where(m => m.Group == MeetingGroup.Of(region)).ToList();
            meetings.Should().HaveCountGreaterThanOrEqualTo(10).And.OnlyContain(m => m.Kind == MeetingKind.Forum && m.Start.TimeOfDay == new LocalTime(9, 0) && m.End.TimeOfDay == new LocalTime(13, 0));
            meetings.Should().OnlyContain(m => plan.FindHost(m.HostId)!.Group == m.Group, "a regional forum meets at its region's offices");
        }

        plan.Meetings.Where(m => m.Kind == MeetingKind.National).Should().HaveCount(2).And.OnlyContain(m => m.HostId == null && m.Group == MeetingGroup.National);
    }

    [Fact]
    public void Plan_RegionalForums_AreStaggeredAWeekApart()
    {
        var plan = PlanningData.Planned(PlanningData.Year(PlanningData.DistrictManagers));

        var firsts = Ids.All<Region>().Select(r => plan.Meetings.First(m => m.Group == MeetingGroup.Of(r)).Date).ToList();

        firsts.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        firsts[0].Should().Be(PlanningData.YearFrom, "the North meets first, on the period's first (ok) day");
    }

    [Fact]
    public void Plan_CouncilHeadsYearWithRealCouncilsAndStudyTour_KeepsEveryRule()
    {
        var options = PlanningData.CouncilHeadsYear(studyTour: true);

        var plan = PlanningData.Planned(options);

        PlanningData.Findings(options, plan.Meetings).Should().BeEmpty();
        var forum = plan.Meetings.Where(m => m.Kind == MeetingKind.Forum).ToList();
        forum.Should().HaveCountGreaterThanOrEqualTo(7).And.OnlyContain(m => PlanningData.Councils.Any(c => c.Id == m.HostId));
        forum.Select(m => m.HostId).Should().OnlyHaveUniqueItems("fewer meetings than councils: each hosts once");
        foreach (var meeting in forum)
        {
            var team = plan.FindMeeting(meeting.Id.Replace("forum", "planning-team", StringComparison.Ordinal))!;
            Period.DaysBetween(team.Date, meeting.Date).Should().BeInRange(7, 21);
            team.Date.DayOfWeek.Should().BeOneOf(IsoDayOfWeek.Sunday, IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday);
            (team.End.ToInstant() - team.Start.ToInstant()).Should().Be(Duration.FromHours(2));
        }

        plan.Meetings.Single(m => m.Kind == MeetingKind.ExpandedSteeringCommittee).Date.Should().BeLessThan(forum[0].Date);
        var tour = plan.Meetings.Single(m => m.Kind == MeetingKind.StudyTour);
        tour.Days.Select(d => d.Date.DayOfWeek).Should().Equal(IsoDayOfWeek.Sunday, IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday);
        plan.Meetings.Where(m => m != tour).Should().NotContain(m => m.Date >= tour.Date && m.Date <= tour.LastDate, "the participants are abroad");
    }

    [Fact]
    public void Plan_MerhavHalfYear_HasTenFullDayMeetings()
    {
        var options = PlanningData.MerhavHalfYear();

        var plan = PlanningData.Planned(options);

        PlanningData.Findings(options, plan.Meetings).Should().BeEmpty();
        plan.Meetings.Should().HaveCount(10).And.OnlyContain(m => m.Kind == MeetingKind.CohortMeeting && m.Start.TimeOfDay == new LocalTime(9, 0) && m.End.TimeOfDay == new LocalTime(16, 0));
        Period.DaysBetween(options.From, plan.Meetings[0].Date).Should().BeLessThanOrEqualTo(14);
        plan.Meetings.Zip(plan.Meetings.Skip(1), (a, b) => Period.DaysBetween(a.Date, b.Date)).Should().OnlyContain(gap => gap >= 10 && gap <= 28);
    }

    [Fact]
    public void Plan_DigitalLeadersWithACadence_PlansItsCohortMeetings()
    {
        var options = new PlanningOptions
        {
            Program = BuiltInCatalog.Instance.Find(BuiltInCatalog.ProgramIds.DigitalLeadersGovernment)!,
            From = PlanningData.YearFrom,
            To = PlanningData.YearTo,
            Every = Cadence.ParseEvery("30d").Value,
        };

        var plan = PlanningData.Planned(options);

        plan.Meetings.Should().HaveCountGreaterThanOrEqualTo(11).And.OnlyContain(m => m.Kind == MeetingKind.CohortMeeting && m.HostId == null);
        PlanningData.Findings(options, plan.Meetings).Should().BeEmpty();
    }

    [Fact]
    public void Plan_SameRequest_GivesTheSamePlan()
    {
        var first = PlanningData.Planned(PlanningData.CouncilHeadsYear(studyTour: true));
        var second = PlanningData.Planned(PlanningData.CouncilHeadsYear(studyTour: true));

        second.Should().Be(first);
        second.Meetings.Select(m => m.ToString()).Should().Equal(first.Meetings.Select(m => m.ToString()));
    }

    [Fact]
    public void Plan_MeetingIds_AreTheSeriesAndANumberUniqueInThePlan()
    {
        var plan = PlanningData.Planned(PlanningData.CouncilHeadsYear(studyTour: true));

        plan.Meetings.Select(m => m.Id).Should().OnlyHaveUniqueItems();
        plan.Meetings.Should().OnlyContain(m => m.Id.StartsWith(m.SeriesId + "-", StringComparison.Ordinal), "an id is its series' id and a number");
        plan.Meetings.Select(m => m.SeriesId).Distinct().Should().BeEquivalentTo("forum", "planning-team", "steering-committee", "expanded-steering-committee", "study-tour");
        plan.Meetings.Where(m => m.Kind == MeetingKind.Forum).Select(m => m.Id).Should().Equal(Enumerable.Range(1, plan.Meetings.Count(m => m.Kind == MeetingKind.Forum)).Select(i => $"forum-{i:00}"));
        plan.Meetings.Where(m => m.Kind == MeetingKind.PlanningTeam).Select(m => m.Id[^2..])
            .Should().Equal(plan.Meetings.Where(m => m.Kind == MeetingKind.Forum).Select(m => m.Id[^2..]), "a planning team takes its forum meeting's number");
        plan.Meetings.Should().BeInAscendingOrder(m => m.Date);
    }

    [Fact]
    public void Plan_Times_AreLocalInJerusalemOnEachSideOfTheDaylightSavingChanges()
    {
        var plan = PlanningData.Planned(PlanningData.Year(PlanningData.DistrictManagers));

        foreach (var day in plan.Meetings.SelectMany(m => m.Days))
        {
            day.Start.Zone.Id.Should().Be("Asia/Jerusalem");
            day.Start.Date.Should().Be(day.Date);
            day.Start.Offset.Should().Be(MeetingDay.Zone.GetUtcOffset(day.Start.ToInstant()));
        }

        // Israel leaves summer time on 2026-10-25 and enters it on 2027-03-26.
        Offset(plan, new LocalDate(2026, 10, 1), new LocalDate(2026, 10, 24)).Should().Be(NodaTime.Offset.FromHours(3));
        Offset(plan, new LocalDate(2026, 10, 25), new LocalDate(2026, 10, 31)).Should().Be(NodaTime.Offset.FromHours(2));
        Offset(plan, new LocalDate(2027, 3, 1), new LocalDate(2027, 3, 25)).Should().Be(NodaTime.Offset.FromHours(2));
        Offset(plan, new LocalDate(2027, 3, 26), new LocalDate(2027, 4, 5)).Should().Be(NodaTime.Offset.FromHours(3));
    }

    [Fact]
    public void Plan_HebrewDates_AreThoseOfTheMeetingDays()
    {
        var plan = PlanningData.Planned(PlanningData.CouncilHeadsYear(studyTour: true));

        plan.Meetings.SelectMany(m => m.Days).Should().OnlyContain(d => d.HebrewDate == HebrewDate.FromLocalDate(d.Date));
        plan.Meetings[0].HebrewDate.ToString().Should().Be(HebrewDate.FromLocalDate(plan.Meetings[0].Date).ToString());
    }

    [Fact]
    public void Plan_EachMeeting_ListsEveryDateConsideredBeforeItWithTheRuleThatRejectedIt()
    {
        var plan = PlanningData.Planned(PlanningData.Year(PlanningData.DistrictManagers));
        var rules = PlanRules.All.Select(r => r.Id).ToHashSet();

        foreach (var meeting in plan.Meetings.Where(m => m.Considered.Count > 0))
        {
            meeting.Considered.Select(c => c.Date).Should().Equal(Enumerable.Range(0, meeting.Considered.Count).Select(i => meeting.Considered[0].Date.PlusDays(i)), "every day of the window before the chosen one");
            meeting.Considered[^1].Date.Should().Be(meeting.Date.PlusDays(-1));
            meeting.Considered.Should().OnlyContain(c => rules.Contains(c.RuleId) && c.Message.Length > 0);
        }

        var considered = plan.Meetings.SelectMany(m => m.Considered).ToList();
        considered.Should().Contain(c => c.ToString() == "2026-09-12: blocked — weekend, rosh-hashana-1 (rest-day)");
        considered.Should().Contain(c => c.RuleId == PlanRules.NationalWeek && c.Message.StartsWith("national-week — national-0", StringComparison.Ordinal));
        considered.Should().Contain(c => c.RuleId == PlanRules.RegionalCadence && c.Verdict == DayVerdict.Ok);
    }

    [Fact]
    public void Plan_AnAvoidDayOnlyWhenNoOkDayFits_SaysWhyItIsGivenUp()
    {
        // Avoided blackouts fill 50 days, more than the longest gap: one meeting must take an avoid day.
        var from = new LocalDate(2026, 11, 1);
        var options = new PlanningOptions
        {
            Program = TestPrograms.North(),
            From = from,
            To = from.PlusDays(120),
            DayPolicy = CallerDaysAvoided,
            CallerDays = [.. Enumerable.Range(40, 50).Select(i => CallerDay.Blackout(from.PlusDays(i), "test").Value)],
        };

        var plan = PlanningData.Planned(options);

        var avoided = plan.Meetings.Single(m => m.GivenUp.Count > 0);
        avoided.GivenUp.Single().RuleId.Should().Be(PlanRules.AvoidDay);
        avoided.GivenUp.Single().Message.Should().Contain("is an avoid day (avoid — blackout (caller-day-off))").And.Contain("no ok day from");
        PlanningData.Findings(options, plan.Meetings).Should().BeEmpty("no ok day fits, so the soft rule is kept as the rule allows");
    }

    [Fact]
    public void Plan_RoamingForumWithoutHosts_IsAnErrorNamingTheHosts() =>
        Planner.Plan(PlanningData.CouncilHeadsYear() is var o ? new PlanningOptions { Program = o.Program, From = o.From, To = o.To, Every = o.Every } : null!)
            .Should().HaveError("hosts", PlanningErrors.HostsMissing);

    [Fact]
    public void Plan_ForumWithoutCadence_IsAnErrorNamingTheCadence() =>
        Planner.Plan(new PlanningOptions { Program = PlanningData.CouncilHeads, From = PlanningData.YearFrom, To = PlanningData.YearTo, Hosts = PlanningData.Councils })
            .Should().HaveError("every", PlanningErrors.CadenceMissing);

    [Theory]
    [InlineData(BuiltInCatalog.ProgramIds.DistrictManagersForum)]
    [InlineData(BuiltInCatalog.ProgramIds.Merhav)]
    public void Plan_CadenceForAProgramWhoseSeriesAllHaveOne_IsAnErrorNamingTheCadence(string program)
    {
        var options = new PlanningOptions
        {
            Program = BuiltInCatalog.Instance.Find(program)!,
            From = PlanningData.YearFrom,
            To = PlanningData.YearTo,
            Every = Cadence.Every(2, CadenceUnit.Week),
        };

        Planner.Plan(options).Should().HaveError("every", PlanningErrors.CadenceUnused);
        PlanChecker.Check(options, []).Should().HaveError("every", PlanningErrors.CadenceUnused);
    }

    [Fact]
    public void Plan_ProgramWithoutMeetings_IsAnErrorSayingThereIsNothingToPlan() =>
        Planner.Plan(PlanningData.Year(BuiltInCatalog.Instance.Find(BuiltInCatalog.ProgramIds.MayorsForum)!))
            .Should().HaveError("program", PlanningErrors.NothingToPlan);

    [Fact]
    public void Plan_StudyTourOfAProgramWithoutOne_IsAnError() =>
        Planner.Plan(new PlanningOptions { Program = PlanningData.DistrictManagers, From = PlanningData.YearFrom, To = PlanningData.YearTo, StudyTour = true })
            .Should().HaveError("studyTour", PlanningErrors.NoStudyTour);

    public static TheoryData<string, Func<PlanningOptions, PlanningOptions>, string, string> BadRequests => new()
    {
        { "the end before the start", o => With(o, to: o.From.PlusDays(-1)), "to", Validation.CommonErrors.EndBeforeStart },
        { "more than ten years", o => With(o, to: o.From.PlusYears(10)), "to", PlanningErrors.PeriodTooLong },
        { "a half day from 07:00", o => With(o, rules: new PlanRuleOptions { HalfDay = new MeetingHours(new LocalTime(7, 0), new LocalTime(11, 0)) }), "options.halfDay", PlanningErrors.InvalidOption },
        { "a half day of six hours", o => With(o, rules: new PlanRuleOptions { HalfDay = new MeetingHours(new LocalTime(8, 0), new LocalTime(14, 0)) }), "options.halfDay", PlanningErrors.InvalidOption },
        { "a tolerance of five weeks", o => With(o, rules: new PlanRuleOptions { RegionalTolerance = 35 }), "options.regionalTolerance", PlanningErrors.InvalidOption },
        { "a host twice", o => With(o, hosts: [.. o.Hosts!, o.Hosts![0]]), "hosts[10]", Validation.CommonErrors.DuplicateId },
        { "a host no series serves", o => With(o, program: PlanningData.DistrictManagers, hosts: PlanningData.Councils), "hosts[0]", PlanningErrors.HostUnused },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public void Plan_BadRequest_IsAnErrorNamingIt(string why, Func<PlanningOptions, PlanningOptions> change, string identifier, string code)
    {
        var result = Planner.Plan(change(PlanningData.CouncilHeadsYear()));

        result.Should().HaveError(identifier, code);
        _ = why;
    }

    [Fact]
    public void Plan_RegionalForumBlackedOutLongerThanItsGap_NamesRegionalCadenceAndTheDates()
    {
        var from = new LocalDate(2026, 11, 1);
        var options = new PlanningOptions
        {
            Program = TestPrograms.North(),
            From = from,
            To = from.PlusDays(200),
            CallerDays = Blackouts(from.PlusDays(40), 60),
        };

        var result = Planner.Plan(options);

        result.Should().HaveError("north", PlanRules.RegionalCadence);
        result.ValidationErrors.Single().ErrorMessage.Should().MatchRegex(@"^regional-cadence: no day from \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d can hold the meeting after the one on \d{4}-\d\d-\d\d");
    }

    [Fact]
    public void Plan_MerhavOverTwoMonths_NamesCohortSize() =>
        Planner.Plan(new PlanningOptions { Program = PlanningData.Merhav, From = new LocalDate(2026, 10, 1), To = new LocalDate(2026, 11, 30) })
            .Should().HaveError("cohort-meetings", PlanRules.CohortSize);

    [Fact]
    public void Plan_MerhavWhoseFirstFortnightIsBlackedOut_NamesCohortSpacing()
    {
        var from = new LocalDate(2026, 10, 1);
        Planner.Plan(new PlanningOptions { Program = PlanningData.Merhav, From = from, To = from.PlusMonths(6), CallerDays = Blackouts(from, 15) })
            .Should().HaveError("cohort-meetings", PlanRules.CohortSpacing);
    }

    [Fact]
    public void Plan_NoRoomForTwoNationalMeetingsInTheYear_NamesNationalCount() =>
        Planner.Plan(new PlanningOptions { Program = PlanningData.DistrictManagers, From = PlanningData.YearFrom, To = PlanningData.YearTo, CallerDays = Blackouts(PlanningData.YearFrom, 240) })
            .Should().HaveError("national", PlanRules.NationalCount);

    [Fact]
    public void Plan_ForumBlackedOutLongerThanItsCadence_NamesForumCadence()
    {
        var from = new LocalDate(2026, 11, 1);
        Planner.Plan(new PlanningOptions { Program = TestPrograms.Forum(), From = from, To = from.PlusDays(300), Every = Cadence.Every(6, CadenceUnit.Week), CallerDays = Blackouts(from.PlusDays(60), 60) })
            .Should().HaveError("forum", PlanRules.ForumCadence);
    }

    [Fact]
    public void Plan_NoWorkdayForThePlanningTeam_NamesPlanningTeam()
    {
        // The forum may meet on weekends here; every workday of the first ten weeks is blacked out.
        var from = new LocalDate(2026, 11, 1);
        var workdays = Enumerable.Range(0, 70).Select(from.PlusDays).Where(d => d.DayOfWeek is not (IsoDayOfWeek.Friday or IsoDayOfWeek.Saturday));
        var result = Planner.Plan(new PlanningOptions
        {
            Program = PlanningData.CouncilHeads,
            From = from,
            To = from.PlusDays(300),
            Hosts = PlanningData.Councils,
            Every = Cadence.Every(6, CadenceUnit.Week),
            DayPolicy = DayPolicy.GovernmentForum.With(DayCondition.Weekend, DayAction.Allow),
            CallerDays = [.. workdays.Select(d => CallerDay.Blackout(d, "test").Value)],
        });

        result.Should().HaveError("forum", PlanRules.PlanningTeam);
    }

    [Fact]
    public void Plan_SteeringCommitteeBlackedOutForThreeMonths_NamesSteeringCadence()
    {
        var from = new LocalDate(2026, 11, 1);
        Planner.Plan(new PlanningOptions { Program = TestPrograms.Steering(), From = from, To = from.PlusDays(400), CallerDays = Blackouts(from.PlusDays(100), 100) })
            .Should().HaveError("steering-committee", PlanRules.SteeringCadence);
    }

    [Fact]
    public void Plan_StudyTourWithoutAnOpenWeek_NamesStudyTour()
    {
        var options = PlanningData.CouncilHeadsYear(studyTour: true);
        var sundays = Enumerable.Range(0, 365).Select(PlanningData.YearFrom.PlusDays).Where(d => d.DayOfWeek == IsoDayOfWeek.Sunday);

        Planner.Plan(With(options, callerDays: [.. sundays.Select(d => CallerDay.Blackout(d, "test").Value)]))
            .Should().HaveError("study-tour", PlanRules.StudyTour);
    }

    [Fact]
    public void Plan_PoolOfOneHost_NamesRotationRepeat()
    {
        var from = new LocalDate(2026, 11, 1);
        Planner.Plan(new PlanningOptions { Program = TestPrograms.Forum(roaming: true), From = from, To = from.PlusDays(200), Every = Cadence.Every(6, CadenceUnit.Week), Hosts = [PlanningData.Councils[0]] })
            .Should().HaveError("forum", PlanRules.RotationRepeat);
    }

    [Fact]
    public void Plan_EveryHostUnavailableTooLong_NamesHostUnavailable()
    {
        var from = new LocalDate(2026, 11, 1);
        var away = Enumerable.Range(60, 60).Select(from.PlusDays).ToList();
        var hosts = PlanningData.Councils.Take(3).Select(h => Host.Create(h.Id, h.Group, h.Name, h.Authority, away).Value).ToList();

        Planner.Plan(new PlanningOptions { Program = TestPrograms.Forum(roaming: true), From = from, To = from.PlusDays(200), Every = Cadence.Every(6, CadenceUnit.Week), Hosts = hosts })
            .Should().HaveError("forum", PlanRules.HostUnavailable);
    }

    [Fact]
    public void Plan_LocalElectionAtAHostsAuthority_IsNotHostedThereThatDay()
    {
        var before = PlanningData.Planned(PlanningData.CouncilHeadsYear());
        var meeting = before.Meetings.First(m => m.Kind == MeetingKind.Forum && m.Date.DayOfWeek != IsoDayOfWeek.Saturday);
        var host = before.FindHost(meeting.HostId)!;
        var options = With(PlanningData.CouncilHeadsYear(), callerDays: [CallerDay.LocalElection(meeting.Date, [host.Authority!], "test").Value]);

        var after = PlanningData.Planned(options);

        after.Meetings.Should().NotContain(m => m.Date == meeting.Date && m.HostId == host.Id);
        PlanningData.Findings(options, after.Meetings).Should().BeEmpty();
    }

    [Fact]
    public void Plan_HostUnavailable_NeverHostsThatDay()
    {
        var before = PlanningData.Planned(PlanningData.CouncilHeadsYear());
        var first = before.Meetings.First(m => m.Kind == MeetingKind.Forum);
        var hosts = PlanningData.Councils.Select(h => h.Id == first.HostId ? Host.Create(h.Id, h.Group, h.Name, h.Authority, [first.Date]).Value : h).ToList();

        var after = PlanningData.Planned(PlanningData.CouncilHeadsYear(hosts));

        after.Meetings.Should().NotContain(m => m.Date == first.Date && m.HostId == first.HostId);
    }

    [Fact]
    public void Plan_DatesTheHostsCannotBeRotatedOnto_AreLeftWithTheRuleThatClosedThem()
    {
        // Two hosts; the first is away on the first two meeting dates of the plan without it: a round of two needs both.
        var options = new PlanningOptions { Program = TestPrograms.Forum(roaming: true), From = new LocalDate(2026, 11, 1), To = new LocalDate(2027, 4, 30), Every = Cadence.Every(6, CadenceUnit.Week), Hosts = [.. PlanningData.Councils.Take(2)] };
        var free = PlanningData.Planned(options);
        var away = free.Meetings.Take(2).Select(m => m.Date).ToList();
        var hosts = new[] { Host.Create(options.Hosts![0].Id, MeetingGroup.All, options.Hosts[0].Name, null, away).Value, options.Hosts[1] };
        var constrained = With(options, hosts: hosts);

        var plan = PlanningData.Planned(constrained);

        PlanningData.Findings(constrained, plan.Meetings).Should().BeEmpty();
        plan.Meetings.SelectMany(m => m.Considered).Should().Contain(c => c.RuleId == PlanRules.HostUnavailable && away.Contains(c.Date));
    }

    [Fact]
    public void Plan_NationalMeetingInTheOnlyWeekARegionHas_MovesTheNationalMeeting()
    {
        // The first national meeting aims at 2026-12-01 (week of 11-29); every other day from 11-08 to 12-20 is blacked out.
        var dark = Enumerable.Range(0, 43).Select(new LocalDate(2026, 11, 8).PlusDays).Where(d => d < new LocalDate(2026, 11, 29) || d > new LocalDate(2026, 12, 5));
        var options = new PlanningOptions { Program = PlanningData.DistrictManagers, From = PlanningData.YearFrom, To = PlanningData.YearTo, CallerDays = [.. dark.Select(d => CallerDay.Blackout(d, "test").Value)] };

        var plan = PlanningData.Planned(options);

        PlanningData.Findings(options, plan.Meetings).Should().BeEmpty();
        var national = plan.FindMeeting("national-01")!;
        national.Date.Should().NotBeInRange(new LocalDate(2026, 11, 29), new LocalDate(2026, 12, 5));
        national.Considered.Should().Contain(c => c.Message.StartsWith("national-week — a regional forum", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_CheapestChainWouldBreakTheMeanGap_KeepsTheMeanGap()
    {
        // Every day is avoided but one each 42 days: 42-day gaps would avoid nothing, and their mean breaks 33–37.
        var from = new LocalDate(2026, 11, 1);
        var open = new HashSet<int> { 0, 42, 84, 126, 168 };
        var options = new PlanningOptions
        {
            Program = TestPrograms.North(),
            From = from,
            To = from.PlusDays(175),
            DayPolicy = CallerDaysAvoided,
            CallerDays = [.. Enumerable.Range(0, 176).Where(i => !open.Contains(i)).Select(i => CallerDay.Blackout(from.PlusDays(i), "test").Value)],
        };

        var plan = PlanningData.Planned(options);

        var span = Period.DaysBetween(plan.Meetings[0].Date, plan.Meetings[^1].Date);
        ((double)span / (plan.Meetings.Count - 1)).Should().BeInRange(33, 37);
        PlanningData.Findings(options, plan.Meetings).Should().BeEmpty();
    }

    [Fact]
    public void Plan_StudyTourAroundAGeneralLocalElection_StaysWithinOneTerm()
    {
        var options = new PlanningOptions
        {
            Program = PlanningData.CouncilHeads,
            From = new LocalDate(2028, 11, 5),
            To = new LocalDate(2028, 11, 11),
            Hosts = PlanningData.Councils,
            Every = Cadence.Every(6, CadenceUnit.Week),
            StudyTour = true,
        };

        // The only Sunday–Thursday of the period, 2028-11-05..09, crosses the election of 2028-11-07.
        Planner.Plan(options).Should().HaveError("study-tour", PlanRules.StudyTour);
    }

    internal static IReadOnlyList<CallerDay> Blackouts(LocalDate from, int days) =>
        [.. Enumerable.Range(0, days).Select(i => CallerDay.Blackout(from.PlusDays(i), "test").Value)];

    internal static PlanningOptions With(
        PlanningOptions options,
        LocalDate? to = null,
        PlanRuleOptions? rules = null,
        IReadOnlyList<CallerDay>? callerDays = null,
        IReadOnlyList<Host>? hosts = null,
        InstituteProgram? program = null) => new()
    {
        Program = program ?? options.Program,
        From = options.From,
        To = to ?? options.To,
        Communities = options.Communities,
        DayPolicy = options.DayPolicy,
        Hosts = hosts ?? options.Hosts,
        Every = options.Every,
        CallerDays = callerDays ?? options.CallerDays,
        StudyTour = options.StudyTour,
        Previous = options.Previous,
        RuleOptions = rules ?? options.RuleOptions,
    };

    private static Offset Offset(Plan plan, LocalDate from, LocalDate to) =>
        plan.Meetings.Where(m => m.Date >= from && m.Date <= to).Select(m => m.Start.Offset).Distinct().Should().ContainSingle().Subject;
}
