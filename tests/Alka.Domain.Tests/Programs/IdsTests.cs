using System.Text.Json;
using Alka.Domain.Governance;
using Alka.Domain.Organizations;
using Alka.Domain.Programs;
using Alka.Domain.Scheduling;
using Alka.Domain.Selection;
using Alka.Domain.Serialization;
using Alka.Domain.Sources;

namespace Alka.Domain.Tests.Programs;

/// <summary>The stable ids of every enum: kebab-case, unique, parsed back, written to JSON as is (when JSON holds the enum).</summary>
public class IdsTests
{
    private delegate bool Parser<T>(string? id, out T value);

    private static readonly Dictionary<string, Func<IReadOnlyList<string>>> Enums = new()
    {
        [nameof(SourceDocument)] = () => Check(SourceDocumentIds.All, SourceDocumentIds.ToId, SourceDocumentIds.TryParse),
        [nameof(OrganizationKind)] = () => Check(OrganizationKindIds.All, OrganizationKindIds.ToId, OrganizationKindIds.TryParse),
        [nameof(Sector)] = () => Check(SectorIds.All, SectorIds.ToId, SectorIds.TryParse),
        [nameof(PartnerRole)] = () => Check(PartnerRoleIds.All, PartnerRoleIds.ToId, PartnerRoleIds.TryParse),
        [nameof(GoverningBodyKind)] = () => Check(GoverningBodyKindIds.All, GoverningBodyKindIds.ToId, GoverningBodyKindIds.TryParse),
        [nameof(Authority)] = () => Check(AuthorityIds.All, AuthorityIds.ToId, AuthorityIds.TryParse),
        [nameof(MemberCapacity)] = () => Check(MemberCapacityIds.All, MemberCapacityIds.ToId, MemberCapacityIds.TryParse),
        [nameof(StaffRole)] = () => Check(StaffRoleIds.All, StaffRoleIds.ToId, StaffRoleIds.TryParse),
        [nameof(CadenceKind)] = () => Check(CadenceKindIds.All, CadenceKindIds.ToId, CadenceKindIds.TryParse),
        [nameof(CadenceUnit)] = () => Check(CadenceUnitIds.All, CadenceUnitIds.ToId, CadenceUnitIds.TryParse),
        [nameof(MeetingKind)] = () => Check(MeetingKindIds.All, MeetingKindIds.ToId, MeetingKindIds.TryParse),
        [nameof(MeetingLength)] = () => Check(MeetingLengthIds.All, MeetingLengthIds.ToId, MeetingLengthIds.TryParse),
        [nameof(VenueKind)] = () => Check(VenueKindIds.All, VenueKindIds.ToId, VenueKindIds.TryParse),
        [nameof(MeetingActivity)] = () => Check(MeetingActivityIds.All, MeetingActivityIds.ToId, MeetingActivityIds.TryParse),
        [nameof(ParticipantRole)] = () => Check(ParticipantRoleIds.All, ParticipantRoleIds.ToId, ParticipantRoleIds.TryParse),
        [nameof(MeritCriterion)] = () => Check(MeritCriterionIds.All, MeritCriterionIds.ToId, MeritCriterionIds.TryParse),
        [nameof(MixDimension)] = () => Check(MixDimensionIds.All, MixDimensionIds.ToId, MixDimensionIds.TryParse),
        [nameof(PeripheryStatus)] = () => Check(PeripheryStatusIds.All, PeripheryStatusIds.ToId, PeripheryStatusIds.TryParse),
        [nameof(SelectionDecision)] = () => Check(SelectionDecisionIds.All, SelectionDecisionIds.ToId, SelectionDecisionIds.TryParse),
        [nameof(EligibilityRuleKind)] = () => Check(EligibilityRuleKindIds.All, EligibilityRuleKindIds.ToId, EligibilityRuleKindIds.TryParse),
        [nameof(AdmissionChangeKind)] = () => Check(AdmissionChangeKindIds.All, AdmissionChangeKindIds.ToId, AdmissionChangeKindIds.TryParse),
        [nameof(ProgramKind)] = () => Check(ProgramKindIds.All, ProgramKindIds.ToId, ProgramKindIds.TryParse),
        [nameof(Strategy)] = () => Check(StrategyIds.All, StrategyIds.ToId, StrategyIds.TryParse),
        [nameof(Region)] = () => Check(RegionIds.All, RegionIds.ToId, RegionIds.TryParse),
        [nameof(ProjectScope)] = () => Check(ProjectScopeIds.All, ProjectScopeIds.ToId, ProjectScopeIds.TryParse),
        [nameof(QuantityQualifier)] = () => Check(QuantityQualifierIds.All, QuantityQualifierIds.ToId, QuantityQualifierIds.TryParse),
    };

    public static TheoryData<string> EnumNames => [.. Enums.Keys];

    // Ids the command-line contract (../shared/spec/cli.md) makes public.
    public static TheoryData<string, string[]> ContractIds => new()
    {
        { nameof(Region), ["north", "haifa", "tel-aviv-center", "jerusalem", "south"] },
        { nameof(ParticipantRole), ["council-head", "district-manager", "senior-official", "deputy-director-general", "manager", "board-member", "other"] },
        { nameof(Sector), ["central-government", "local-government", "statutory-body", "civil-society", "business", "philanthropy", "academia"] },
        { nameof(MeetingKind), ["forum", "national", "steering-committee", "expanded-steering-committee", "planning-team", "study-tour", "cohort-meeting"] },
        { nameof(MeritCriterion), ["leadership", "leads-change", "teamwork", "social-awareness", "affinity", "commitment"] },
        { nameof(PeripheryStatus), ["center", "periphery"] },
        { nameof(SelectionDecision), ["admitted", "waitlisted", "not-selected", "ineligible"] },
        { nameof(EligibilityRuleKind), ["role", "sector", "serving", "locality-population", "dg-nomination", "steering-recommendation"] },
    };

    [Theory]
    [MemberData(nameof(EnumNames))]
    public void Ids_AreKebabCaseUniqueParsedBackAndWrittenToJsonAsIs(string name) => Enums[name]().Should().NotBeEmpty();

    [Theory]
    [MemberData(nameof(ContractIds))]
    public void Ids_OfTheCommandLineContract_AreExactlyThese(string name, string[] ids) => Enums[name]().Should().Equal(ids);

    [Fact]
    public void ToId_UndefinedValue_Throws() => FluentActions.Invoking(() => ((Region)0).ToId()).Should().Throw<ArgumentOutOfRangeException>();

    [Fact]
    public void Sector_OfEachOrganizationKind_IsACommandLineSector() =>
        OrganizationKindIds.All.Select(k => k.Sector()).Should().OnlyContain(s => SectorIds.All.Contains(s));

    private static IReadOnlyList<string> Check<T>(IReadOnlyList<T> all, Func<T, string> toId, Parser<T> tryParse)
        where T : struct, Enum
    {
        all.Should().BeEquivalentTo(Enum.GetValues<T>(), "All lists every value");
        var ids = all.Select(toId).ToList();
        ids.Should().OnlyHaveUniqueItems().And.OnlyContain(id => System.Text.RegularExpressions.Regex.IsMatch(id, "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"));
        foreach (var value in all)
        {
            tryParse(toId(value), out var parsed).Should().BeTrue();
            parsed.Should().Be(value);
            if (AlkaJson.Options.TryGetTypeInfo(typeof(T), out var json))
            {
                JsonSerializer.Serialize(value, json).Should().Be($"\"{toId(value)}\"");
            }
        }

        tryParse("Not-An-Id", out _).Should().BeFalse();
        tryParse(null, out _).Should().BeFalse();
        return ids;
    }
}
