using Alka.Domain.Calendar;

namespace Alka.Domain.Tests.Calendar;

public class IsraeliObservancesTests
{
    [Fact]
    public void All_EveryRowOfTheSpecification_IsBuiltInWithItsCategoriesAndNames()
    {
        var spec = TestData.ReadCsv("spec/observances.csv");

        IsraeliObservances.All.Select(o => o.Id).Should().Equal(spec.Select(r => r["id"]), "the built-in list follows the specification, row for row");
        foreach (var row in spec)
        {
            IsraeliObservances.TryGet(row["id"], out var observance).Should().BeTrue(row.ToString());
            observance!.Categories.ToIds("|").Should().Be(row["categories"], row.ToString());
            observance.Name.English.Should().Be(row["name_en"], row.ToString());
            observance.Name.Hebrew.Should().Be(row["name_he"], row.ToString());
        }
    }

    [Fact]
    public void All_EveryBuiltInObservance_PassesTheValidationOfCreate()
    {
        foreach (var observance in IsraeliObservances.All)
        {
            var created = Observance.Create(observance.Id, observance.Categories, observance.Name, observance.Rules);

            created.IsSuccess.Should().BeTrue($"{observance.Id}: {string.Join("; ", created.ValidationErrors.Select(e => e.ErrorMessage))}");
            created.Value.Should().Be(observance);
        }
    }

    [Fact]
    public void All_EveryRule_NamesASourceAndCivicDaysStartWithTheirLaw()
    {
        IsraeliObservances.All.SelectMany(o => o.Rules).Should().OnlyContain(r => r.Source.Length > 10);
        IsraeliObservances.All
            .Where(o => (o.Categories & ObservanceCategories.National) != 0)
            .Should().OnlyContain(o => o.Rules[0].FirstYear != null, "a civic day exists from the year its law or decision took effect");
    }

    [Fact]
    public void TryGet_UnknownId_IsFalse()
    {
        IsraeliObservances.TryGet("yom-haatzmaut", out var found).Should().BeTrue();
        found!.Id.Should().Be("yom-haatzmaut");
        IsraeliObservances.TryGet("Yom-HaAtzmaut", out _).Should().BeFalse("ids are ordinal");
    }
}
