using Alka.Domain.Geography;

namespace Alka.Domain.Tests.Geography;

public class GeographyNamesTests
{
    [Fact]
    public void Name_EveryValue_HasDistinctEnglishAndHebrewNames()
    {
        Distinct(Ids.All<District>().Select(d => d.Name()));
        Distinct(Ids.All<MunicipalStatus>().Select(s => s.Name()));
        Distinct(Ids.All<PopulationSector>().Select(s => s.Name()));
        (District.JudeaSamaria.Name().English, MunicipalStatus.LocalCouncil.Name().Hebrew, PopulationSector.Arab.Name().Hebrew)
            .Should().Be(("Judea and Samaria", "מועצה מקומית", "ערבי"));
    }

    [Fact]
    public void Name_UndefinedValue_Throws()
    {
        FluentActions.Invoking(() => ((District)8).Name()).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("district");
        FluentActions.Invoking(() => ((MunicipalStatus)0).Name()).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("status");
        FluentActions.Invoking(() => ((PopulationSector)4).Name()).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("sector");
    }

    private static void Distinct(IEnumerable<BilingualText> names)
    {
        var list = names.ToList();
        list.Select(n => n.English).Should().OnlyHaveUniqueItems();
        list.Select(n => n.Hebrew).Should().OnlyHaveUniqueItems();
    }
}
