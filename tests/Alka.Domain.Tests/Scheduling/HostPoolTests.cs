using Alka.Domain.Geography;
using Alka.Domain.Scheduling;
using Alka.Domain.Validation;

namespace Alka.Domain.Tests.Scheduling;

public class HostPoolTests
{
    [Fact]
    public void Create_CouncilsByTheirCbsCodes_IsValid()
    {
        var pool = HostPool.Create(VenueKind.HostCouncil, Councils("0031", "0494", "01")).Value;

        pool.Hosts.Select(h => h.Id).Should().Equal("0031", "0494", "01");
        pool.Hosts.Select(h => h.Authority).Should().Equal("0031", "0494", "01");
        pool.Hosts.Select(h => LocalAuthorities.Find(h.Id)!.Name.English).Should().Equal("Ofaqim", "Daliyat al-Karmel", "Hagalil Haelyon");
    }

    [Fact]
    public void Create_CouncilsNotNamedByAKnownCbsCode_ListsEveryProblem() =>
        HostPool.Create(VenueKind.HostCouncil, [.. Councils("kefar-yona", "31", "0031", "0031"), new Host("9999", MeetingGroup.All, Name)]).ValidationErrors
            .Select(e => (e.Identifier, e.ErrorCode)).Should().Equal(
                [("hosts[0].id", GeographyErrors.InvalidAuthority), ("hosts[4].id", GeographyErrors.UnknownAuthority), ("hosts[3]", CommonErrors.DuplicateId)],
                "31 is a regional council's code, 9999 no authority's (a host read from JSON is not made by Host.Create)");

    [Fact]
    public void Create_MinistryOfficesByKebabCaseIds_NotByCbsCodes() =>
        HostPool.Create(VenueKind.HostMinistryOffice, [.. Councils("interior-north"), new Host("Interior North", MeetingGroup.All, Name)]).ValidationErrors
            .Select(e => (e.Identifier, e.ErrorCode)).Should().Equal(("hosts[1].id", CommonErrors.InvalidId));

    private static readonly BilingualText Name = BilingualText.Create("Host", "מארח");

    private static IEnumerable<Host> Councils(params string[] ids) => ids.Select(id => Host.Create(id, MeetingGroup.All, Name).Value);
}
