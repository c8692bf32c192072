using System.Text.Json;
using Alka.Domain.Geography;

namespace Alka.Domain.Serialization;

/// <summary>
/// Local authorities as JSON, a write-only report format (the table is built in), as <c>alka authorities --format json</c>
/// writes it.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public static class GeographyJson
{
    /// <summary>
    /// Writes <paramref name="authorities"/> as an indented array of
    /// <c>{"code", "name": {"english", "hebrew"}, "status", "district", "region", "population", "socioEconomicCluster",
    /// "peripheryCluster", "sector"}</c>; each figure is <c>{"value", "year"}</c>.
    /// </summary>
    public static string Write(IEnumerable<LocalAuthority> authorities)
    {
        ArgumentNullException.ThrowIfNull(authorities);
        return JsonSerializer.Serialize(authorities.ToArray(), AlkaJson.TypeInfo<LocalAuthority[]>());
    }
}
