using System.Text.Json;
using System.Text.Json.Serialization;
using Alka.Domain.Calendar;
using Alka.Domain.Governance;
using Alka.Domain.Organizations;
using Alka.Domain.Programs;
using Alka.Domain.Scheduling;
using Alka.Domain.Selection;
using Alka.Domain.Sources;

namespace Alka.Domain.Serialization;

/// <summary>
/// Writes an enum as its stable text id (<c>steering-committee</c>) and reads it back; an unknown id is a
/// <see cref="JsonException"/> naming the ids it accepts. The ids come from each enum's <c>*Ids</c> class.
/// </summary>
internal abstract class IdConverter<T>(IReadOnlyList<T> all, Func<T, string> toId) : JsonConverter<T>, IIdConverter
    where T : struct, Enum
{
    /// <summary>The ids of every value, in declaration order (for the JSON Schema).</summary>
    public IReadOnlyList<string> Ids { get; } = [.. all.Select(toId)];

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a {typeof(T).Name} id (a string), not {reader.TokenType}.");
        }

        var id = reader.GetString();
        foreach (var value in all)
        {
            if (toId(value) == id)
            {
                return value;
            }
        }

        throw new JsonException($"'{id}' is not a {typeof(T).Name} id; expected one of: {string.Join(", ", Ids)}.");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(toId(value));
}

/// <summary>A converter of an enum to its stable text ids.</summary>
internal interface IIdConverter
{
    /// <summary>The ids of every value, in declaration order.</summary>
    IReadOnlyList<string> Ids { get; }
}

/// <summary>JSON ids of <see cref="SourceDocument"/>.</summary>
internal sealed class SourceDocumentConverter() : IdConverter<SourceDocument>(SourceDocumentIds.All, SourceDocumentIds.ToId);

/// <summary>JSON ids of <see cref="OrganizationKind"/>.</summary>
internal sealed class OrganizationKindConverter() : IdConverter<OrganizationKind>(OrganizationKindIds.All, OrganizationKindIds.ToId);

/// <summary>JSON ids of <see cref="Sector"/>.</summary>
internal sealed class SectorConverter() : IdConverter<Sector>(SectorIds.All, SectorIds.ToId);

/// <summary>JSON ids of <see cref="PartnerRole"/>.</summary>
internal sealed class PartnerRoleConverter() : IdConverter<PartnerRole>(PartnerRoleIds.All, PartnerRoleIds.ToId);

/// <summary>JSON ids of <see cref="GoverningBodyKind"/>.</summary>
internal sealed class GoverningBodyKindConverter() : IdConverter<GoverningBodyKind>(GoverningBodyKindIds.All, GoverningBodyKindIds.ToId);

/// <summary>JSON ids of <see cref="Authority"/>.</summary>
internal sealed class AuthorityConverter() : IdConverter<Authority>(AuthorityIds.All, AuthorityIds.ToId);

/// <summary>JSON ids of <see cref="MemberCapacity"/>.</summary>
internal sealed class MemberCapacityConverter() : IdConverter<MemberCapacity>(MemberCapacityIds.All, MemberCapacityIds.ToId);

/// <summary>JSON ids of <see cref="StaffRole"/>.</summary>
internal sealed class StaffRoleConverter() : IdConverter<StaffRole>(StaffRoleIds.All, StaffRoleIds.ToId);

/// <summary>JSON ids of <see cref="CadenceKind"/>.</summary>
internal sealed class CadenceKindConverter() : IdConverter<CadenceKind>(CadenceKindIds.All, CadenceKindIds.ToId);

/// <summary>JSON ids of <see cref="CadenceUnit"/>.</summary>
internal sealed class CadenceUnitConverter() : IdConverter<CadenceUnit>(CadenceUnitIds.All, CadenceUnitIds.ToId);

/// <summary>JSON ids of <see cref="MeetingKind"/>.</summary>
internal sealed class MeetingKindConverter() : IdConverter<MeetingKind>(MeetingKindIds.All, MeetingKindIds.ToId);

/// <summary>JSON ids of <see cref="MeetingLength"/>.</summary>
internal sealed class MeetingLengthConverter() : IdConverter<MeetingLength>(MeetingLengthIds.All, MeetingLengthIds.ToId);

/// <summary>JSON ids of <see cref="VenueKind"/>.</summary>
internal sealed class VenueKindConverter() : IdConverter<VenueKind>(VenueKindIds.All, VenueKindIds.ToId);

/// <summary>JSON ids of <see cref="MeetingActivity"/>.</summary>
internal sealed class MeetingActivityConverter() : IdConverter<MeetingActivity>(MeetingActivityIds.All, MeetingActivityIds.ToId);

/// <summary>JSON ids of <see cref="ParticipantRole"/>.</summary>
internal sealed class ParticipantRoleConverter() : IdConverter<ParticipantRole>(ParticipantRoleIds.All, ParticipantRoleIds.ToId);

/// <summary>JSON ids of <see cref="MeritCriterion"/>.</summary>
internal sealed class MeritCriterionConverter() : IdConverter<MeritCriterion>(MeritCriterionIds.All, MeritCriterionIds.ToId);

/// <summary>JSON ids of <see cref="MixDimension"/>.</summary>
internal sealed class MixDimensionConverter() : IdConverter<MixDimension>(MixDimensionIds.All, MixDimensionIds.ToId);

/// <summary>JSON ids of <see cref="PeripheryStatus"/>.</summary>
internal sealed class PeripheryStatusConverter() : IdConverter<PeripheryStatus>(PeripheryStatusIds.All, PeripheryStatusIds.ToId);

/// <summary>JSON ids of <see cref="Community"/>.</summary>
internal sealed class CommunityConverter() : IdConverter<Community>(CommunityIds.All, CommunityIds.ToId);

/// <summary>JSON ids of <see cref="ProgramKind"/>.</summary>
internal sealed class ProgramKindConverter() : IdConverter<ProgramKind>(ProgramKindIds.All, ProgramKindIds.ToId);

/// <summary>JSON ids of <see cref="Strategy"/>.</summary>
internal sealed class StrategyConverter() : IdConverter<Strategy>(StrategyIds.All, StrategyIds.ToId);

/// <summary>JSON ids of <see cref="Region"/>.</summary>
internal sealed class RegionConverter() : IdConverter<Region>(RegionIds.All, RegionIds.ToId);

/// <summary>JSON ids of <see cref="ProjectScope"/>.</summary>
internal sealed class ProjectScopeConverter() : IdConverter<ProjectScope>(ProjectScopeIds.All, ProjectScopeIds.ToId);

/// <summary>JSON ids of <see cref="QuantityQualifier"/>.</summary>
internal sealed class QuantityQualifierConverter() : IdConverter<QuantityQualifier>(QuantityQualifierIds.All, QuantityQualifierIds.ToId);
