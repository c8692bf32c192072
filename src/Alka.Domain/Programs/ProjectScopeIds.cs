namespace Alka.Domain.Programs;

/// <summary>The stable text ids of <see cref="ProjectScope"/> values, as used in JSON, files and on the command line.</summary>
public static class ProjectScopeIds
{
    /// <summary>Every value, in declaration order.</summary>
    public static IReadOnlyList<ProjectScope> All { get; } =
        [ProjectScope.Ministry, ProjectScope.InterMinistry];

    /// <summary>Returns the id of <paramref name="value"/>, e.g. <c>inter-ministry</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string ToId(this ProjectScope value) => value switch
    {
        ProjectScope.Ministry => "ministry",
        ProjectScope.InterMinistry => "inter-ministry",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a project scope."),
    };

    /// <summary>Finds the value whose id is <paramref name="id"/> (ordinal, case-sensitive).</summary>
    /// <returns><see langword="true"/> when <paramref name="id"/> names a value.</returns>
    public static bool TryParse(string? id, out ProjectScope value) => Ids.TryParse(All, ToId, id, out value);
}
