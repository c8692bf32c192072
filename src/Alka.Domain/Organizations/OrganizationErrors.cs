namespace Alka.Domain.Organizations;

/// <summary>The error codes of organizations and of their roles in programs.</summary>
public static class OrganizationErrors
{
    /// <summary>An organization is its own parent, or its parent chain loops.</summary>
    /// <remarks><see cref="Organization.Create"/>, <see cref="Programs.ProgramCatalog.Create"/> (identifier <c>parentId</c>).</remarks>
    public const string ParentCycle = "organization-parent-cycle";

    /// <summary>A partner has no role.</summary>
    /// <remarks><see cref="ProgramPartner.Create"/> (identifier <c>roles</c>).</remarks>
    public const string PartnerWithoutRole = "partner-without-role";

    /// <summary>The lead ministry of a program is not a ministry.</summary>
    /// <remarks><see cref="Programs.ProgramCatalog.Create"/> (identifier <c>…partners[i].organizationId</c>).</remarks>
    public const string LeadMinistryNotMinistry = "lead-ministry-not-ministry";

    /// <summary>A program has more than one lead ministry.</summary>
    /// <remarks><see cref="Programs.ProgramCatalog.Create"/> (identifier <c>…partners[i].roles</c>).</remarks>
    public const string SeveralLeadMinistries = "several-lead-ministries";
}
