using System.Text.Json.Serialization;
using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Programs;

/// <summary>
/// What a program is about, as the sources describe it: the center that runs it, the institute's strategies it uses,
/// its aim, goals, topics and action channels, the numbers stated about it, and the programs related to it.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; equality compares every member (lists in order). <see cref="None"/> is the profile of a
/// program the sources only name. References to the institute's centers and to other programs are checked by the
/// <see cref="ProgramCatalog"/>.
/// </remarks>
public sealed class ProgramProfile : IEquatable<ProgramProfile>
{
    [JsonConstructor]
    internal ProgramProfile(
        string? centerId = null,
        IReadOnlyList<Strategy>? strategies = null,
        BilingualText? aim = null,
        IReadOnlyList<Goal>? goals = null,
        IReadOnlyList<Topic>? topics = null,
        IReadOnlyList<ActionChannel>? actionChannels = null,
        IReadOnlyList<Figure>? figures = null,
        IReadOnlyList<string>? relatedProgramIds = null)
    {
        CenterId = centerId;
        Strategies = ReadOnly.Copy(strategies);
        Aim = aim;
        Goals = ReadOnly.Copy(goals);
        Topics = ReadOnly.Copy(topics);
        ActionChannels = ReadOnly.Copy(actionChannels);
        Figures = ReadOnly.Copy(figures);
        RelatedProgramIds = ReadOnly.Copy(relatedProgramIds);
    }

    /// <summary>The profile that says nothing.</summary>
    public static ProgramProfile None { get; } = new();

    /// <summary>The id of the institute's center that runs the program, when a source says; otherwise <see langword="null"/>.</summary>
    public string? CenterId { get; }

    /// <summary>The institute's strategies the program uses, when a source says (Negev Circles: all three).</summary>
    public IReadOnlyList<Strategy> Strategies { get; }

    /// <summary>The program's overall aim or vision (מטרת העל, החזון), or <see langword="null"/>.</summary>
    public BilingualText? Aim { get; }

    /// <summary>The program's goals, in the source's order.</summary>
    public IReadOnlyList<Goal> Goals { get; }

    /// <summary>The topics it teaches or treats.</summary>
    public IReadOnlyList<Topic> Topics { get; }

    /// <summary>Its action channels (ערוצי הפעולה).</summary>
    public IReadOnlyList<ActionChannel> ActionChannels { get; }

    /// <summary>Numbers the sources state about it.</summary>
    public IReadOnlyList<Figure> Figures { get; }

    /// <summary>The ids of related programs of the catalog (the District Managers Forum's page names the Deputy DGs forum).</summary>
    public IReadOnlyList<string> RelatedProgramIds { get; }

    /// <summary>Creates a profile; see the members for each argument.</summary>
    /// <returns>The profile, or every problem with its path (e.g. <c>goals[0].text</c>) and error code.</returns>
    public static Result<ProgramProfile> Create(
        string? centerId = null,
        IEnumerable<Strategy>? strategies = null,
        BilingualText? aim = null,
        IEnumerable<Goal>? goals = null,
        IEnumerable<Topic>? topics = null,
        IEnumerable<ActionChannel>? actionChannels = null,
        IEnumerable<Figure>? figures = null,
        IEnumerable<string>? relatedProgramIds = null)
    {
        var profile = new ProgramProfile(
            centerId, strategies?.ToList(), aim, goals?.ToList(), topics?.ToList(), actionChannels?.ToList(), figures?.ToList(), relatedProgramIds?.ToList());
        return Problems.Check(profile, profile.Validate);
    }

    /// <summary>The figure with id <paramref name="id"/>, or <see langword="null"/>.</summary>
    public Figure? FindFigure(string id) => Figures.FirstOrDefault(f => f?.Id == id);

    /// <inheritdoc/>
    public bool Equals(ProgramProfile? other) =>
        other is not null && CenterId == other.CenterId && Equality.Lists(Strategies, other.Strategies) && Equals(Aim, other.Aim)
        && Equality.Lists(Goals, other.Goals) && Equality.Lists(Topics, other.Topics) && Equality.Lists(ActionChannels, other.ActionChannels)
        && Equality.Lists(Figures, other.Figures) && Equality.Lists(RelatedProgramIds, other.RelatedProgramIds);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ProgramProfile);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(CenterId, Aim, Equality.Hash(Goals), Equality.Hash(Topics), Equality.Hash(RelatedProgramIds));

    internal void Validate(Problems problems, string path)
    {
        problems.OptionalId(CenterId, At.Member(path, "centerId"));
        problems.Each(Strategies, At.Member(path, "strategies"), (s, p, at) => p.Defined(s, at));
        problems.Distinct(Strategies, At.Member(path, "strategies"));
        BilingualText.ValidateOptional(Aim, problems, At.Member(path, "aim"));
        problems.Entries(Goals, At.Member(path, "goals"), g => g.Id, (g, p, at) => g.Validate(p, at));
        problems.Entries(Topics, At.Member(path, "topics"), t => t.Id, (t, p, at) => t.Validate(p, at));
        problems.Entries(ActionChannels, At.Member(path, "actionChannels"), c => c.Id, (c, p, at) => c.Validate(p, at));
        problems.Entries(Figures, At.Member(path, "figures"), f => f.Id, (f, p, at) => f.Validate(p, at));
        var related = At.Member(path, "relatedProgramIds");
        problems.Each(RelatedProgramIds, related, (id, p, at) => p.Id(id, at));
        problems.Unique(RelatedProgramIds, id => id, related, "related program");
    }
}
