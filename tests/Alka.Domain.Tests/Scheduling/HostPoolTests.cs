using Alka.Domain.Geography;
using Alka.Domain.Scheduling;
using Alka.Domain.Validation;

namespace Alka.Domain.Tests.Scheduling;

public class HostPoolTests
{
    [Fact]
    public void Create_CouncilsByTheirCbsCodes_IsValid()
    {
        var pool = HostPool.Create(VenueKind.HostCouncil, ["0031", "0494", "01"]).Value;

        pool.HostIds.Should().Equal("0031", "0494", "01");
        pool.HostIds.Select(id => LocalAuthorities.Find(id)!.Name.English).Should().Equal("Ofaqim", "Daliyat al-Karmel", "Hagalil Haelyon");
    }

    [Fact]
    public void Create_CouncilsNotNamedByAKnownCbsCode_ListsEveryProblem() =>
        HostPool.Create(VenueKind.HostCouncil, ["kefar-yona", "31", "9999", "0031", "0031"]).ValidationErrors
            .Select(e => (e.Identifier, e.ErrorCode)).Should().Equal(
                [("hostIds[0]", GeographyErrors.InvalidAuthority), ("hostIds[2]", GeographyErrors.UnknownAuthority), ("hostIds[4]", CommonErrors.DuplicateId)],
                "31 is a regional council's code, 9999 no authority's");

    [Fact]
    public void Create_MinistryOfficesByKebabCaseIds_NotByCbsCodes() =>
        HostPool.Create(VenueKind.HostMinistryOffice, ["interior-north", "0031"]).ValidationErrors
            .Select(e => (e.Identifier, e.ErrorCode)).Should().Equal(("hostIds[1]", CommonErrors.InvalidId));
}
