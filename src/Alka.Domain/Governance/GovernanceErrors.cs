namespace Alka.Domain.Governance;

/// <summary>The error codes of governing bodies, their members, powers and the division of responsibilities.</summary>
public static class GovernanceErrors
{
    /// <summary>A governing body has no members.</summary>
    /// <remarks><see cref="GoverningBody.Create"/> (identifier <c>members</c>).</remarks>
    public const string BodyWithoutMembers = "body-without-members";

    /// <summary>A member in an organization's capacity names no organization, or a staff member names no staff role.</summary>
    /// <remarks><see cref="GoverningBody.Create"/> (identifier <c>members[i].organizationId</c> or <c>members[i].staffRole</c>).</remarks>
    public const string MemberIncomplete = "member-incomplete";

    /// <summary>A staff member sits outside a program team, or a program team has a member who is not staff.</summary>
    /// <remarks><see cref="GoverningBody.Create"/> (identifier <c>members[i]</c>).</remarks>
    public const string StaffOutsideProgramTeam = "staff-outside-program-team";

    /// <summary>A program team whose program managers are several is not headed by exactly one senior program manager.</summary>
    /// <remarks><see cref="GoverningBody.Create"/> (identifier <c>members</c>).</remarks>
    public const string ProgramTeamWithoutHead = "program-team-without-head";

    /// <summary>A task force has no topic.</summary>
    /// <remarks><see cref="GoverningBody.Create"/> (identifier <c>topic</c>).</remarks>
    public const string TaskForceWithoutTopic = "task-force-without-topic";

    /// <summary>A body decides or agrees to a matter it holds no power over (e.g. the budget).</summary>
    /// <remarks><see cref="Programs.InstituteProgram.Create"/>: the bodies that decide its budget, agree to its duties.</remarks>
    public const string MissingPower = "missing-power";

    /// <summary>A responsibility names no responsible party.</summary>
    /// <remarks><see cref="Responsibility.Create"/> (identifier <c>partyIds</c>).</remarks>
    public const string ResponsibilityWithoutParty = "responsibility-without-party";
}
