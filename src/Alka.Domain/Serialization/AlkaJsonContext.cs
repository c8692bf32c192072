using System.Text.Json;
using System.Text.Json.Serialization;
using Alka.Domain.Programs;
using Alka.Domain.Selection;

namespace Alka.Domain.Serialization;

/// <summary>
/// The one source-generated JSON context of the library (no reflection: trimming- and AOT-safe): camelCase names,
/// enums as their stable text ids, NodaTime dates as ISO strings, strict reading (required members, nullability,
/// no unknown or repeated members). Add a type by adding one <c>[JsonSerializable]</c> line below.
/// </summary>
/// <remarks>Use it through <see cref="AlkaJson.Options"/>, which adds what attributes cannot express.</remarks>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowOutOfOrderMetadataProperties = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    PropertyNameCaseInsensitive = false,
    NumberHandling = JsonNumberHandling.Strict,
    Converters =
    [
        typeof(LocalDateConverter),
        typeof(SourceDocumentConverter),
        typeof(OrganizationKindConverter),
        typeof(SectorConverter),
        typeof(PartnerRoleConverter),
        typeof(GoverningBodyKindConverter),
        typeof(AuthorityConverter),
        typeof(MemberCapacityConverter),
        typeof(StaffRoleConverter),
        typeof(CadenceKindConverter),
        typeof(CadenceUnitConverter),
        typeof(MeetingKindConverter),
        typeof(MeetingLengthConverter),
        typeof(VenueKindConverter),
        typeof(MeetingActivityConverter),
        typeof(ParticipantRoleConverter),
        typeof(MeritCriterionConverter),
        typeof(MixDimensionConverter),
        typeof(PeripheryStatusConverter),
        typeof(CommunityConverter),
        typeof(ProgramKindConverter),
        typeof(StrategyConverter),
        typeof(RegionConverter),
        typeof(ProjectScopeConverter),
        typeof(QuantityQualifierConverter),
    ])]
[JsonSerializable(typeof(ProgramCatalog))]
[JsonSerializable(typeof(InstituteProgram))]
[JsonSerializable(typeof(ObservanceOccurrenceJson[]))]
[JsonSerializable(typeof(DayJudgementJson[]))]
[JsonSerializable(typeof(SelectionPolicyDocument))]
[JsonSerializable(typeof(CandidatePool))]
[JsonSerializable(typeof(SelectionResultJson))]
internal sealed partial class AlkaJsonContext : JsonSerializerContext;
