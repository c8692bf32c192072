namespace Alka.Domain.Organizations;

/// <summary>The error codes of organizations and of their roles in programs.</summary>
public static class OrganizationErrors
{
    /// <summary>An organization is its own parent, or its parent chain loops.</summary>
    public const string ParentCycle = "organization-parent-cycle";

    /// <summary>A partner has no role.</summary>
    public const string PartnerWithoutRole = "partner-without-role";

    /// <summary>The lead ministry of a program is not a ministry.</summary>
    public const string LeadMinistryNotMinistry = "lead-ministry-not-ministry";

    /// <summary>A program has more than one lead ministry.</summary>
    public const string SeveralLeadMinistries = "several-lead-ministries";
}
