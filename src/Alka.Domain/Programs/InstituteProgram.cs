using System.Text.Json.Serialization;
using Alka.Domain.Governance;
using Alka.Domain.Organizations;
using Alka.Domain.Scheduling;
using Alka.Domain.Selection;
using Alka.Domain.Sources;
using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Programs;

/// <summary>
/// A program of the institute — a learning program, a peer forum, a regional forum, a cross-sector process or a
/// network — with everything the sources state about it: goals, topics and action channels; partners and their roles;
/// governing bodies; the division of responsibilities; meeting series; who may take part; figures; and for every fact
/// the source document it comes from.
/// </summary>
/// <remarks>
/// <para>
/// Immutable and thread-safe; equality is structural over every member (lists in order). Built only through
/// <see cref="Create"/> (or read from JSON, then validated), so an instance always satisfies the rules below.
/// </para>
/// <para>
/// The rules checked here: ids are kebab-case and unique per list; at least one source; what only one kind has sits
/// in <see cref="Format"/>; the budget is decided by a body that holds the budget power; a duty that needs a
/// body's agreement on a matter names a body that holds that power; bodies' organizations and duties' parties are
/// partners; a cadence "before each" meeting of a kind refers to a series of that kind; a regional forum has a forum
/// series per region. References to organizations, centers and other programs are checked by
/// <see cref="ProgramCatalog"/>.
/// </para>
/// </remarks>
public sealed class InstituteProgram : IEquatable<InstituteProgram>
{
    [JsonConstructor]
    internal InstituteProgram(
        string id,
        BilingualText name,
        IReadOnlyList<SourceDocument> sources,
        ProgramFormat format,
        string? centerId = null,
        IReadOnlyList<Strategy>? strategies = null,
        BilingualText? aim = null,
        IReadOnlyList<Goal>? goals = null,
        IReadOnlyList<Topic>? topics = null,
        IReadOnlyList<ActionChannel>? actionChannels = null,
        IReadOnlyList<ProgramPartner>? partners = null,
        IReadOnlyList<GoverningBody>? bodies = null,
        IReadOnlyList<Responsibility>? responsibilities = null,
        IReadOnlyList<MeetingSeries>? meetings = null,
        SelectionPolicy? selection = null,
        IReadOnlyList<Figure>? figures = null,
        IReadOnlyList<string>? relatedProgramIds = null)
    {
        Id = id;
        Name = name;
        Sources = ReadOnly.Copy(sources);
        Format = format;
        CenterId = centerId;
        Strategies = ReadOnly.Copy(strategies);
        Aim = aim;
        Goals = ReadOnly.Copy(goals);
        Topics = ReadOnly.Copy(topics);
        ActionChannels = ReadOnly.Copy(actionChannels);
        Partners = ReadOnly.Copy(partners);
        Bodies = ReadOnly.Copy(bodies);
        Responsibilities = ReadOnly.Copy(responsibilities);
        Meetings = ReadOnly.Copy(meetings);
        Selection = selection;
        Figures = ReadOnly.Copy(figures);
        RelatedProgramIds = ReadOnly.Copy(relatedProgramIds);
    }

    /// <summary>The program's id, kebab-case and unique in the catalog (e.g. <c>district-managers-forum</c>); public API.</summary>
    public string Id { get; }

    /// <summary>The program's name.</summary>
    public BilingualText Name { get; }

    /// <summary>The source documents that describe the program; at least one.</summary>
    public IReadOnlyList<SourceDocument> Sources { get; }

    /// <summary>The kind of program and what only that kind has.</summary>
    public ProgramFormat Format { get; }

    /// <summary>The kind of program (from <see cref="Format"/>).</summary>
    [JsonIgnore]
    public ProgramKind Kind => Format.Kind;

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

    /// <summary>The organizations that take part and their roles.</summary>
    public IReadOnlyList<ProgramPartner> Partners { get; }

    /// <summary>The bodies that govern or run it.</summary>
    public IReadOnlyList<GoverningBody> Bodies { get; }

    /// <summary>The division of responsibilities between the partners.</summary>
    public IReadOnlyList<Responsibility> Responsibilities { get; }

    /// <summary>Its meeting series (the governing bodies' meetings follow the bodies' cadences).</summary>
    public IReadOnlyList<MeetingSeries> Meetings { get; }

    /// <summary>Who may take part and how participants are chosen, when a source says.</summary>
    public SelectionPolicy? Selection { get; }

    /// <summary>Numbers the sources state about it.</summary>
    public IReadOnlyList<Figure> Figures { get; }

    /// <summary>The ids of related programs of the catalog (the District Managers Forum's page names the Deputy DGs forum).</summary>
    public IReadOnlyList<string> RelatedProgramIds { get; }

    /// <summary>Creates a program; see the members for each argument.</summary>
    /// <returns>The program, or every problem with its path (e.g. <c>bodies[0].members</c>) and error code.</returns>
    public static Result<InstituteProgram> Create(
        string id,
        BilingualText name,
        IEnumerable<SourceDocument> sources,
        ProgramFormat format,
        string? centerId = null,
        IEnumerable<Strategy>? strategies = null,
        BilingualText? aim = null,
        IEnumerable<Goal>? goals = null,
        IEnumerable<Topic>? topics = null,
        IEnumerable<ActionChannel>? actionChannels = null,
        IEnumerable<ProgramPartner>? partners = null,
        IEnumerable<GoverningBody>? bodies = null,
        IEnumerable<Responsibility>? responsibilities = null,
        IEnumerable<MeetingSeries>? meetings = null,
        SelectionPolicy? selection = null,
        IEnumerable<Figure>? figures = null,
        IEnumerable<string>? relatedProgramIds = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var program = new InstituteProgram(
            id, name, [.. sources], format, centerId, strategies?.ToList(), aim, goals?.ToList(), topics?.ToList(),
            actionChannels?.ToList(), partners?.ToList(), bodies?.ToList(), responsibilities?.ToList(), meetings?.ToList(),
            selection, figures?.ToList(), relatedProgramIds?.ToList());
        return Problems.Check(program, program.Validate);
    }

    /// <summary>The governing body with id <paramref name="id"/>, or <see langword="null"/>.</summary>
    public GoverningBody? FindBody(string id) => Bodies.FirstOrDefault(b => b?.Id == id);

    /// <summary>The bodies of kind <paramref name="kind"/>.</summary>
    public IEnumerable<GoverningBody> BodiesOf(GoverningBodyKind kind) => Bodies.Where(b => b?.Kind == kind);

    /// <summary>The partnership of organization <paramref name="organizationId"/>, or <see langword="null"/>.</summary>
    public ProgramPartner? FindPartner(string organizationId) => Partners.FirstOrDefault(p => p?.OrganizationId == organizationId);

    /// <summary>The meeting series with id <paramref name="id"/>, or <see langword="null"/>.</summary>
    public MeetingSeries? FindMeetings(string id) => Meetings.FirstOrDefault(m => m?.Id == id);

    /// <summary>The figure with id <paramref name="id"/>, or <see langword="null"/>.</summary>
    public Figure? FindFigure(string id) => Figures.FirstOrDefault(f => f?.Id == id);

    /// <inheritdoc/>
    public bool Equals(InstituteProgram? other) =>
        other is not null && Id == other.Id && Equals(Name, other.Name) && Equality.Lists(Sources, other.Sources)
        && Equals(Format, other.Format) && CenterId == other.CenterId && Equality.Lists(Strategies, other.Strategies)
        && Equals(Aim, other.Aim) && Equality.Lists(Goals, other.Goals) && Equality.Lists(Topics, other.Topics)
        && Equality.Lists(ActionChannels, other.ActionChannels) && Equality.Lists(Partners, other.Partners)
        && Equality.Lists(Bodies, other.Bodies) && Equality.Lists(Responsibilities, other.Responsibilities)
        && Equality.Lists(Meetings, other.Meetings) && Equals(Selection, other.Selection)
        && Equality.Lists(Figures, other.Figures) && Equality.Lists(RelatedProgramIds, other.RelatedProgramIds);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as InstituteProgram);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Name, Format, Equality.Hash(Bodies), Equality.Hash(Meetings));

    /// <summary>Returns the id and the kind, e.g. <c>merhav (learning-program)</c>.</summary>
    public override string ToString() => $"{Id} ({Format?.Kind.ToId()})";

    internal void Validate(Problems problems, string path)
    {
        problems.Id(Id, At.Member(path, "id"));
        BilingualText.Validate(Name, problems, At.Member(path, "name"));
        var sources = At.Member(path, "sources");
        if (Sources.Count == 0)
        {
            problems.Add(sources, CommonErrors.NoSource, "A program names at least one source document.");
        }

        problems.Each(Sources, sources, (s, p, at) => p.Defined(s, at));
        problems.Distinct(Sources, sources);
        var format = At.Member(path, "format");
        if (problems.Required(Format, format))
        {
            Format.Validate(problems, format);
        }

        problems.OptionalId(CenterId, At.Member(path, "centerId"));
        problems.Each(Strategies, At.Member(path, "strategies"), (s, p, at) => p.Defined(s, at));
        problems.Distinct(Strategies, At.Member(path, "strategies"));
        BilingualText.ValidateOptional(Aim, problems, At.Member(path, "aim"));

        ValidateList(problems, Goals, At.Member(path, "goals"), g => g.Id, (g, p, at) => g.Validate(p, at));
        ValidateList(problems, Topics, At.Member(path, "topics"), t => t.Id, (t, p, at) => t.Validate(p, at));
        ValidateList(problems, ActionChannels, At.Member(path, "actionChannels"), c => c.Id, (c, p, at) => c.Validate(p, at));
        ValidateList(problems, Partners, At.Member(path, "partners"), p => p.OrganizationId, (x, p, at) => x.Validate(p, at));
        ValidateList(problems, Bodies, At.Member(path, "bodies"), b => b.Id, (b, p, at) => b.Validate(p, at));
        ValidateList(problems, Responsibilities, At.Member(path, "responsibilities"), r => r.Id, (r, p, at) => r.Validate(p, at));
        ValidateList(problems, Meetings, At.Member(path, "meetings"), m => m.Id, (m, p, at) => m.Validate(p, at));
        Selection?.Validate(problems, At.Member(path, "selection"));
        ValidateList(problems, Figures, At.Member(path, "figures"), f => f.Id, (f, p, at) => f.Validate(p, at));
        var related = At.Member(path, "relatedProgramIds");
        problems.Each(RelatedProgramIds, related, (id, p, at) =>
        {
            p.Id(id, at);
            if (id == Id)
            {
                p.Add(at, ProgramErrors.RelatedToItself, "A program is not related to itself.");
            }
        });
        problems.Unique(RelatedProgramIds, id => id, related, "related program");
        ProgramRules.Validate(this, problems, path);
    }

    private static void ValidateList<T>(Problems problems, IReadOnlyList<T> items, string path, Func<T, string> id, Action<T, Problems, string> validate)
        where T : class
    {
        problems.Items(items, path, validate);
        problems.Unique(items, item => item is null ? null : id(item), path, "id");
    }
}
