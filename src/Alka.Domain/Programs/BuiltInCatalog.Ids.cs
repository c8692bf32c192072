namespace Alka.Domain.Programs;

public static partial class BuiltInCatalog
{
    /// <summary>The ids of the built-in catalog's programs; public API, never renamed.</summary>
    public static class ProgramIds
    {
        /// <summary>"Merhav": shared spaces of influence for government and civil society.</summary>
        public const string Merhav = "merhav";

        /// <summary>The Government and Civil Society initiative, whose steering committee recommends Merhav's participants.</summary>
        public const string GovernmentCivilSociety = "government-civil-society-initiative";

        /// <summary>The forum of Deputy Directors-General for administration and human resources.</summary>
        public const string DeputyDirectorsGeneral = "deputy-directors-general";

        /// <summary>The District Managers Forum.</summary>
        public const string DistrictManagersForum = "district-managers-forum";

        /// <summary>HaKatedra: professional workshops for senior staff.</summary>
        public const string HaKatedra = "hakatedra";

        /// <summary>Digital Leaders, the government program.</summary>
        public const string DigitalLeadersGovernment = "digital-leaders-government";

        /// <summary>Digital Leaders, the local-government program.</summary>
        public const string DigitalLeadersLocal = "digital-leaders-local";

        /// <summary>The national peer forum of local council heads.</summary>
        public const string CouncilHeadsForum = "council-heads-forum";

        /// <summary>Local in-depth activity in authorities.</summary>
        public const string LocalAuthoritiesActivity = "local-authorities-activity";

        /// <summary>Negev Circles.</summary>
        public const string NegevCircles = "negev-circles";

        /// <summary>Regional development work in the North and the South.</summary>
        public const string RegionalDevelopmentNorthSouth = "regional-development-north-south";

        /// <summary>The Mayors Forum.</summary>
        public const string MayorsForum = "mayors-forum";

        /// <summary>The Penni and Stephen Weinberg Center for Lay Leadership.</summary>
        public const string LayLeadership = "lay-leadership";

        /// <summary>The Synergy Program.</summary>
        public const string Synergy = "synergy";

        /// <summary>The Coalition of Infrastructure Organizations.</summary>
        public const string InfrastructureCoalition = "infrastructure-coalition";
    }
}
