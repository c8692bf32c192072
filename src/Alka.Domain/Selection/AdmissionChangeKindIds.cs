namespace Alka.Domain.Selection;

/// <summary>The stable text ids of <see cref="AdmissionChangeKind"/> values.</summary>
public static class AdmissionChangeKindIds
{
    /// <summary>Every value, in declaration order: the order a what-if tries them (smallest change first).</summary>
    public static IReadOnlyList<AdmissionChangeKind> All { get; } =
        [AdmissionChangeKind.CriterionPoint, AdmissionChangeKind.Nomination, AdmissionChangeKind.Recommendation];

    /// <summary>Returns the id of <paramref name="value"/>, e.g. <c>criterion-point</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string ToId(this AdmissionChangeKind value) => value switch
    {
        AdmissionChangeKind.CriterionPoint => "criterion-point",
        AdmissionChangeKind.Nomination => DirectorGeneralNomination.Id,
        AdmissionChangeKind.Recommendation => SteeringRecommendation.Id,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not an admission change."),
    };

    /// <summary>Finds the value whose id is <paramref name="id"/> (ordinal, case-sensitive).</summary>
    /// <returns><see langword="true"/> when <paramref name="id"/> names a value.</returns>
    public static bool TryParse(string? id, out AdmissionChangeKind value) => Ids.TryParse(All, ToId, id, out value);
}
