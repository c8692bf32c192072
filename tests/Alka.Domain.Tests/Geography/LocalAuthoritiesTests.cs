using Alka.Domain.Geography;
using Alka.Domain.Programs;
using Alka.Domain.Selection;

namespace Alka.Domain.Tests.Geography;

public class LocalAuthoritiesTests
{
    [Fact]
    public void All_HasEveryAuthorityOfTheCbsTable()
    {
        LocalAuthorities.All.Should().HaveCount(255);
        LocalAuthorities.All.GroupBy(a => a.Status).ToDictionary(g => g.Key, g => g.Count()).Should().Equal(new Dictionary<MunicipalStatus, int>
        {
            [MunicipalStatus.City] = 79,
            [MunicipalStatus.LocalCouncil] = 122,
            [MunicipalStatus.RegionalCouncil] = 54,
        });
        LocalAuthorities.All.Select(a => a.Code).Should().OnlyHaveUniqueItems().And.BeInAscendingOrder(StringComparer.Ordinal)
            .And.OnlyContain(code => LocalAuthorities.IsWellFormedCode(code));
    }

    [Fact]
    public void All_EveryFigureInItsRangeAndYear()
    {
        foreach (var authority in LocalAuthorities.All)
        {
            (authority.Population.Year, authority.SocioEconomicCluster.Year, authority.PeripheryCluster.Year).Should().Be((2021, 2019, 2020));
            authority.Population.Value.Should().BePositive();
            authority.SocioEconomicCluster.Value.Should().BeInRange(1, 10);
            authority.PeripheryCluster.Value.Should().BeInRange(1, 10);
            authority.Code.Length.Should().Be(authority.Status == MunicipalStatus.RegionalCouncil ? 2 : 4, "a regional council has a council code, the others a locality code");
            authority.Region.Should().Be(DistrictRegions.Of(authority.District).Region);
        }
    }

    [Fact]
    public void Find_ByCbsCode_KeepsLeadingZerosAndTellsTwoDigitsFromFour()
    {
        var ofaqim = LocalAuthorities.Find("0031")!;

        (ofaqim.Name.English, ofaqim.Name.Hebrew, ofaqim.Status, ofaqim.District, ofaqim.Region).Should().Be(
            ("Ofaqim", "אופקים", MunicipalStatus.City, District.South, Region.South));
        (ofaqim.Population, ofaqim.SocioEconomicCluster, ofaqim.PeripheryCluster, ofaqim.Sector).Should().Be(
            (new Statistic(33999, 2021), new Statistic(3, 2019), new Statistic(3, 2020), PopulationSector.Jewish));
        ofaqim.ToString().Should().Be("0031 Ofaqim");
        LocalAuthorities.Find("31")!.Status.Should().Be(MunicipalStatus.RegionalCouncil, "31 is a regional council's code, not Ofaqim's");
        LocalAuthorities.Find("031").Should().BeNull();
        LocalAuthorities.Find(null).Should().BeNull();
        LocalAuthorities.TryGet("4000", out var haifa).Should().BeTrue();
        (haifa!.Name.English, haifa.Sector, haifa.Region).Should().Be(("Haifa", PopulationSector.Mixed, Region.Haifa));
        LocalAuthorities.TryGet("9999", out var none).Should().BeFalse();
        none.Should().BeNull();
    }

    [Theory]
    [InlineData("0031", true)]
    [InlineData("01", true)]
    [InlineData("9999", true)]
    [InlineData("1", false)]
    [InlineData("031", false)]
    [InlineData("00031", false)]
    [InlineData("0O31", false)]
    [InlineData("٠٠٣١", false)]
    [InlineData(" 0031", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsWellFormedCode_TwoOrFourAsciiDigits(string? code, bool expected) =>
        LocalAuthorities.IsWellFormedCode(code).Should().Be(expected);

    [Fact]
    public void Filter_LocalCouncilsUpTo20000_AreTheCouncilHeadsForumsPool()
    {
        var councils = LocalAuthorities.Filter(MunicipalStatus.LocalCouncil, 20_000);

        councils.Should().HaveCount(105).And.OnlyContain(a => a.Status == MunicipalStatus.LocalCouncil && a.Population.Value <= 20_000)
            .And.BeInAscendingOrder(a => a.Code, StringComparer.Ordinal);
        councils.Count(a => a.Sector == PopulationSector.Arab).Should().Be(61);
        councils.Count(a => a.Sector == PopulationSector.Jewish).Should().Be(44);
        var rule = BuiltInCatalog.Instance.Find("council-heads-forum")!.Selection!.Rule<LocalityPopulationEligibility>()!;
        LocalAuthorities.Filter(MunicipalStatus.LocalCouncil).Where(a => rule.Admits(a.Population.Value)).Should().Equal(councils);
    }

    [Fact]
    public void Filter_MaxPopulation_IncludesItsBound()
    {
        var giv = LocalAuthorities.Find("3730")!;

        LocalAuthorities.Filter(maxPopulation: giv.Population.Value).Should().Contain(giv);
        LocalAuthorities.Filter(maxPopulation: giv.Population.Value - 1).Should().NotContain(giv);
        LocalAuthorities.Filter().Should().Equal(LocalAuthorities.All);
        LocalAuthorities.Filter(maxPopulation: 0).Should().BeEmpty();
        LocalAuthorities.Filter(MunicipalStatus.RegionalCouncil).Should().HaveCount(54);
    }

    [Fact]
    public void Filter_NegativePopulationOrUndefinedStatus_AreProgrammerErrors()
    {
        FluentActions.Invoking(() => LocalAuthorities.Filter(maxPopulation: -1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxPopulation");
        FluentActions.Invoking(() => LocalAuthorities.Filter((MunicipalStatus)0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("status");
    }

    [Fact]
    public void Sector_IsDerivedFromTheShareOfArabResidents()
    {
        // At 90% an authority is Arab, at 10% mixed: the boundaries of the rule, and the nearest authorities to them.
        new LocalAuthority("0001", "A", "א", MunicipalStatus.City, District.North, 1, 1, 1, 90m).Sector.Should().Be(PopulationSector.Arab);
        new LocalAuthority("0001", "A", "א", MunicipalStatus.City, District.North, 1, 1, 1, 89.9m).Sector.Should().Be(PopulationSector.Mixed);
        new LocalAuthority("0001", "A", "א", MunicipalStatus.City, District.North, 1, 1, 1, 10m).Sector.Should().Be(PopulationSector.Mixed);
        new LocalAuthority("0001", "A", "א", MunicipalStatus.City, District.North, 1, 1, 1, 9.9m).Sector.Should().Be(PopulationSector.Jewish);
        LocalAuthorities.All.Count(a => a.Sector == PopulationSector.Mixed).Should().Be(13);
        LocalAuthorities.All.Where(a => a.Status == MunicipalStatus.LocalCouncil).Should().NotContain(a => a.Sector == PopulationSector.Mixed);
    }

    [Fact]
    public void Source_NamesCbsAndItsAttribution()
    {
        LocalAuthorities.Source.Publisher.Should().Be(BilingualText.Create("Central Bureau of Statistics", "הלשכה המרכזית לסטטיסטיקה"));
        LocalAuthorities.Source.Publications.Should().HaveCount(3);
        LocalAuthorities.Source.ToString().Should().Be("Source: Central Bureau of Statistics");
    }

    [Fact]
    public void DocsExample_SaysWhatItShows()
    {
        // docs/authorities.md, the opening example.
        var ofaqim = LocalAuthorities.Find("0031");

        (ofaqim!.ToString(), ofaqim.Name.Hebrew, ofaqim.Population.ToString(), ofaqim.Region.ToId()).Should().Be(("0031 Ofaqim", "אופקים", "33999 (2021)", "south"));
        LocalAuthorities.Filter(MunicipalStatus.LocalCouncil, maxPopulation: 20_000).Count.Should().Be(105);
    }
}
