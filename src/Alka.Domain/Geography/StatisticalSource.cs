namespace Alka.Domain.Geography;

/// <summary>Where a built-in table's figures come from: the publisher, its publications, and the attribution it asks for.</summary>
/// <remarks>Immutable and thread-safe; compared by reference.</remarks>
public sealed class StatisticalSource
{
    internal StatisticalSource(BilingualText publisher, IReadOnlyList<string> publications, string attribution)
    {
        Publisher = publisher;
        Publications = publications;
        Attribution = attribution;
    }

    /// <summary>The publisher, e.g. <c>Central Bureau of Statistics / הלשכה המרכזית לסטטיסטיקה</c>.</summary>
    public BilingualText Publisher { get; }

    /// <summary>The publications the table joins, each with the figures it gives.</summary>
    public IReadOnlyList<string> Publications { get; }

    /// <summary>The attribution to show wherever the figures are shown, e.g. <c>Source: Central Bureau of Statistics</c>.</summary>
    public string Attribution { get; }

    /// <summary>Returns <see cref="Attribution"/>.</summary>
    public override string ToString() => Attribution;
}
