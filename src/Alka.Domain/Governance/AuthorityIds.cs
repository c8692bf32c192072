namespace Alka.Domain.Governance;

/// <summary>The stable text ids of <see cref="Authority"/> values, as used in JSON, files and on the command line.</summary>
public static class AuthorityIds
{
    /// <summary>Every value, in declaration order.</summary>
    public static IReadOnlyList<Authority> All { get; } =
        [Authority.Policy, Authority.Personnel, Authority.Budget, Authority.Content, Authority.Supervision, Authority.Audit, Authority.Planning, Authority.Operations];

    /// <summary>Returns the id of <paramref name="value"/>, e.g. <c>operations</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string ToId(this Authority value) => value switch
    {
        Authority.Policy => "policy",
        Authority.Personnel => "personnel",
        Authority.Budget => "budget",
        Authority.Content => "content",
        Authority.Supervision => "supervision",
        Authority.Audit => "audit",
        Authority.Planning => "planning",
        Authority.Operations => "operations",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not an authority."),
    };

    /// <summary>Finds the value whose id is <paramref name="id"/> (ordinal, case-sensitive).</summary>
    /// <returns><see langword="true"/> when <paramref name="id"/> names a value.</returns>
    public static bool TryParse(string? id, out Authority value) => Ids.TryParse(All, ToId, id, out value);
}
