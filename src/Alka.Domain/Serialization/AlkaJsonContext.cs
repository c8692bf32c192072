using System.Text.Json;
using System.Text.Json.Serialization;
using Alka.Domain.Calendar;
using Alka.Domain.Geography;
using Alka.Domain.Programs;
using Alka.Domain.Scheduling;
using Alka.Domain.Selection;

namespace Alka.Domain.Serialization;

/// <summary>
/// The one source-generated JSON context of the library (no reflection: trimming- and AOT-safe): camelCase names,
/// enums as their stable text ids (each enum names its <see cref="IdJsonConverter{T}"/>), NodaTime dates as ISO
/// strings, strict reading (required members, nullability, no unknown or repeated members). Add a type by adding one
/// <c>[JsonSerializable]</c> line below.
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
    Converters = [typeof(LocalDateConverter), typeof(WeekdayJsonConverter), typeof(ZonedDateTimeConverter)])]
[JsonSerializable(typeof(ProgramCatalog))]
[JsonSerializable(typeof(InstituteProgram))]
[JsonSerializable(typeof(ObservancesDocument))]
[JsonSerializable(typeof(DaysDocument))]
[JsonSerializable(typeof(DayJudgement))]
[JsonSerializable(typeof(ObservanceOccurrence))]
[JsonSerializable(typeof(DayVerdict))]
[JsonSerializable(typeof(CommunityMix))]
[JsonSerializable(typeof(PlanDocument))]
[JsonSerializable(typeof(PlanChangeJson[]))]
[JsonSerializable(typeof(SelectionPolicyDocument))]
[JsonSerializable(typeof(CandidatePool))]
[JsonSerializable(typeof(SelectionResultJson))]
[JsonSerializable(typeof(BudgetDocument))]
[JsonSerializable(typeof(BudgetEstimateDocument))]
[JsonSerializable(typeof(AuthoritiesDocument))]
[JsonSerializable(typeof(LocalAuthority))]
internal sealed partial class AlkaJsonContext : JsonSerializerContext;
