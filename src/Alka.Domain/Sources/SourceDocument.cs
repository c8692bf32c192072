namespace Alka.Domain.Sources;

/// <summary>A source document the catalog's facts come from (the seeds the institute published).</summary>
/// <remarks>
/// The stable text ids are public API: see <see cref="SourceDocumentIds"/>. The value <c>0</c> is not a valid value.
/// </remarks>
public enum SourceDocument
{
    /// <summary>The institute's English newsletter "March 2012 Update": strategies, centers and their programs. Id <c>newsletter-2012-03</c>.</summary>
    Newsletter2012 = 1,

    /// <summary>The Hebrew page of "Merhav" (מרחב): aims, topics, method, participants, faculty. Id <c>merhav-page</c>.</summary>
    MerhavPage,

    /// <summary>The Hebrew page of the national peer forum of local council heads (פורום עמיתים ארצי לראשי מועצות מקומיות). Id <c>council-heads-forum-page</c>.</summary>
    CouncilHeadsForumPage,

    /// <summary>The Hebrew page "program management" of Digital Leaders (מובילים דיגיטליים): partners, staffing, governance, budget. Id <c>digital-leaders-page</c>.</summary>
    DigitalLeadersPage,

    /// <summary>The Hebrew page of the District Managers Forum (פורום מנהלי מחוזות): regions, rhythm, team. Id <c>district-managers-forum-page</c>.</summary>
    DistrictManagersForumPage,
}
