using Alka.Domain.Calendar;
using Alka.Domain.Scheduling;
using Alka.Domain.Validation;
using Alka.Domain.Tests.Support;
using Ardalis.Result;
using CsCheck;
using NodaTime;

namespace Alka.Domain.Tests.Scheduling;

public class ForumCalendarTests
{
    private const string Council = "jewish,muslim,christian-orthodox,druze";

    public static TheoryData<string, LocalDate, DayVerdict, string, string> EdgeCases => new()
    {
        { Council, new(2026, 9, 1), DayVerdict.Ok, "", "a plain Tuesday: nothing falls on it" },
        { Council, new(2026, 9, 4), DayVerdict.Blocked, "weekend", "a plain Friday" },
        { Council, new(2026, 9, 12), DayVerdict.Blocked, "weekend|rosh-hashana-1", "Shabbat that is also a rest day: the weekend first, then the observance" },
        { Council, new(2026, 9, 13), DayVerdict.Blocked, "rosh-hashana-2", "a rest day on a Sunday" },
        { Council, new(2026, 9, 14), DayVerdict.Avoid, "tzom-gedaliah", "a fast" },
        { Council, new(2026, 9, 20), DayVerdict.Avoid, "erev-yom-kippur", "an eve on a Sunday" },
        { Council, new(2026, 9, 21), DayVerdict.Blocked, "yom-kippur", "rest-day|fast: the rest day decides" },
        { Council, new(2026, 9, 27), DayVerdict.Avoid, "sukkot-2-chol-hamoed", "Chol HaMoed" },
        { Council, new(2026, 9, 10), DayVerdict.Blocked, "nabi-sabalan", "a fixed Druze day off" },
        { Council, new(2026, 10, 22), DayVerdict.Avoid, "yitzhak-rabin-memorial-day", "national|memorial: the memorial decides" },
        { Council, new(2026, 12, 10), DayVerdict.Ok, "chag-habanot|chanukah-candles-7|rosh-chodesh-tevet", "minor and rosh-chodesh observances are listed but allowed" },
        { Council, new(2027, 1, 7), DayVerdict.Blocked, "christmas-orthodox", "Orthodox Christmas, 25 December (Julian)" },
        { Council, new(2027, 1, 8), DayVerdict.Blocked, "weekend|christmas-orthodox", "its second day, a Friday" },
        { Council, new(2027, 3, 9), DayVerdict.Blocked, "eid-al-fitr|rosh-chodesh-adar-ii", "a community day and an observance, in ordinal order" },
        { Council, new(2027, 3, 12), DayVerdict.Blocked, "weekend|eid-al-fitr:possible", "the possible day after Eid al-Fitr is a Friday anyway" },
        { Council, new(2027, 3, 22), DayVerdict.Avoid, "erev-purim|taanit-esther", "a fast beside a minor eve (Erev Purim is minor, not eve)" },
        { Council, new(2027, 4, 25), DayVerdict.Blocked, "nabi-shuayb|pesach-4-chol-hamoed", "a Druze day off outranks Chol HaMoed" },
        { Council, new(2027, 5, 11), DayVerdict.Avoid, "yom-hazikaron", "Yom HaZikaron: memorial" },
        { Council, new(2027, 5, 12), DayVerdict.Blocked, "yom-haatzmaut", "national|rest-day" },
        { Council, new(2027, 5, 16), DayVerdict.Blocked, "eid-al-adha|eid-al-adha-druze", "Eid al-Adha, Muslim and Druze" },
        { Council, new(2027, 5, 20), DayVerdict.Avoid, "eid-al-adha-druze:possible|eid-al-adha:possible", "the possible day after Eid al-Adha ('-' sorts before ':')" },
        { Council, new(2027, 8, 11), DayVerdict.Ok, "erev-tisha-bav", "fast-eve is not avoided: the fast begins at sunset" },
        { Council, new(2027, 8, 14), DayVerdict.Blocked, "weekend|mawlid|shabbat-nachamu", "the Mawlid on Shabbat" },
        { Council, new(2027, 8, 15), DayVerdict.Avoid, "mawlid:possible", "the possible day after the Mawlid" },
        { "jewish", new(2027, 5, 16), DayVerdict.Ok, "", "Eid al-Adha: no Muslim or Druze in the forum" },
        { "jewish", new(2027, 5, 20), DayVerdict.Ok, "", "no possible day for a community not in the forum" },
        { "jewish", new(2027, 1, 7), DayVerdict.Ok, "", "Orthodox Christmas: no Orthodox Christian in the forum" },
        { "muslim", new(2027, 5, 16), DayVerdict.Blocked, "eid-al-adha", "Muslims only: the Druze Eid is not listed" },
        { "muslim", new(2026, 9, 21), DayVerdict.Blocked, "yom-kippur", "the state's rest days block whatever the communities" },
        { "druze", new(2027, 5, 17), DayVerdict.Blocked, "eid-al-adha-druze|herzl-day", "the Druze Eid al-Adha beside a national day" },
        { "christian-western", new(2027, 3, 29), DayVerdict.Blocked, "easter-monday-western", "Western Easter + 1" },
        { "christian-western", new(2026, 12, 25), DayVerdict.Blocked, "weekend|christmas-western", "Western Christmas on a Friday" },
    };

    public static TheoryData<string, LocalDate, string> Descriptions => new()
    {
        { Council, new(2027, 5, 11), "2027-05-11: avoid — Memorial Day for the Fallen (memorial)" },
        { Council, new(2026, 9, 1), "2026-09-01: ok" },
        { Council, new(2026, 12, 10), "2026-12-10: ok — Chag HaBanot (minor), Chanukah: 7 candles (minor), Rosh Chodesh Tevet (rosh-chodesh)" },
        { Council, new(2026, 9, 11), "2026-09-11: blocked — Friday (weekend)" },
        { Council, new(2026, 9, 12), "2026-09-12: blocked — Saturday (weekend), Rosh Hashana (day 1) (rest-day)" },
        { Council, new(2027, 5, 16), "2027-05-16: blocked — Eid al-Adha (community-day-off), Eid al-Adha (Druze) (community-day-off)" },
        { "muslim", new(2027, 5, 20), "2027-05-20: avoid — Possible day of Eid al-Adha (possible-day)" },
    };

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void Judge_EdgeCases_VerdictAndReasons(string communities, LocalDate date, DayVerdict verdict, string reasons, string why)
    {
        var day = Forum(communities).Judge(date);

        day.Verdict.Should().Be(verdict, why);
        ReasonIds(day).Should().Be(reasons, why);
        day.Date.Should().Be(date);
        day.DayOfWeek.Should().Be(date.DayOfWeek);
        day.HebrewDate.Should().Be(HebrewDate.FromLocalDate(date));
    }

    [Theory]
    [MemberData(nameof(Descriptions))]
    public void ToString_SaysTheVerdictAndTheReasonsThatDecidedIt(string communities, LocalDate date, string expected) =>
        Forum(communities).Judge(date).ToString().Should().Be(expected);

    [Fact]
    public void Judge_Reasons_NameWhatAndTheRule()
    {
        var reasons = Forum(Council).Judge(new LocalDate(2027, 3, 9)).Reasons;

        reasons.Select(r => (r.Kind, r.Id, r.RuleId, r.Action)).Should().Equal(
            (DayReasonKind.CommunityDay, "eid-al-fitr", "community-day-off", DayAction.Block),
            (DayReasonKind.Observance, "rosh-chodesh-adar-ii", "rosh-chodesh", DayAction.Allow));
        reasons[0].CommunityDay!.Value.Should().Match<CommunityDay>(d => d.DayNumber == 1 && d.IsProvisional);
        reasons[0].Observance.Should().BeNull();
        reasons[0].CallerDay.Should().BeNull();
        reasons[0].Name.Should().BeSameAs(reasons[0].CommunityDay!.Value.Definition.Name, "the name is stored once, not built per day");
        reasons[0].Name.Hebrew.Should().Be("עיד אל-פיטר");
        reasons[1].Observance!.Id.Should().Be("rosh-chodesh-adar-ii");
        reasons[1].CommunityDay.Should().BeNull();
        reasons[1].Name.Should().BeSameAs(reasons[1].Observance!.Name);
        reasons[1].Name.English.Should().Be("Rosh Chodesh Adar II");
    }

    [Fact]
    public void Judge_Weekend_IsAReasonWithTheWeekdaysNames()
    {
        var forum = Forum("jewish");

        var friday = forum.Judge(new LocalDate(2026, 9, 4)).Reasons[0];
        var saturday = forum.Judge(new LocalDate(2026, 9, 5)).Reasons[0];

        (friday.Kind, friday.Id, friday.RuleId, friday.Action, friday.Name.English, friday.Name.Hebrew)
            .Should().Be((DayReasonKind.Weekend, "weekend", "weekend", DayAction.Block, "Friday", "יום שישי"));
        (saturday.Name.English, saturday.Name.Hebrew).Should().Be(("Saturday", "שבת"));
        forum.Judge(new LocalDate(2026, 9, 11)).Reasons[0].Name.Should().BeSameAs(friday.Name);
    }

    [Fact]
    public void Judge_2026To2027ForEveryMix_AgreesWithTheIndependentRules()
    {
        string[][] mixes = [["jewish"], ["muslim"], ["christian-western"], ["christian-orthodox"], ["druze"], Council.Split(','), [.. Ids.All<Community>().Select(c => c.ToId())]];
        foreach (var mix in mixes)
        {
            var days = Forum(string.Join(',', mix)).Judge(new LocalDate(2026, 9, 1), new LocalDate(2027, 8, 31)).Value;

            days.Should().HaveCount(365);
            days.Select(d => (d.Date, d.Verdict.ToId(), ReasonIds(d)))
                .Should().Equal(days.Select(d => (d.Date, DayRulesOracle.Judge(d.Date, mix).Verdict, DayRulesOracle.Judge(d.Date, mix).Reasons)), string.Join(',', mix));
        }
    }

    [Fact]
    public void Judge_2000To2040AllCommunities_AgreesWithTheIndependentRules()
    {
        var all = Ids.All<Community>().Select(c => c.ToId()).ToArray();
        var days = Forum(string.Join(',', all)).Judge(DayRulesOracle.First, DayRulesOracle.Last).Value;

        var wrong = days.Where(d => (d.Verdict.ToId(), ReasonIds(d)) != DayRulesOracle.Judge(d.Date, all)).Select(d => d.ToString()).ToList();

        days.Should().HaveCount(14_976);
        wrong.Should().BeEmpty();
    }

    [Fact]
    public void Judge_AnyDateAndMix_HasEveryObservanceAndDayOfTheMixOrderedAndTheMostSevereAction() =>
        Gen.Select(Gen.Int[0, Period.DaysBetween(ForumCalendar.MinDate, ForumCalendar.MaxDate)], Gen.Int[1, 31]).Sample((offset, bits) =>
        {
            var date = ForumCalendar.MinDate.PlusDays(offset);
            var mix = CommunityMix.Of([.. Ids.All<Community>().Where((_, i) => (bits & (1 << i)) != 0)]);
            var day = Forum(mix).Judge(date);
            var reasons = day.Reasons;
            var weekend = date.DayOfWeek is IsoDayOfWeek.Friday or IsoDayOfWeek.Saturday;
            var expectedIds = IsraeliCalendar.Default.GetDay(date).Observances.Select(o => o.Id)
                .Concat(CommunityCalendarWithPossibleDays.DaysOn(date, mix).ToArray().Select(d => d.ReasonId))
                .Order(StringComparer.Ordinal);
            return reasons.Select(r => r.Id).SequenceEqual(weekend ? expectedIds.Prepend("weekend") : expectedIds)
                && day.Verdict == (reasons.Length == 0 ? DayVerdict.Ok : (DayVerdict)(int)reasons.Max(r => r.Action))
                && day.HebrewDate == HebrewDate.FromLocalDate(date);
        });

    [Fact]
    public void Judge_ARangeAcrossYears_IsEachDayJudgedAlone()
    {
        var forum = Forum(Council);
        var from = new LocalDate(2026, 12, 20);

        var days = forum.Judge(from, new LocalDate(2028, 1, 10)).Value;

        days.Should().HaveCount(387);
        days.Select(d => (d.Date, d.Verdict, ReasonIds(d)))
            .Should().Equal(days.Select((_, i) => forum.Judge(from.PlusDays(i))).Select(d => (d.Date, d.Verdict, ReasonIds(d))));
    }

    [Fact]
    public void Judge_TheEdgesOfTheSupportedRange_AreJudged()
    {
        var forum = Forum(Council);

        forum.Judge(ForumCalendar.MinDate).Date.Should().Be(new LocalDate(1583, 1, 1));
        forum.Judge(ForumCalendar.MaxDate).Date.Should().Be(new LocalDate(6239, 9, 25));
        forum.Judge(new LocalDate(6239, 9, 20), ForumCalendar.MaxDate).Value.Should().HaveCount(6);
        ForumCalendar.IsSupported(new LocalDate(1582, 12, 31)).Should().BeFalse();
        ForumCalendar.IsSupported(new LocalDate(6239, 9, 26)).Should().BeFalse();
        forum.Invoking(f => f.Judge(new LocalDate(6239, 9, 26))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("date");
        forum.Invoking(f => f.Judge(new LocalDate(1582, 12, 31))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("date");
    }

    [Fact]
    public void Judge_ADateInAnotherCalendar_IsTheSameDay()
    {
        var forum = Forum(Council);
        var hebrew = new LocalDate(2027, 5, 11).WithCalendar(CalendarSystem.HebrewCivil);

        ReasonIds(forum.Judge(hebrew)).Should().Be("yom-hazikaron");
        forum.Judge(hebrew, hebrew.PlusDays(1)).Value.Select(d => d.Date).Should().Equal(new LocalDate(2027, 5, 11), new LocalDate(2027, 5, 12));
    }

    [Fact]
    public void Judge_AYearWarm_AllocatesNothing()
    {
        var forum = Forum(CommunityMix.All);
        var first = new LocalDate(2027, 1, 1);
        Sweep(forum, first);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var blocks = Sweep(forum, first);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        blocks.Should().BeGreaterThan(104, "every weekend day blocks");
        allocated.Should().Be(0);
    }

    [Fact]
    public void DecidingReasons_EveryDayOfAYear_AreTheReasonsWhoseActionGivesTheVerdict()
    {
        var days = Forum(CommunityMix.All).Judge(new LocalDate(2026, 9, 1), new LocalDate(2027, 8, 31)).Value;

        foreach (var day in days)
        {
            day.DecidingReasons.Should().Equal(day.Reasons.Where(r => DayJudgement.VerdictOf(r.Action) == day.Verdict), day.ToString());
            day.ToString().Should().Be(
                $"{day.Date:uuuu-MM-dd}: {day.Verdict.ToId()}{(day.DecidingReasons.IsEmpty ? "" : " — " + string.Join(", ", day.DecidingReasons))}");
        }

        days.Should().Contain(d => d.DecidingReasons.Length < d.Reasons.Length, "some reasons do not decide");
    }

    [Fact]
    public void DecidingReasons_FridayEve_AreTheWeekendAlone()
    {
        // Erev Rosh Hashana 5787 on a Friday: the weekend blocks, the eve only avoids.
        var day = Forum(Council).Judge(new LocalDate(2026, 9, 11));

        day.Reasons.Select(r => r.Id).Should().Equal("weekend", "erev-rosh-hashana");
        day.DecidingReasons.Select(r => r.Id).Should().Equal("weekend");
        day.ToString().Should().Be("2026-09-11: blocked — Friday (weekend)");
    }

    [Fact]
    public void Judge_YearsJudgedInParallel_EqualYearsJudgedOneByOne()
    {
        var years = Enumerable.Range(2020, 24).ToArray();
        var parallel = Forum(Council);
        var sequential = Forum(Council);

        Parallel.ForEach(years, year => parallel.Judge(new LocalDate(year, 6, 1)));

        foreach (var year in years)
        {
            parallel.Judge(new(year, 1, 1), new(year, 12, 31)).Value.Select(d => (d.Date, d.Verdict, ReasonIds(d)))
                .Should().Equal(sequential.Judge(new(year, 1, 1), new(year, 12, 31)).Value.Select(d => (d.Date, d.Verdict, ReasonIds(d))));
        }
    }

    [Fact]
    public void IsAvailable_FollowsTheVerdict()
    {
        var forum = Forum(Council);

        forum.IsAvailable(new LocalDate(2026, 9, 1)).Should().BeTrue("ok");
        forum.IsAvailable(new LocalDate(2027, 5, 11)).Should().BeFalse("avoid, not allowed");
        forum.IsAvailable(new LocalDate(2027, 5, 11), allowAvoid: true).Should().BeTrue("avoid, allowed");
        forum.IsAvailable(new LocalDate(2027, 5, 16), allowAvoid: true).Should().BeFalse("blocked");
    }

    [Fact]
    public void NextAvailable_SkipsWhatTheForumCannotMeetOn()
    {
        var forum = Forum(Council);

        // After Shabbat 2027-05-15: Eid al-Adha 16–19 May, the possible day on the 20th, the weekend, then Sunday.
        forum.NextAvailable(new LocalDate(2027, 5, 15)).Value.Should().Be(new LocalDate(2027, 5, 23));
        forum.NextAvailable(new LocalDate(2027, 5, 15), allowAvoid: true).Value.Should().Be(new LocalDate(2027, 5, 20));
        forum.NextAvailable(new LocalDate(2026, 9, 1)).Value.Should().Be(new LocalDate(2026, 9, 2), "the next day, not the day itself");
    }

    [Fact]
    public void NextAvailable_NoneOrOutOfRange_IsAnError()
    {
        var forum = Forum(Council);

        ShouldBeInvalid(forum.NextAvailable(ForumCalendar.MaxDate), ("date", SchedulingErrors.NoAvailableDay));
        ShouldBeInvalid(forum.NextAvailable(new LocalDate(1500, 1, 1)), ("date", CommonErrors.DateOutOfRange));
    }

    [Fact]
    public void JudgeRange_BadRanges_ListEveryProblem()
    {
        var forum = Forum(Council);

        ShouldBeInvalid(forum.Judge(new LocalDate(2027, 1, 2), new LocalDate(2027, 1, 1)), ("to", CommonErrors.EndBeforeStart));
        ShouldBeInvalid(
            forum.Judge(new LocalDate(7000, 1, 1), new LocalDate(1500, 1, 1)),
            ("from", CommonErrors.DateOutOfRange), ("to", CommonErrors.DateOutOfRange), ("to", CommonErrors.EndBeforeStart));
    }

    [Fact]
    public void Create_PolicyFromTextOnACustomObservance_RulesOnItInTheForumsCalendar()
    {
        // A company's annual event, by a Gregorian date, named in a policy read from text.
        var conference = Observance.Create(
            "annual-conference", ObservanceCategories.Minor, BilingualText.Create("Annual conference", "הכנס השנתי"),
            [ObservanceRule.Always(GregorianDateRule.On(3, 15), "Board decision (example)")]).Value;
        var calendar = IsraeliCalendar.Create(new IsraeliCalendarOptions { Observances = [.. IsraeliObservances.All, conference] }).Value;
        var policy = DayPolicy.GovernmentForum.With("observance:annual-conference", DayAction.Block);

        policy.IsSuccess.Should().BeTrue("a policy takes any observance id; the forum's calendar resolves it");
        var forum = ForumCalendar.Create(new ForumCalendarOptions { IsraeliCalendar = calendar, Policy = policy.Value }).Value;
        forum.Judge(new LocalDate(2027, 3, 15)).ToString().Should().Be("2027-03-15: blocked — Annual conference (observance:annual-conference)");
        forum.Judge(new LocalDate(2027, 3, 16)).Verdict.Should().Be(DayVerdict.Ok);

        ForumCalendar.Create(new ForumCalendarOptions { Policy = policy.Value }).Should()
            .HaveError("policy", CommonErrors.UnknownReference);
    }

    [Fact]
    public void Create_CustomCommunityCalendar_KeepsThePossibleDays()
    {
        // A community calendar made for its caller days alone: the day after a provisional Eid stays avoided.
        var calendar = CommunityCalendar.Create(new CommunityCalendarOptions
        {
            CallerDays = [CallerDay.Strike(new LocalDate(2027, 1, 3), "General strike").Value],
        }).Value;
        var forum = ForumCalendar.Create(new ForumCalendarOptions { CommunityCalendar = calendar, Communities = CommunityMix.Of(Community.Muslim) }).Value;

        forum.Judge(new LocalDate(2027, 5, 20)).ToString().Should().Be("2027-05-20: avoid — Possible day of Eid al-Adha (possible-day)");
    }

    [Fact]
    public void Create_BadOptions_ListEveryProblem()
    {
        var withoutYomHaZikaron = IsraeliCalendar.Create(new IsraeliCalendarOptions
        {
            Observances = [.. IsraeliObservances.All.Where(o => o.Id != "yom-hazikaron")],
        }).Value;

        var forum = ForumCalendar.Create(new ForumCalendarOptions
        {
            IsraeliCalendar = withoutYomHaZikaron,
            Communities = CommunityMix.Empty,
            Policy = DayPolicy.GovernmentForum.With("observance:yom-hazikaron", DayAction.Allow).Value,
            Authorities = ["7300", "Tel Aviv", "7300"],
        });

        ShouldBeInvalid(
            forum,
            ("communities", CommonErrors.Required), ("policy", CommonErrors.UnknownReference),
            ("authorities[1]", Domain.Geography.GeographyErrors.InvalidAuthority), ("authorities[2]", CommonErrors.Duplicate));
    }

    [Fact]
    public void Create_Defaults_AreAJewishGovernmentForumWithPossibleDays()
    {
        var forum = ForumCalendar.Create(new ForumCalendarOptions()).Value;

        forum.Communities.Should().Be(CommunityMix.Of(Community.Jewish));
        forum.Policy.Should().BeSameAs(DayPolicy.GovernmentForum);
        forum.IsraeliCalendar.Should().BeSameAs(IsraeliCalendar.Default);
        forum.CommunityCalendar.IncludesPossibleDays.Should().BeTrue();
        forum.Authorities.Should().BeEmpty();
    }

    [Fact]
    public void Create_Nulls_AreProgrammerErrors()
    {
        FluentActions.Invoking(() => ForumCalendar.Create(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ForumCalendar.Create(new ForumCalendarOptions { Policy = null! })).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ForumCalendar.Create(new ForumCalendarOptions { Authorities = null! })).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void BadInputOfTheIssue_IsANamedErrorEachTime()
    {
        // Unknown community, an announced date away from the holiday, an election on Shabbat: Results, never exceptions.
        ShouldBeInvalid(CommunityMix.Parse("jewish,samaritan"), ("communities", CommonErrors.UnknownReference));
        ShouldBeInvalid(
            CommunityCalendar.Create(new CommunityCalendarOptions { AnnouncedDates = [new AnnouncedDate("eid-al-fitr", 1448, new LocalDate(2027, 4, 9))] }),
            ("announcedDates[0].firstDay", CalendarErrors.AnnouncedDateOutsideWindow));
        ShouldBeInvalid(CallerDay.KnessetElection(new LocalDate(2026, 10, 24), "Elections"), ("date", CalendarErrors.ElectionOnShabbat));
    }

    public static TheoryData<Func<DayPolicy, DayPolicy>, LocalDate, DayVerdict, string, string> PolicyChanges => new()
    {
        { p => p.With(ObservanceCategories.CholHamoed, DayAction.Allow), new(2026, 9, 27), DayVerdict.Ok, "chol-hamoed", "Chol HaMoed allowed" },
        { p => p.With(ObservanceCategories.CholHamoed, DayAction.Allow), new(2027, 4, 27), DayVerdict.Avoid, "eve", "Pesach VI is chol-hamoed|eve: with Chol HaMoed allowed the eve decides" },
        { p => p, new(2027, 4, 27), DayVerdict.Avoid, "chol-hamoed", "a tie goes to the first category in id order" },
        { p => p.With(ObservanceCategories.Memorial, DayAction.Block), new(2027, 5, 11), DayVerdict.Blocked, "memorial", "memorial days blocked" },
        { p => p.With("observance:yom-hazikaron", DayAction.Allow).Value, new(2027, 5, 11), DayVerdict.Ok, "observance:yom-hazikaron", "an observance's own rule overrides its categories" },
        { p => p.With("observance:yom-yerushalayim", DayAction.Block).Value, new(2028, 5, 24), DayVerdict.Blocked, "observance:yom-yerushalayim", "a national day blocked by its own rule" },
        { p => p.With(ObservanceCategories.Minor, DayAction.Avoid), new(2027, 3, 23), DayVerdict.Avoid, "minor", "minor days avoided: Purim" },
        { p => p.With(DayCondition.Weekend, DayAction.Allow), new(2026, 9, 4), DayVerdict.Ok, "weekend", "a forum that meets on Fridays" },
    };

    [Theory]
    [MemberData(nameof(PolicyChanges))]
    public void Judge_PolicyChanges_ChangeTheVerdictAndNameTheRule(Func<DayPolicy, DayPolicy> change, LocalDate date, DayVerdict verdict, string ruleId, string why)
    {
        var day = Forum(CommunityMix.Of(Community.Jewish), change(DayPolicy.GovernmentForum)).Judge(date);

        day.Verdict.Should().Be(verdict, why);
        day.Reasons.Should().ContainSingle(r => (int)r.Action == (int)verdict, why).Which.RuleId.Should().Be(ruleId, why);
    }

    [Fact]
    public void Judge_CommunityDayRulesChanged_ChangeTheVerdict()
    {
        var policy = DayPolicy.GovernmentForum.With(DayCondition.CommunityDayOff, DayAction.Avoid).With(DayCondition.PossibleDay, DayAction.Allow);
        var forum = Forum(CommunityMix.Of(Community.Muslim), policy);

        forum.Judge(new LocalDate(2027, 5, 16)).Verdict.Should().Be(DayVerdict.Avoid);
        forum.Judge(new LocalDate(2027, 5, 20)).Verdict.Should().Be(DayVerdict.Ok);
        ReasonIds(forum.Judge(new LocalDate(2027, 5, 20))).Should().Be("eid-al-adha:possible", "an allowed reason is still a reason");
    }

    public static TheoryData<string, string[], DayVerdict, string, string> CallerDayCases => new()
    {
        { "knesset", [], DayVerdict.Blocked, "caller-day-off", "a Knesset election is a national rest day" },
        { "run-off", ["7300"], DayVerdict.Ok, "caller-day-workday", "a run-off is a workday, even where it is held" },
        { "local", ["7300"], DayVerdict.Blocked, "caller-day-off", "a local election where the forum sits" },
        { "local", ["2600", "2710"], DayVerdict.Ok, "caller-day-workday", "a local election elsewhere" },
        { "local", [], DayVerdict.Ok, "caller-day-workday", "a forum without authorities: no local election is its day off" },
        { "strike", [], DayVerdict.Blocked, "caller-day-off", "a strike" },
    };

    [Theory]
    [MemberData(nameof(CallerDayCases))]
    public void Judge_CallerDays_AreDaysOffWhereTheForumSits(string kind, string[] forumAuthorities, DayVerdict verdict, string ruleId, string why)
    {
        var tuesday = new LocalDate(2026, 10, 27);
        var callerDay = kind switch
        {
            "knesset" => CallerDay.KnessetElection(tuesday, "Elections to the 26th Knesset"),
            "run-off" => CallerDay.RunOff(tuesday, ["7300"], "Second round in Nazareth"),
            "local" => CallerDay.LocalElection(tuesday, ["4000", "7300"], "Local elections"),
            _ => CallerDay.Strike(tuesday, "General strike"),
        };
        var communities = CommunityCalendar.Create(new CommunityCalendarOptions { CallerDays = [callerDay.Value] }).Value;
        var forum = ForumCalendar.Create(new ForumCalendarOptions { CommunityCalendar = communities, Authorities = forumAuthorities }).Value;

        var day = forum.Judge(tuesday);

        day.Verdict.Should().Be(verdict, why);
        var reason = day.Reasons.Should().ContainSingle().Subject;
        (reason.Kind, reason.Id, reason.RuleId).Should().Be((DayReasonKind.CallerDay, callerDay.Value.Id, ruleId), why);
        reason.CallerDay.Should().BeSameAs(callerDay.Value);
        (reason.Name.English, reason.Name.Hebrew).Should().Be((callerDay.Value.Reason, callerDay.Value.Reason));
    }

    [Fact]
    public void Judge_LocalElectionInAHostCouncil_IsADayOffForTheForumItHosts()
    {
        // One id for a council everywhere: the CBS code names the host and the authority that votes.
        var tuesday = new LocalDate(2028, 10, 31);
        var hosts = HostPool.Create(VenueKind.HostCouncil, ["0494", "0031"]).Value;
        var calendar = CommunityCalendar.Create(new CommunityCalendarOptions
        {
            CallerDays = [CallerDay.LocalElection(tuesday, ["0031"], "Local elections in Ofaqim").Value],
        }).Value;

        var hosted = ForumCalendar.Create(new ForumCalendarOptions { CommunityCalendar = calendar, Authorities = hosts.HostIds }).Value;
        var elsewhere = ForumCalendar.Create(new ForumCalendarOptions { CommunityCalendar = calendar, Authorities = ["0494"] }).Value;

        hosted.Judge(tuesday).ToString().Should().Be("2028-10-31: blocked — Local elections in Ofaqim (caller-day-off)");
        elsewhere.Judge(tuesday).Verdict.Should().Be(DayVerdict.Ok);
    }

    [Fact]
    public void Judge_ARunOffRuledAvoid_IsAvoided()
    {
        var tuesday = new LocalDate(2026, 11, 10);
        var communities = CommunityCalendar.Create(new CommunityCalendarOptions { CallerDays = [CallerDay.RunOff(tuesday, ["4000"], "Second round").Value] }).Value;
        var forum = ForumCalendar.Create(new ForumCalendarOptions
        {
            CommunityCalendar = communities,
            Policy = DayPolicy.GovernmentForum.With(DayCondition.CallerWorkday, DayAction.Avoid),
        }).Value;

        var day = forum.Judge(tuesday);

        day.Verdict.Should().Be(DayVerdict.Avoid);
        ReasonIds(day).Should().Be("rosh-chodesh-kislev|run-off", "caller days sort among the other ids");
        day.ToString().Should().Be("2026-11-10: avoid — Second round (caller-day-workday)");
    }

    [Fact]
    public void DocsExamples_SayWhatTheyShow()
    {
        // docs/day-policy.md, "Judging days" and "Caller days and authorities".
        var mix = CommunityMix.Parse("jewish,muslim,christian-orthodox,druze");
        var forum = mix.Bind(communities => ForumCalendar.Create(new ForumCalendarOptions { Communities = communities }));
        var day = forum.Value.Judge(new LocalDate(2027, 5, 11));
        var calendar = CommunityCalendar.Create(new CommunityCalendarOptions
        {
            IncludePossibleDays = true,
            CallerDays = [CallerDay.LocalElection(new LocalDate(2028, 10, 31), ["7300", "4000"], "Local elections").Value],
        }).Value;
        var nazareth = ForumCalendar.Create(new ForumCalendarOptions { CommunityCalendar = calendar, Authorities = ["7300"] }).Value;

        day.ToString().Should().Be("2027-05-11: avoid — Memorial Day for the Fallen (memorial)");
        day.Reasons.Select(r => $"{r.Id} {r.RuleId} {r.Action.ToId()}").Should().Equal("yom-hazikaron memorial avoid");
        day.DecidingReasons.Select(r => r.Name.English).Should().Equal("Memorial Day for the Fallen");
        forum.Value.Judge(new LocalDate(2026, 9, 1), new LocalDate(2027, 8, 31)).Value.Should().HaveCount(365);
        forum.Value.NextAvailable(new LocalDate(2027, 5, 15)).Value.Should().Be(new LocalDate(2027, 5, 23));
        nazareth.Judge(new LocalDate(2028, 10, 31)).ToString().Should().Be("2028-10-31: blocked — Local elections (caller-day-off)");
    }

    [Fact]
    public void DayReason_Equality_IsByWhatRuleAndAction()
    {
        var forum = Forum(Council);
        var reason = forum.Judge(new LocalDate(2027, 5, 11)).Reasons[0];
        var again = Forum(Council).Judge(new LocalDate(2027, 5, 11)).Reasons[0];
        var blocked = Forum(CommunityMix.Of(Community.Jewish), DayPolicy.GovernmentForum.With(ObservanceCategories.Memorial, DayAction.Block))
            .Judge(new LocalDate(2027, 5, 11)).Reasons[0];

        Support.EqualityContract.Check(reason, again, blocked);
        Support.EqualityContract.Check(reason, again, forum.Judge(new LocalDate(2027, 5, 4)).Reasons[0]);
    }

    [Fact]
    public void Defaults_AreNotJudgementsNorReasons()
    {
        default(DayJudgement).ToString().Should().Be("(none)");
        default(DayJudgement).Reasons.IsEmpty.Should().BeTrue();
        default(DayJudgement).DecidingReasons.IsEmpty.Should().BeTrue();
        default(DayReason).Id.Should().BeEmpty();
        default(DayReason).RuleId.Should().BeEmpty();
        (default(DayReason).Name.English, default(DayReason).Name.Hebrew).Should().Be(("", ""));
        default(DayReason).ToString().Should().BeEmpty();
    }

    private static readonly CommunityCalendar CommunityCalendarWithPossibleDays =
        CommunityCalendar.Create(new CommunityCalendarOptions()).Value;

    private static ForumCalendar Forum(string communities) => Forum(CommunityMix.Parse(communities).Value);

    private static ForumCalendar Forum(CommunityMix mix, DayPolicy? policy = null) =>
        ForumCalendar.Create(new ForumCalendarOptions
        {
            CommunityCalendar = CommunityCalendarWithPossibleDays,
            Communities = mix,
            Policy = policy ?? DayPolicy.GovernmentForum,
        }).Value;

    private static string ReasonIds(DayJudgement day) => string.Join('|', day.Reasons.Select(r => r.Id));

    /// <summary>Judges 365 days from <paramref name="first"/> and reads every reason and deciding reason; returns the number of blocking reasons.</summary>
    private static int Sweep(ForumCalendar forum, LocalDate first)
    {
        var blocks = 0;
        var date = first;
        for (var i = 0; i < 365; i++, date = date.PlusDays(1))
        {
            var day = forum.Judge(date);
            foreach (var reason in day.Reasons)
            {
                blocks += reason.Action == DayAction.Block ? 1 : 0;
            }

            foreach (var reason in day.DecidingReasons)
            {
                blocks -= DayJudgement.VerdictOf(reason.Action) == day.Verdict ? 0 : 1;
            }
        }

        return blocks;
    }

    private static void ShouldBeInvalid(IResult result, params (string Identifier, string Code)[] errors)
    {
        result.Status.Should().Be(ResultStatus.Invalid);
        result.ValidationErrors.Select(e => (e.Identifier, e.ErrorCode)).Should().Equal(errors);
        result.ValidationErrors.Should().OnlyContain(e => e.Severity == ValidationSeverity.Error && e.ErrorMessage.Length > 0);
    }
}
