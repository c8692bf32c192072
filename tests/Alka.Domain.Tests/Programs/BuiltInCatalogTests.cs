using Alka.Domain.Programs;

namespace Alka.Domain.Tests.Programs;

public class BuiltInCatalogTests
{
    public static TheoryData<string> ContractIds =>
    [
        "merhav", "council-heads-forum", "district-managers-forum", "digital-leaders-government", "digital-leaders-local",
        "deputy-directors-general", "negev-circles", "mayors-forum", "synergy", "lay-leadership", "infrastructure-coalition",
    ];

    [Fact]
    public void Instance_Builds_AndPassesItsOwnValidation()
    {
        var catalog = BuiltInCatalog.Instance;

        var again = ProgramCatalog.Create(catalog.Institute, catalog.Organizations, catalog.Programs);

        again.IsSuccess.Should().BeTrue(string.Join("\n", again.ValidationErrors.Select(e => $"{e.Identifier}: {e.ErrorCode}")));
        again.Value.Should().Be(catalog);
    }

    [Theory]
    [MemberData(nameof(ContractIds))]
    public void Find_EveryIdOfTheCliContract_Exists(string id) =>
        BuiltInCatalog.Instance.Find(id).Should().NotBeNull();
}
