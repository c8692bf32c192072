namespace Alka.Domain.Selection;

/// <summary>The stable text ids of <see cref="SelectionDecision"/> values, as used in JSON, files and on the command line.</summary>
public static class SelectionDecisionIds
{
    /// <summary>Every value, in declaration order (the output order of <c>alka select</c>).</summary>
    public static IReadOnlyList<SelectionDecision> All { get; } =
        [SelectionDecision.Admitted, SelectionDecision.Waitlisted, SelectionDecision.NotSelected, SelectionDecision.Ineligible];

    /// <summary>Returns the id of <paramref name="value"/>, e.g. <c>not-selected</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string ToId(this SelectionDecision value) => value switch
    {
        SelectionDecision.Admitted => "admitted",
        SelectionDecision.Waitlisted => "waitlisted",
        SelectionDecision.NotSelected => "not-selected",
        SelectionDecision.Ineligible => "ineligible",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a selection decision."),
    };

    /// <summary>Finds the value whose id is <paramref name="id"/> (ordinal, case-sensitive).</summary>
    /// <returns><see langword="true"/> when <paramref name="id"/> names a value.</returns>
    public static bool TryParse(string? id, out SelectionDecision value) => Ids.TryParse(All, ToId, id, out value);
}
