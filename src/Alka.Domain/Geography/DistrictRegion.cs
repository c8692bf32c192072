namespace Alka.Domain.Geography;

/// <summary>
/// One row of <see cref="DistrictRegions"/>: the District Managers Forum region that serves a CBS district, and why.
/// </summary>
/// <remarks>Immutable and thread-safe; compared by reference (the rows are the table's own).</remarks>
public sealed class DistrictRegion
{
    internal DistrictRegion(District district, Region region, string basis)
    {
        District = district;
        Region = region;
        Basis = basis;
    }

    /// <summary>The CBS district.</summary>
    public District District { get; }

    /// <summary>The region whose forum serves the district.</summary>
    public Region Region { get; }

    /// <summary>Why this region serves the district: the source, or the library's documented choice.</summary>
    public string Basis { get; }

    /// <summary>E.g. <c>center → tel-aviv-center</c>.</summary>
    public override string ToString() => $"{District.ToId()} → {Region.ToId()}";
}
