namespace Alka.Domain.Governance;

/// <summary>The stable text ids of <see cref="GoverningBodyKind"/> values, as used in JSON, files and on the command line.</summary>
public static class GoverningBodyKindIds
{
    /// <summary>Every value, in declaration order.</summary>
    public static IReadOnlyList<GoverningBodyKind> All { get; } =
        [GoverningBodyKind.SteeringCommittee, GoverningBodyKind.ExpandedSteeringCommittee, GoverningBodyKind.ManagementTeam, GoverningBodyKind.PlanningTeam, GoverningBodyKind.TaskForce, GoverningBodyKind.ProgramTeam];

    /// <summary>Returns the id of <paramref name="value"/>, e.g. <c>program-team</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string ToId(this GoverningBodyKind value) => value switch
    {
        GoverningBodyKind.SteeringCommittee => "steering-committee",
        GoverningBodyKind.ExpandedSteeringCommittee => "expanded-steering-committee",
        GoverningBodyKind.ManagementTeam => "management-team",
        GoverningBodyKind.PlanningTeam => "planning-team",
        GoverningBodyKind.TaskForce => "task-force",
        GoverningBodyKind.ProgramTeam => "program-team",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a governing body kind."),
    };

    /// <summary>Finds the value whose id is <paramref name="id"/> (ordinal, case-sensitive).</summary>
    /// <returns><see langword="true"/> when <paramref name="id"/> names a value.</returns>
    public static bool TryParse(string? id, out GoverningBodyKind value) => Ids.TryParse(All, ToId, id, out value);
}
