namespace Alka.Domain.Governance;

/// <summary>The stable text ids of <see cref="StaffRole"/> values, as used in JSON, files and on the command line.</summary>
public static class StaffRoleIds
{
    /// <summary>Every value, in declaration order.</summary>
    public static IReadOnlyList<StaffRole> All { get; } =
        [StaffRole.SeniorProgramManager, StaffRole.ProgramManager, StaffRole.Coordinator, StaffRole.Facilitator, StaffRole.LongTermConsultant, StaffRole.Faculty];

    /// <summary>Returns the id of <paramref name="value"/>, e.g. <c>faculty</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string ToId(this StaffRole value) => value switch
    {
        StaffRole.SeniorProgramManager => "senior-program-manager",
        StaffRole.ProgramManager => "program-manager",
        StaffRole.Coordinator => "coordinator",
        StaffRole.Facilitator => "facilitator",
        StaffRole.LongTermConsultant => "long-term-consultant",
        StaffRole.Faculty => "faculty",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a staff role."),
    };

    /// <summary>Finds the value whose id is <paramref name="id"/> (ordinal, case-sensitive).</summary>
    /// <returns><see langword="true"/> when <paramref name="id"/> names a value.</returns>
    public static bool TryParse(string? id, out StaffRole value) => Ids.TryParse(All, ToId, id, out value);
}
