using Alka.Domain.Geography;
using Alka.Domain.Programs;
using Alka.Domain.Scheduling;
using Alka.Domain.Tests.Support;
using NodaTime;

namespace Alka.Domain.Tests.Scheduling;

public class HostTests
{
    private static readonly BilingualText Name = BilingualText.Create("Azor", "אזור");

    [Fact]
    public void Create_CouncilByItsCbsCode_SortsItsUnavailableDates()
    {
        var host = Host.Create("0565", MeetingGroup.All, Name, "0565", [new LocalDate(2027, 1, 5), new LocalDate(2026, 12, 1)]).Value;

        host.Unavailable.Should().Equal(new LocalDate(2026, 12, 1), new LocalDate(2027, 1, 5));
        host.IsUnavailableOn(new LocalDate(2027, 1, 5)).Should().BeTrue();
        host.IsUnavailableOn(new LocalDate(2027, 1, 6)).Should().BeFalse();
        host.ToString().Should().Be("0565 (Azor)");
    }

    [Fact]
    public void Create_BadIdAuthorityAndRepeatedDate_ListsEveryProblem() =>
        Host.Create("Azor Council", MeetingGroup.All, Name, "565A", [new LocalDate(2026, 12, 1), new LocalDate(2026, 12, 1)]).Should()
            .HaveError("id", Validation.CommonErrors.InvalidId)
            .And.HaveError("authority", GeographyErrors.InvalidAuthority)
            .And.HaveError("unavailable[1]", Validation.CommonErrors.Duplicate);

    [Fact]
    public void Create_AuthorityNoLocalAuthorityHas_IsUnknown() =>
        Host.Create("interior-north", MeetingGroup.Of(Region.North), Name, "9999").Should().HaveError("authority", GeographyErrors.UnknownAuthority);

    [Fact]
    public void Create_ByACbsCodeWithoutAuthority_SitsInThatAuthority() =>
        Host.Create("0031", MeetingGroup.All, Name).Value.Authority.Should().Be("0031");

    [Fact]
    public void Serves_ItsOwnGroupAndAll()
    {
        var north = Host.Create("interior-north", MeetingGroup.Of(Region.North), Name).Value;

        north.Serves(MeetingGroup.Of(Region.North)).Should().BeTrue();
        north.Serves(MeetingGroup.All).Should().BeTrue();
        north.Serves(MeetingGroup.Of(Region.South)).Should().BeFalse();
        north.Serves(MeetingGroup.National).Should().BeFalse();
    }

    [Fact]
    public void BuiltInCatalog_DistrictManagersRegions_HaveSixDistrictOfficesEachInTheirCity()
    {
        var forum = BuiltInCatalog.Instance.Find(BuiltInCatalog.ProgramIds.DistrictManagersForum)!;

        foreach (var series in forum.Schedule.Meetings.Where(m => m.Kind == MeetingKind.Forum))
        {
            var hosts = series.Roaming!.HostPool.Hosts;
            hosts.Should().HaveCount(6).And.OnlyContain(h => h.Group == series.Group && LocalAuthorities.Find(h.Authority) != null && h.Id.EndsWith(series.Id, StringComparison.Ordinal));
            hosts.Select(h => h.Name.Hebrew).Should().OnlyHaveUniqueItems();
        }
    }
}
