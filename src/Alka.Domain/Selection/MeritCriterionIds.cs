namespace Alka.Domain.Selection;

/// <summary>The stable text ids of <see cref="MeritCriterion"/> values, as used in JSON, files and on the command line.</summary>
public static class MeritCriterionIds
{
    /// <summary>Every value, in declaration order.</summary>
    public static IReadOnlyList<MeritCriterion> All { get; } =
        [MeritCriterion.Leadership, MeritCriterion.LeadsChange, MeritCriterion.Teamwork, MeritCriterion.SocialAwareness, MeritCriterion.Affinity, MeritCriterion.Commitment];

    /// <summary>Returns the id of <paramref name="value"/>, e.g. <c>commitment</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string ToId(this MeritCriterion value) => value switch
    {
        MeritCriterion.Leadership => "leadership",
        MeritCriterion.LeadsChange => "leads-change",
        MeritCriterion.Teamwork => "teamwork",
        MeritCriterion.SocialAwareness => "social-awareness",
        MeritCriterion.Affinity => "affinity",
        MeritCriterion.Commitment => "commitment",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a merit criterion."),
    };

    /// <summary>Finds the value whose id is <paramref name="id"/> (ordinal, case-sensitive).</summary>
    /// <returns><see langword="true"/> when <paramref name="id"/> names a value.</returns>
    public static bool TryParse(string? id, out MeritCriterion value) => Ids.TryParse(All, ToId, id, out value);
}
