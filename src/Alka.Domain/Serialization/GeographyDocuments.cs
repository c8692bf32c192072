using System.Text.Json.Serialization;
using Alka.Domain.Geography;
using Alka.Domain.Validation;

namespace Alka.Domain.Serialization;

/// <summary>
/// The local authorities document, as <c>alka authorities --format json</c> writes it and <see cref="GeographyJson"/>
/// reads it: <c>{"schemaVersion": 1, "authorities": [ … ]}</c> (schema: <c>docs/schema/authorities.schema.json</c>).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class AuthoritiesDocument
{
    /// <summary>The version of the format this library writes and reads.</summary>
    /// <value>1.</value>
    public const int CurrentSchemaVersion = 1;

    [JsonConstructor]
    internal AuthoritiesDocument(int schemaVersion, IReadOnlyList<LocalAuthorityEntry> authorities)
    {
        SchemaVersion = schemaVersion;
        Authorities = authorities;
    }

    /// <summary>The version of the format: <see cref="CurrentSchemaVersion"/> for a document read.</summary>
    public int SchemaVersion { get; }

    /// <summary>The authorities, in the order written, each once.</summary>
    public IReadOnlyList<LocalAuthorityEntry> Authorities { get; }

    /// <summary>The document of <paramref name="authorities"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="authorities"/> lists an authority twice (a programmer error).</exception>
    public static AuthoritiesDocument From(IEnumerable<LocalAuthority> authorities)
    {
        ArgumentNullException.ThrowIfNull(authorities);
        LocalAuthorityEntry[] entries = [.. authorities.Select(LocalAuthorityEntry.From)];
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!codes.Add(entry.Code))
            {
                throw new ArgumentException($"The authority {entry.Code} is listed twice.", nameof(authorities));
            }
        }

        return new(CurrentSchemaVersion, entries);
    }

    internal void Validate(Problems problems, string path)
    {
        SchemaVersions.Check(SchemaVersion, CurrentSchemaVersion, problems, path);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Authorities.Count; i++)
        {
            var at = At.Index(At.Member(path, "authorities"), i);
            Authorities[i].Validate(problems, at);
            if (!codes.Add(Authorities[i].Code))
            {
                problems.Add(At.Member(at, "code"), CommonErrors.DuplicateId, $"The authority {Authorities[i].Code} is listed twice.");
            }
        }
    }
}

/// <summary>
/// A local authority (<see cref="LocalAuthority"/>) as a front end shows it: <c>{"code", "name": {"english", "hebrew"},
/// "status", "district", "region", "population", "socioEconomicCluster", "peripheryCluster", "sector"}</c>, each figure
/// <c>{"value", "year"}</c>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class LocalAuthorityEntry
{
    // CBS's socio-economic and periphery indices rank authorities in clusters 1 to 10.
    private const int LowestCluster = 1;
    private const int HighestCluster = 10;

    [JsonConstructor]
    internal LocalAuthorityEntry(
        string code, BilingualText name, MunicipalStatus status, District district, Region region,
        Statistic population, Statistic socioEconomicCluster, Statistic peripheryCluster, PopulationSector sector)
    {
        Code = code;
        Name = name;
        Status = status;
        District = district;
        Region = region;
        Population = population;
        SocioEconomicCluster = socioEconomicCluster;
        PeripheryCluster = peripheryCluster;
        Sector = sector;
    }

    /// <summary>The CBS code (see <see cref="LocalAuthority.Code"/>): four digits, or two for a regional council.</summary>
    public string Code { get; }

    /// <summary>The name.</summary>
    public BilingualText Name { get; }

    /// <summary>City, local council or regional council.</summary>
    public MunicipalStatus Status { get; }

    /// <summary>The CBS district.</summary>
    public District District { get; }

    /// <summary>The District Managers Forum region that serves <see cref="District"/>.</summary>
    public Region Region { get; }

    /// <summary>The number of residents, with the year it describes.</summary>
    public Statistic Population { get; }

    /// <summary>The cluster of CBS's socio-economic index, 1 (lowest) to 10, with the index's year.</summary>
    public Statistic SocioEconomicCluster { get; }

    /// <summary>The cluster of CBS's periphery index, 1 (most peripheral) to 10, with the index's year.</summary>
    public Statistic PeripheryCluster { get; }

    /// <summary>Mostly Jewish, mostly Arab or mixed (derived by this library, see <see cref="LocalAuthority.Sector"/>).</summary>
    public PopulationSector Sector { get; }

    /// <summary>The entry of <paramref name="authority"/>.</summary>
    public static LocalAuthorityEntry From(LocalAuthority authority)
    {
        ArgumentNullException.ThrowIfNull(authority);
        return new(authority.Code, authority.Name, authority.Status, authority.District, authority.Region,
            authority.Population, authority.SocioEconomicCluster, authority.PeripheryCluster, authority.Sector);
    }

    // The code names an authority of the built-in table, in the form of its status; the region is its district's; the
    // figures are in their ranges. The figures are not compared with the table: each carries its own year.
    internal void Validate(Problems problems, string path)
    {
        var code = At.Member(path, "code");
        if (!LocalAuthorities.IsWellFormedCode(Code))
        {
            problems.Add(code, GeographyErrors.InvalidAuthority, $"'{Code}' is not a CBS code (four digits, or two for a regional council).");
        }
        else if (!LocalAuthorities.TryGet(Code, out _))
        {
            problems.Add(code, GeographyErrors.UnknownAuthority, $"No local authority has the CBS code {Code}.");
        }
        else if ((Code.Length == 2) != (Status == MunicipalStatus.RegionalCouncil))
        {
            problems.Add(At.Member(path, "status"), SerializationErrors.Mismatch, Code.Length == 2
                ? $"A two-digit code is a regional council's, not a {Status.ToId()}'s."
                : "A four-digit code is a city's or a local council's, not a regional council's.");
        }

        BilingualText.Validate(Name, problems, At.Member(path, "name"));
        if (Region != District.ServingRegion())
        {
            problems.Add(At.Member(path, "region"), SerializationErrors.Mismatch, $"The {District.ToId()} district is served by the {District.ServingRegion().ToId()} region, not {Region.ToId()}.");
        }

        if (Population.Value < 0)
        {
            problems.Add(At.Member(At.Member(path, "population"), "value"), CommonErrors.OutOfRange, $"A population of {Population.Value} is below 0.");
        }

        CheckCluster(SocioEconomicCluster, problems, At.Member(path, "socioEconomicCluster"));
        CheckCluster(PeripheryCluster, problems, At.Member(path, "peripheryCluster"));
    }

    private static void CheckCluster(Statistic cluster, Problems problems, string path)
    {
        if (cluster.Value is < LowestCluster or > HighestCluster)
        {
            problems.Add(At.Member(path, "value"), CommonErrors.OutOfRange, $"Cluster {cluster.Value} is not between {LowestCluster} and {HighestCluster}.");
        }
    }
}
