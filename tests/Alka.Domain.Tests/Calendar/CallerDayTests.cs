using Alka.Domain.Calendar;
using Alka.Domain.Geography;
using Alka.Domain.Validation;
using Ardalis.Result;
using NodaTime;

namespace Alka.Domain.Tests.Calendar;

public class CallerDayTests
{
    private static readonly LocalDate Tuesday = new(2026, 10, 27);
    private static readonly LocalDate Saturday = new(2026, 10, 31);

    [Fact]
    public void KnessetElection_OnATuesday_IsANationalDayOff()
    {
        var day = CallerDay.KnessetElection(Tuesday, "Elections to the 26th Knesset").Value;

        (day.Date, day.Kind, day.Id, day.Reason).Should().Be((Tuesday, CallerDayKind.KnessetElection, "knesset-election", "Elections to the 26th Knesset"));
        day.IsDayOff.Should().BeTrue();
        day.IsElection.Should().BeTrue();
        day.Authorities.Should().BeEmpty("a Knesset election concerns everyone");
        day.ToString().Should().Be("2026-10-27 knesset-election: Elections to the 26th Knesset");
    }

    [Fact]
    public void LocalElection_WithAuthorities_IsADayOffInThem()
    {
        var day = CallerDay.LocalElection(Tuesday, ["1161", "0494", "4000"], "General local elections").Value;

        day.Id.Should().Be("local-election");
        day.Authorities.Should().Equal("1161", "0494", "4000");
        day.IsDayOff.Should().BeTrue();
    }

    [Fact]
    public void RunOff_IsRecordedButNotADayOff()
    {
        var day = CallerDay.RunOff(Tuesday.PlusDays(14), ["4000"], "Second round for mayor").Value;

        day.Id.Should().Be("run-off");
        day.IsElection.Should().BeTrue();
        day.IsDayOff.Should().BeFalse("a run-off is a workday");
    }

    public static TheoryData<Func<LocalDate, string, Result<CallerDay>>, string, bool> Kinds => new()
    {
        { (d, r) => CallerDay.KnessetElection(d, r), "knesset-election", true },
        { (d, r) => CallerDay.LocalElection(d, ["1161"], r), "local-election", true },
        { (d, r) => CallerDay.RunOff(d, ["1161"], r), "run-off", true },
        { (d, r) => CallerDay.Emergency(d, r), "emergency", false },
        { (d, r) => CallerDay.Strike(d, r), "strike", false },
        { (d, r) => CallerDay.Blackout(d, r), "blackout", false },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryKind_OnShabbat_IsAnErrorOnlyForElections(Func<LocalDate, string, Result<CallerDay>> create, string id, bool election)
    {
        var result = create(Saturday, "reason");

        if (election)
        {
            result.ValidationErrors.Select(e => (e.Identifier, e.ErrorCode)).Should().Equal([("date", CalendarErrors.ElectionOnShabbat)], id);
        }
        else
        {
            result.Value.Id.Should().Be(id, "an emergency or a strike can fall on any day");
            result.Value.IsDayOff.Should().BeTrue();
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryKind_WithoutReasonOrOutOfRange_ListsBothProblems(Func<LocalDate, string, Result<CallerDay>> create, string id, bool election)
    {
        _ = election;
        var result = create(new LocalDate(CommunityCalendar.MaxYear + 1, 1, 4), " ");

        result.ValidationErrors.Select(e => (e.Identifier, e.ErrorCode)).Should().Equal(
            [("date", CommonErrors.DateOutOfRange), ("reason", CommonErrors.Required)], id);
    }

    [Fact]
    public void LocalElection_BadAuthoritiesOnShabbatWithoutReason_ListsEveryProblem()
    {
        var result = CallerDay.LocalElection(Saturday, ["Tel Aviv", "1161", "1161", null], null);

        result.Status.Should().Be(ResultStatus.Invalid);
        result.ValidationErrors.Select(e => (e.Identifier, e.ErrorCode)).Should().Equal(
            ("date", CalendarErrors.ElectionOnShabbat),
            ("reason", CommonErrors.Required),
            ("authorities[0]", GeographyErrors.InvalidAuthority),
            ("authorities[2]", CommonErrors.Duplicate),
            ("authorities[3]", GeographyErrors.InvalidAuthority));
    }

    [Fact]
    public void LocalElection_AuthoritiesByCbsCode_OnlyCodesOfTheTable()
    {
        var result = CallerDay.LocalElection(Tuesday, ["0031", "31", "031", "9999", "kefar-yona"], "General local elections");

        result.ValidationErrors.Select(e => (e.Identifier, e.ErrorCode)).Should().Equal(
            ("authorities[2]", GeographyErrors.InvalidAuthority),
            ("authorities[3]", GeographyErrors.UnknownAuthority),
            ("authorities[4]", GeographyErrors.InvalidAuthority));
        CallerDay.LocalElection(Tuesday, ["0031", "31"], "General local elections").Value.Authorities
            .Select(code => LocalAuthorities.Find(code)!.Status).Should().Equal(MunicipalStatus.City, MunicipalStatus.RegionalCouncil);
    }

    [Fact]
    public void LocalElectionAndRunOff_NoAuthorities_AreNoAuthorities()
    {
        CallerDay.LocalElection(Tuesday, [], "r").ValidationErrors.Single().Should().Match<ValidationError>(
            e => e.Identifier == "authorities" && e.ErrorCode == CommonErrors.Required);
        CallerDay.RunOff(Tuesday, [], "r").ValidationErrors.Single().ErrorCode.Should().Be(CommonErrors.Required);
    }

    [Fact]
    public void LocalElection_NullAuthorities_Throws() =>
        FluentActions.Invoking(() => CallerDay.LocalElection(Tuesday, null!, "r")).Should().Throw<ArgumentNullException>();

    [Fact]
    public void Date_InAnotherCalendar_IsKeptAsTheSameIsoDay() =>
        CallerDay.Strike(Tuesday.WithCalendar(CalendarSystem.HebrewCivil), "General strike").Value.Date.Should().Be(Tuesday);

    [Fact]
    public void CallerDayKinds_EveryKind_HasADistinctKebabCaseId()
    {
        Ids.All<CallerDayKind>().Select(k => k.ToId()).Should().Equal("knesset-election", "local-election", "run-off", "emergency", "strike", "blackout");
        FluentActions.Invoking(() => ((CallerDayKind)0).ToId()).Should().Throw<ArgumentOutOfRangeException>();
    }
}
