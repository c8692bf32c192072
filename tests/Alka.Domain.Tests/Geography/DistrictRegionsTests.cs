using Alka.Domain.Geography;

namespace Alka.Domain.Tests.Geography;

public class DistrictRegionsTests
{
    [Fact]
    public void All_OneRowPerDistrictInOrder_ServingEveryRegion()
    {
        DistrictRegions.All.Select(r => r.District).Should().Equal(Ids.All<District>());
        DistrictRegions.All.Select(r => r.Region).Distinct().Should().BeEquivalentTo(Ids.All<Region>(), "every regional forum serves some district");
        DistrictRegions.All.Should().OnlyContain(r => r.Basis.Length > 0);
    }

    [Theory]
    [InlineData(District.Jerusalem, Region.Jerusalem)]
    [InlineData(District.North, Region.North)]
    [InlineData(District.Haifa, Region.Haifa)]
    [InlineData(District.Center, Region.TelAvivCenter)]
    [InlineData(District.TelAviv, Region.TelAvivCenter)]
    [InlineData(District.South, Region.South)]
    [InlineData(District.JudeaSamaria, Region.Jerusalem)]
    public void ServingRegion_IsTheRowsRegion(District district, Region region)
    {
        district.ServingRegion().Should().Be(region);
        DistrictRegions.Of(district).ToString().Should().Be($"{district.ToId()} → {region.ToId()}");
    }

    [Fact]
    public void JudeaSamaria_IsTheLibrarysChoice_AndItsReasonHolds()
    {
        DistrictRegions.Of(District.JudeaSamaria).Basis.Should().Be(DistrictRegions.JudeaSamariaChoice);

        // "about three quarters of the area's residents ... Samaria's nine authorities hold the other quarter".
        string[] samaria = ["3570", "3760", "3750", "3560", "3652", "3660", "3557", "3640", "72"];
        var area = LocalAuthorities.All.Where(a => a.District == District.JudeaSamaria).ToList();
        var share = (double)area.Where(a => samaria.Contains(a.Code)).Sum(a => a.Population.Value) / area.Sum(a => a.Population.Value);
        samaria.Should().OnlyContain(code => LocalAuthorities.Find(code)!.District == District.JudeaSamaria);
        share.Should().BeInRange(0.2, 0.3);
    }

    [Fact]
    public void Of_UndefinedDistrict_Throws() =>
        FluentActions.Invoking(() => ((District)0).ServingRegion()).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("district");
}
