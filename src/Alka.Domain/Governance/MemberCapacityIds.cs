namespace Alka.Domain.Governance;

/// <summary>The stable text ids of <see cref="MemberCapacity"/> values, as used in JSON, files and on the command line.</summary>
public static class MemberCapacityIds
{
    /// <summary>Every value, in declaration order.</summary>
    public static IReadOnlyList<MemberCapacity> All { get; } =
        [MemberCapacity.OrganizationHead, MemberCapacity.OrganizationRepresentative, MemberCapacity.Participant, MemberCapacity.ParticipantRepresentative, MemberCapacity.Staff];

    /// <summary>Returns the id of <paramref name="value"/>, e.g. <c>staff</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string ToId(this MemberCapacity value) => value switch
    {
        MemberCapacity.OrganizationHead => "organization-head",
        MemberCapacity.OrganizationRepresentative => "organization-representative",
        MemberCapacity.Participant => "participant",
        MemberCapacity.ParticipantRepresentative => "participant-representative",
        MemberCapacity.Staff => "staff",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a member capacity."),
    };

    /// <summary>Finds the value whose id is <paramref name="id"/> (ordinal, case-sensitive).</summary>
    /// <returns><see langword="true"/> when <paramref name="id"/> names a value.</returns>
    public static bool TryParse(string? id, out MemberCapacity value) => Ids.TryParse(All, ToId, id, out value);
}
