using Alka.Domain.Calendar;
using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Tests.Calendar;

public class CommunityDayDefinitionsTests
{
    private static readonly IReadOnlyList<CsvRow> Spec = TestData.ReadCsv("spec/community-days.csv");
    private static readonly BilingualText Name = BilingualText.Create("n", "n");

    [Fact]
    public void All_IsEveryRowOfTheSpecInItsOrder() =>
        CommunityDayDefinitions.All.Select(d => d.Id).Should().Equal(Spec.Select(row => row["id"]));

    [Fact]
    public void All_EveryRow_HasTheSpecsCommunityDaysNamesAndRule()
    {
        foreach (var row in Spec)
        {
            CommunityDayDefinitions.TryGet(row["id"], out var definition).Should().BeTrue(row.ToString());
            definition!.Community.ToId().Should().Be(row["community"], row.ToString());
            definition.Days.Should().Be(int.Parse(row["days"], System.Globalization.CultureInfo.InvariantCulture), row.ToString());
            definition.Name.English.Should().Be(row["name_en"], row.ToString());
            definition.Name.Hebrew.Should().Be(row["name_he"], row.ToString());
            // The spec names the span (1–3 Shawwal) or, for Christmas, the feast day (25 December) of a two-day span.
            new[] { definition.RuleText, definition.Rule.Describe(1) }.Should().Contain(row["rule"], row.ToString());
            definition.Source.Should().NotBeNullOrWhiteSpace(row.ToString());
        }
    }

    [Fact]
    public void All_OnlyHijriDays_AreProvisional() =>
        CommunityDayDefinitions.All.Where(d => d.IsProvisional).Select(d => d.Id)
            .Should().BeEquivalentTo("islamic-new-year", "mawlid", "eid-al-fitr", "eid-al-adha", "eid-al-adha-druze");

    [Fact]
    public void TryGet_UnknownId_IsFalse()
    {
        CommunityDayDefinitions.TryGet("passover", out var definition).Should().BeFalse();
        definition.Should().BeNull();
    }

    [Fact]
    public void Create_ValidInput_KeepsEveryValueAndThePossibleDayId()
    {
        var definition = CommunityDayDefinition.Create(
            "ashura", Community.Muslim, 1, BilingualText.Create("Ashura", "עשוראא"), CommunityDayRule.HijriDate(1, 10), "10 Muharram").Value;

        definition.Id.Should().Be("ashura");
        (definition.Name.English, definition.Name.Hebrew).Should().Be(("Ashura", "עשוראא"));
        (definition.PossibleDayName.English, definition.PossibleDayName.Hebrew).Should().Be(("Possible day of Ashura", "יום אפשרי של עשוראא"));
        definition.RuleText.Should().Be("10 Muharram");
        definition.PossibleDayId.Should().Be("ashura:possible");
        definition.ToString().Should().Be("ashura");
    }

    [Fact]
    public void Create_EveryFieldWrong_ListsEveryProblem()
    {
        var result = CommunityDayDefinition.Create("Eid Al Fitr", Community.Muslim, 0, null!, default, "");

        result.Status.Should().Be(ResultStatus.Invalid);
        result.ValidationErrors.Select(e => (e.Identifier, e.ErrorCode)).Should().Equal(
            ("id", CommonErrors.InvalidId),
            ("days", CommonErrors.OutOfRange),
            ("name", CommonErrors.Required),
            ("source", CommonErrors.NoSource),
            ("rule", CommonErrors.Required));
    }

    [Theory]
    [InlineData("eid--al-fitr", "a double hyphen")]
    [InlineData("-eid", "a leading hyphen")]
    [InlineData("eid-", "a trailing hyphen")]
    [InlineData("eid_al_fitr", "an underscore")]
    public void Create_IdNotKebabCase_IsInvalidId(string id, string why) =>
        CommunityDayDefinition.Create(id, Community.Muslim, 1, Name, CommunityDayRule.HijriDate(1, 1), "s")
            .ValidationErrors.Single().ErrorCode.Should().Be(CommonErrors.InvalidId, why);

    [Fact]
    public void Create_EmptyId_IsRequired() =>
        CommunityDayDefinition.Create("", Community.Muslim, 1, Name, CommunityDayRule.HijriDate(1, 1), "s")
            .ValidationErrors.Single().ErrorCode.Should().Be(CommonErrors.Required);

    [Fact]
    public void Create_TooManyDays_IsInvalidDays() =>
        CommunityDayDefinition.Create("season", Community.Druze, CommunityDayDefinition.MaxDays + 1, Name, CommunityDayRule.GregorianDate(1, 1), "s")
            .ValidationErrors.Single().ErrorCode.Should().Be(CommonErrors.OutOfRange);

    [Fact]
    public void Create_UndefinedCommunity_Throws() =>
        FluentActions.Invoking(() => CommunityDayDefinition.Create("x", (Community)9, 1, Name, CommunityDayRule.GregorianDate(1, 1), "s"))
            .Should().Throw<ArgumentOutOfRangeException>();
}
