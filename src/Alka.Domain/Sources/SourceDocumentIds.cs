namespace Alka.Domain.Sources;

/// <summary>The stable text ids of <see cref="SourceDocument"/> values, as used in JSON, files and on the command line.</summary>
public static class SourceDocumentIds
{
    /// <summary>Every value, in declaration order.</summary>
    public static IReadOnlyList<SourceDocument> All { get; } =
        [SourceDocument.Newsletter2012, SourceDocument.MerhavPage, SourceDocument.CouncilHeadsForumPage, SourceDocument.DigitalLeadersPage, SourceDocument.DistrictManagersForumPage];

    /// <summary>Returns the id of <paramref name="value"/>, e.g. <c>district-managers-forum-page</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string ToId(this SourceDocument value) => value switch
    {
        SourceDocument.Newsletter2012 => "newsletter-2012-03",
        SourceDocument.MerhavPage => "merhav-page",
        SourceDocument.CouncilHeadsForumPage => "council-heads-forum-page",
        SourceDocument.DigitalLeadersPage => "digital-leaders-page",
        SourceDocument.DistrictManagersForumPage => "district-managers-forum-page",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a source document."),
    };

    /// <summary>Finds the value whose id is <paramref name="id"/> (ordinal, case-sensitive).</summary>
    /// <returns><see langword="true"/> when <paramref name="id"/> names a value.</returns>
    public static bool TryParse(string? id, out SourceDocument value) => Ids.TryParse(All, ToId, id, out value);
}
