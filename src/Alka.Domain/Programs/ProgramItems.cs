using System.Text.Json.Serialization;
using Alka.Domain.Geography;
using Alka.Domain.Sources;
using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Programs;

/// <summary>A goal of a program, with the details the source gives under it.</summary>
/// <remarks>Immutable; equality compares every member.</remarks>
public sealed class Goal : IEquatable<Goal>
{
    [JsonConstructor]
    internal Goal(string id, BilingualText text, SourceDocument source, IReadOnlyList<BilingualText>? details = null)
    {
        Id = id;
        Text = text;
        Source = source;
        Details = ReadOnly.Copy(details);
    }

    /// <summary>The goal's id, unique in its program.</summary>
    public string Id { get; }

    /// <summary>The goal.</summary>
    public BilingualText Text { get; }

    /// <summary>The source document that states the goal.</summary>
    public SourceDocument Source { get; }

    /// <summary>The points the source lists under the goal.</summary>
    public IReadOnlyList<BilingualText> Details { get; }

    /// <summary>Creates a goal.</summary>
    /// <returns>The goal, or every problem.</returns>
    public static Result<Goal> Create(string id, BilingualText text, SourceDocument source, IEnumerable<BilingualText>? details = null)
    {
        var goal = new Goal(id, text, source, details?.ToList());
        return Problems.Check(goal, goal.Validate);
    }

    /// <inheritdoc/>
    public bool Equals(Goal? other) =>
        other is not null && Id == other.Id && Equals(Text, other.Text) && Source == other.Source && Equality.Lists(Details, other.Details);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Goal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Text, Source, Equality.Hash(Details));

    internal void Validate(Problems problems, string path)
    {
        Item.Validate(Id, Text, Source, problems, path, "text");
        problems.Each(Details, At.Member(path, "details"), (d, p, at) => BilingualText.Validate(d, p, at));
    }
}

/// <summary>A topic a program teaches or a forum treats; for the District Managers Forum, the region that treated it.</summary>
/// <remarks>Immutable; equality compares every member.</remarks>
public sealed class Topic : IEquatable<Topic>
{
    [JsonConstructor]
    internal Topic(string id, BilingualText name, SourceDocument source, IReadOnlyList<Region>? regions = null)
    {
        Id = id;
        Name = name;
        Source = source;
        Regions = ReadOnly.Copy(regions);
    }

    /// <summary>The topic's id, unique in its program.</summary>
    public string Id { get; }

    /// <summary>The topic.</summary>
    public BilingualText Name { get; }

    /// <summary>The source document that states the topic.</summary>
    public SourceDocument Source { get; }

    /// <summary>The regional forums that treated the topic; empty for a topic of the whole program.</summary>
    public IReadOnlyList<Region> Regions { get; }

    /// <summary>Creates a topic.</summary>
    /// <returns>The topic, or every problem.</returns>
    public static Result<Topic> Create(string id, BilingualText name, SourceDocument source, IEnumerable<Region>? regions = null)
    {
        var topic = new Topic(id, name, source, regions?.ToList());
        return Problems.Check(topic, topic.Validate);
    }

    /// <inheritdoc/>
    public bool Equals(Topic? other) =>
        other is not null && Id == other.Id && Equals(Name, other.Name) && Source == other.Source && Equality.Lists(Regions, other.Regions);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Topic);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Name, Source, Equality.Hash(Regions));

    internal void Validate(Problems problems, string path)
    {
        Item.Validate(Id, Name, Source, problems, path, "name");
        problems.Each(Regions, At.Member(path, "regions"), (r, p, at) => p.Defined(r, at));
        problems.Distinct(Regions, At.Member(path, "regions"));
    }
}

/// <summary>An action channel of a program (ערוץ פעולה): knowledge enrichment, peer learning, …</summary>
/// <remarks>Immutable; equality compares every member.</remarks>
public sealed class ActionChannel : IEquatable<ActionChannel>
{
    [JsonConstructor]
    internal ActionChannel(string id, BilingualText name, SourceDocument source, BilingualText? description = null)
    {
        Id = id;
        Name = name;
        Source = source;
        Description = description;
    }

    /// <summary>The channel's id, unique in its program.</summary>
    public string Id { get; }

    /// <summary>The channel's name.</summary>
    public BilingualText Name { get; }

    /// <summary>The source document that states the channel.</summary>
    public SourceDocument Source { get; }

    /// <summary>What the channel does, or <see langword="null"/>.</summary>
    public BilingualText? Description { get; }

    /// <summary>Creates an action channel.</summary>
    /// <returns>The channel, or every problem.</returns>
    public static Result<ActionChannel> Create(string id, BilingualText name, SourceDocument source, BilingualText? description = null)
    {
        var channel = new ActionChannel(id, name, source, description);
        return Problems.Check(channel, channel.Validate);
    }

    /// <inheritdoc/>
    public bool Equals(ActionChannel? other) =>
        other is not null && Id == other.Id && Equals(Name, other.Name) && Source == other.Source && Equals(Description, other.Description);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ActionChannel);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Name, Source, Description);

    internal void Validate(Problems problems, string path)
    {
        Item.Validate(Id, Name, Source, problems, path, "name");
        BilingualText.ValidateOptional(Description, problems, At.Member(path, "description"));
    }
}

/// <summary>A number a source states about a program: "over 100 mayors", "20 organizations", "90 senior managers at the launch".</summary>
/// <remarks>Immutable; equality compares every member.</remarks>
public sealed class Figure : IEquatable<Figure>
{
    [JsonConstructor]
    internal Figure(string id, Quantity quantity, BilingualText description, SourceDocument source)
    {
        Id = id;
        Quantity = quantity;
        Description = description;
        Source = source;
    }

    /// <summary>The figure's id, unique in its program (e.g. <c>mayors</c>).</summary>
    public string Id { get; }

    /// <summary>The number, as the source qualifies it.</summary>
    public Quantity Quantity { get; }

    /// <summary>What is counted.</summary>
    public BilingualText Description { get; }

    /// <summary>The source document that states the figure.</summary>
    public SourceDocument Source { get; }

    /// <summary>Creates a figure.</summary>
    /// <returns>The figure, or every problem.</returns>
    public static Result<Figure> Create(string id, Quantity quantity, BilingualText description, SourceDocument source)
    {
        var figure = new Figure(id, quantity, description, source);
        return Problems.Check(figure, figure.Validate);
    }

    /// <inheritdoc/>
    public bool Equals(Figure? other) =>
        other is not null && Id == other.Id && Quantity == other.Quantity && Equals(Description, other.Description) && Source == other.Source;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Figure);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Quantity, Description, Source);

    /// <summary>Returns e.g. <c>mayors: more than 100</c>.</summary>
    public override string ToString() => $"{Id}: {Quantity}";

    internal void Validate(Problems problems, string path)
    {
        Item.Validate(Id, Description, Source, problems, path, "description");
        Quantity.Validate(problems, At.Member(path, "quantity"));
    }
}

/// <summary>The checks every item with an id, a text and a source shares.</summary>
internal static class Item
{
    public static void Validate(string id, BilingualText text, SourceDocument source, Problems problems, string path, string textName)
    {
        problems.Id(id, At.Member(path, "id"));
        BilingualText.Validate(text, problems, At.Member(path, textName));
        problems.Defined(source, At.Member(path, "source"));
    }
}
