namespace Alka.Domain.Governance;

/// <summary>The error codes of governing bodies, their members, powers and the division of responsibilities.</summary>
public static class GovernanceErrors
{
    /// <summary>A governing body has no members.</summary>
    public const string BodyWithoutMembers = "body-without-members";

    /// <summary>A member in an organization's capacity names no organization, or a staff member names no staff role.</summary>
    public const string MemberIncomplete = "member-incomplete";

    /// <summary>A staff member sits outside a program team, or a program team has a member who is not staff.</summary>
    public const string StaffOutsideProgramTeam = "staff-outside-program-team";

    /// <summary>A program team whose program managers are several is not headed by exactly one senior program manager.</summary>
    public const string ProgramTeamWithoutHead = "program-team-without-head";

    /// <summary>A task force has no topic.</summary>
    public const string TaskForceWithoutTopic = "task-force-without-topic";

    /// <summary>A body decides or agrees to a matter it holds no power over (e.g. the budget).</summary>
    public const string MissingPower = "missing-power";

    /// <summary>A responsibility names no responsible party.</summary>
    public const string ResponsibilityWithoutParty = "responsibility-without-party";
}
