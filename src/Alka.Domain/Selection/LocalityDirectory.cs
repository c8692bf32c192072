namespace Alka.Domain.Selection;

/// <summary>The tables of localities a pool of candidates is checked against (<see cref="ILocalityDirectory"/>).</summary>
public static class LocalityDirectory
{
    /// <summary>
    /// Israel's local authorities as the CBS publishes them (<see cref="Geography.LocalAuthorities"/>), matched by CBS
    /// code (<c>0031</c>): a candidate whose locality is a code must agree with the authority's population (2021),
    /// socio-economic cluster (2019) and region. The default of every reader of candidates.
    /// </summary>
    public static ILocalityDirectory LocalAuthorities { get; } = new CbsDirectory();

    /// <summary>No table: nothing is checked (for localities that are not Israel's, or figures of another year).</summary>
    public static ILocalityDirectory None { get; } = new NoDirectory();

    private sealed class CbsDirectory : ILocalityDirectory
    {
        public bool TryFind(string locality, out LocalityFacts facts)
        {
            if (!Geography.LocalAuthorities.TryGet(locality, out var authority))
            {
                facts = default;
                return false;
            }

            facts = new LocalityFacts(authority.Code, authority.Population.Value, authority.SocioEconomicCluster.Value, authority.Region);
            return true;
        }
    }

    private sealed class NoDirectory : ILocalityDirectory
    {
        public bool TryFind(string locality, out LocalityFacts facts)
        {
            facts = default;
            return false;
        }
    }
}
