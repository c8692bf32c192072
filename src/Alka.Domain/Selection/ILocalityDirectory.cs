namespace Alka.Domain.Selection;

/// <summary>
/// A table of localities a candidate's <see cref="Candidate.Locality"/> may be matched to — Israel's local authorities
/// as the CBS publishes them, or a team's own — so that a population, a socio-economic cluster or a region that
/// contradicts it is reported when a pool is built.
/// </summary>
/// <remarks>Implementations are expected to be thread-safe and to match without allocating much: a pool looks up every candidate once.</remarks>
public interface ILocalityDirectory
{
    /// <summary>Finds the locality <paramref name="locality"/> names (a CBS code, a name: as the implementation matches).</summary>
    /// <returns><see langword="true"/> and its facts when the table has it; <see langword="false"/> when it does not (nothing is checked then).</returns>
    bool TryFind(string locality, out LocalityFacts facts);
}
