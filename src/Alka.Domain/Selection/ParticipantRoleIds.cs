namespace Alka.Domain.Selection;

/// <summary>The stable text ids of <see cref="ParticipantRole"/> values, as used in JSON, files and on the command line.</summary>
public static class ParticipantRoleIds
{
    /// <summary>Every value, in declaration order.</summary>
    public static IReadOnlyList<ParticipantRole> All { get; } =
        [ParticipantRole.CouncilHead, ParticipantRole.DistrictManager, ParticipantRole.SeniorOfficial, ParticipantRole.DeputyDirectorGeneral, ParticipantRole.Manager, ParticipantRole.BoardMember, ParticipantRole.Other];

    /// <summary>Returns the id of <paramref name="value"/>, e.g. <c>other</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string ToId(this ParticipantRole value) => value switch
    {
        ParticipantRole.CouncilHead => "council-head",
        ParticipantRole.DistrictManager => "district-manager",
        ParticipantRole.SeniorOfficial => "senior-official",
        ParticipantRole.DeputyDirectorGeneral => "deputy-director-general",
        ParticipantRole.Manager => "manager",
        ParticipantRole.BoardMember => "board-member",
        ParticipantRole.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a participant role."),
    };

    /// <summary>Finds the value whose id is <paramref name="id"/> (ordinal, case-sensitive).</summary>
    /// <returns><see langword="true"/> when <paramref name="id"/> names a value.</returns>
    public static bool TryParse(string? id, out ParticipantRole value) => Ids.TryParse(All, ToId, id, out value);
}
