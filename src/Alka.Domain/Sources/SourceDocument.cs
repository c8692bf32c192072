using System.Text.Json.Serialization;
using Alka.Domain.Serialization;

namespace Alka.Domain.Sources;

/// <summary>A source document the catalog's facts come from (the seeds the institute published).</summary>
/// <remarks>
/// The ids of its members are public API (see <see cref="Ids"/>). The value <c>0</c> is not a valid value.
/// </remarks>
[JsonConverter(typeof(IdJsonConverter<SourceDocument>))]
public enum SourceDocument
{
    /// <summary>The institute's English newsletter "March 2012 Update": strategies, centers and their programs.</summary>
    [JsonStringEnumMemberName("newsletter-2012-03")]
    Newsletter2012 = 1,

    /// <summary>The Hebrew page of "Merhav" (מרחב): aims, topics, method, participants, faculty.</summary>
    [JsonStringEnumMemberName("merhav-page")]
    MerhavPage,

    /// <summary>The Hebrew page of the national peer forum of local council heads (פורום עמיתים ארצי לראשי מועצות מקומיות).</summary>
    [JsonStringEnumMemberName("council-heads-forum-page")]
    CouncilHeadsForumPage,

    /// <summary>The Hebrew page "program management" of Digital Leaders (מובילים דיגיטליים): partners, staffing, governance, budget.</summary>
    [JsonStringEnumMemberName("digital-leaders-page")]
    DigitalLeadersPage,

    /// <summary>The Hebrew page of the District Managers Forum (פורום מנהלי מחוזות): regions, rhythm, team.</summary>
    [JsonStringEnumMemberName("district-managers-forum-page")]
    DistrictManagersForumPage,
}
