using Alka.Domain.Geography;
using Alka.Domain.Selection;
using Alka.Domain.Serialization;
using Alka.Domain.Tests.Support;

namespace Alka.Domain.Tests.Selection;

public class LocalityDirectoryTests
{
    [Fact]
    public void LocalAuthorities_EveryCbsCode_HasTheTablesPopulationClusterAndRegion()
    {
        foreach (var authority in LocalAuthorities.All)
        {
            LocalityDirectory.LocalAuthorities.TryFind(authority.Code, out var facts).Should().BeTrue();
            facts.Should().Be(new LocalityFacts(authority.Code, authority.Population.Value, authority.SocioEconomicCluster.Value, authority.Region));
        }
    }

    [Theory]
    [InlineData("OFAQIM")]
    [InlineData("0000")]
    [InlineData("9999")]
    [InlineData("")]
    public void LocalAuthorities_NotACbsCode_IsNotFound(string locality) =>
        LocalityDirectory.LocalAuthorities.TryFind(locality, out _).Should().BeFalse();

    [Fact]
    public void None_FindsNothing() => LocalityDirectory.None.TryFind("0031", out _).Should().BeFalse();

    [Fact]
    public void PoolReaders_ByDefault_CheckTheCbsTable()
    {
        var ofakim = Candidates.Make("a", locality: "0031", population: 30_000, cluster: 3, district: Region.South);
        var agreeing = Candidates.Make("b", locality: "0031", population: 33_999, cluster: 3, district: Region.South);
        var pool = CandidatePool.Create([ofakim], LocalityDirectory.None).Value;

        CandidatePool.Create([ofakim]).Should().HaveError("[0].localityPopulation", SelectionErrors.LocalityContradiction);
        CandidatePool.Create([agreeing]).IsSuccess.Should().BeTrue();
        CandidateCsv.Read(CandidateCsv.Write(pool)).Should().HaveError("row 2, locality_population", SelectionErrors.LocalityContradiction);
        SelectionJson.ReadCandidates(SelectionJson.Write(pool)).Should().HaveError("$.candidates[0].localityPopulation", SelectionErrors.LocalityContradiction);
    }
}
