namespace Alka.Domain.Validation;

/// <summary>Builds the path-like identifiers of validation errors: <c>programs[2].cohorts[0].coordinator</c>.</summary>
internal static class At
{
    /// <summary>The member <paramref name="name"/> of <paramref name="parent"/> (the root when it is empty).</summary>
    public static string Member(string parent, string name) => parent.Length == 0 ? name : parent + "." + name;

    /// <summary>The item <paramref name="index"/> of the list at <paramref name="parent"/>.</summary>
    public static string Index(string parent, int index) => $"{parent}[{index}]";
}
