using Alka.Domain.Geography;

namespace Alka.Domain.Selection;

/// <summary>What a table of localities says of one locality: the figures a candidate's row must agree with.</summary>
/// <remarks>
/// Immutable. A <see langword="null"/> figure is one the table does not hold, and is not checked. Equality compares
/// every member. <see langword="default"/> has no code: not a locality a directory returns.
/// </remarks>
public readonly struct LocalityFacts : IEquatable<LocalityFacts>
{
    /// <summary>The facts of locality <paramref name="code"/>.</summary>
    /// <param name="code">The locality's code in the table (a CBS code such as <c>0031</c>), named in messages.</param>
    /// <param name="population">Its number of residents, when the table holds it.</param>
    /// <param name="socioeconomicCluster">Its socio-economic cluster (1–10), when the table holds it.</param>
    /// <param name="region">The region that serves it, when the table holds it.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is null or blank.</exception>
    public LocalityFacts(string code, int? population = null, int? socioeconomicCluster = null, Region? region = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code;
        Population = population;
        SocioeconomicCluster = socioeconomicCluster;
        Region = region;
    }

    /// <summary>The locality's code in the table, named in messages.</summary>
    public string Code { get; }

    /// <summary>Its number of residents, or <see langword="null"/> when not known.</summary>
    public int? Population { get; }

    /// <summary>Its socio-economic cluster (1–10), or <see langword="null"/> when not known.</summary>
    public int? SocioeconomicCluster { get; }

    /// <summary>The region that serves it, or <see langword="null"/> when not known.</summary>
    public Region? Region { get; }

    /// <inheritdoc/>
    public bool Equals(LocalityFacts other) =>
        Code == other.Code && Population == other.Population && SocioeconomicCluster == other.SocioeconomicCluster && Region == other.Region;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is LocalityFacts other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, Population, SocioeconomicCluster, Region);

    /// <summary>Returns the code, e.g. <c>0031</c>.</summary>
    public override string ToString() => Code ?? string.Empty;

    /// <summary>Whether both are equal.</summary>
    public static bool operator ==(LocalityFacts left, LocalityFacts right) => left.Equals(right);

    /// <summary>Whether they differ.</summary>
    public static bool operator !=(LocalityFacts left, LocalityFacts right) => !left.Equals(right);
}
