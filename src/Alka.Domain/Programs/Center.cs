using System.Text.Json.Serialization;
using Alka.Domain.Sources;
using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Programs;

/// <summary>One of the institute's centers (2012): public leadership, regional development, social leadership.</summary>
/// <remarks>Immutable; equality compares every member.</remarks>
public sealed class Center : IEquatable<Center>
{
    [JsonConstructor]
    internal Center(string id, BilingualText name, BilingualText remit, SourceDocument source)
    {
        Id = id;
        Name = name;
        Remit = remit;
        Source = source;
    }

    /// <summary>The center's id, unique in the catalog (e.g. <c>regional-development</c>).</summary>
    public string Id { get; }

    /// <summary>The center's name.</summary>
    public BilingualText Name { get; }

    /// <summary>What the center does.</summary>
    public BilingualText Remit { get; }

    /// <summary>The source document that describes the center.</summary>
    public SourceDocument Source { get; }

    /// <summary>Creates a center.</summary>
    /// <returns>The center, or every problem.</returns>
    public static Result<Center> Create(string id, BilingualText name, BilingualText remit, SourceDocument source)
    {
        var center = new Center(id, name, remit, source);
        return Problems.Check(center, center.Validate);
    }

    /// <inheritdoc/>
    public bool Equals(Center? other) =>
        other is not null && Id == other.Id && Equals(Name, other.Name) && Equals(Remit, other.Remit) && Source == other.Source;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Center);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Name, Remit, Source);

    internal void Validate(Problems problems, string path)
    {
        Item.Validate(Id, Name, Source, problems, path, "name");
        BilingualText.Validate(Remit, problems, At.Member(path, "remit"));
    }
}

/// <summary>One of the institute's three strategies, with its description.</summary>
/// <remarks>Immutable; equality compares every member.</remarks>
public sealed class StrategyDescription : IEquatable<StrategyDescription>
{
    [JsonConstructor]
    internal StrategyDescription(Strategy strategy, BilingualText description, SourceDocument source)
    {
        Strategy = strategy;
        Description = description;
        Source = source;
    }

    /// <summary>The strategy.</summary>
    public Strategy Strategy { get; }

    /// <summary>What the strategy is.</summary>
    public BilingualText Description { get; }

    /// <summary>The source document that states it.</summary>
    public SourceDocument Source { get; }

    /// <summary>Describes a strategy.</summary>
    /// <returns>The description, or every problem.</returns>
    public static Result<StrategyDescription> Create(Strategy strategy, BilingualText description, SourceDocument source)
    {
        var value = new StrategyDescription(strategy, description, source);
        return Problems.Check(value, value.Validate);
    }

    /// <inheritdoc/>
    public bool Equals(StrategyDescription? other) =>
        other is not null && Strategy == other.Strategy && Equals(Description, other.Description) && Source == other.Source;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as StrategyDescription);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Strategy, Description, Source);

    internal void Validate(Problems problems, string path)
    {
        problems.Defined(Strategy, At.Member(path, "strategy"));
        BilingualText.Validate(Description, problems, At.Member(path, "description"));
        problems.Defined(Source, At.Member(path, "source"));
    }
}
