using System.Text.Json.Serialization;
using Alka.Domain.Budget;
using Alka.Domain.Governance;
using Alka.Domain.Scheduling;
using Alka.Domain.Selection;
using Alka.Domain.Sources;
using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Programs;

/// <summary>
/// A program of the institute — a learning program, a peer forum, a regional forum, a cross-sector process or a
/// network — with everything the sources state about it, in parts: what it is about (<see cref="Profile"/>), who runs
/// it (<see cref="Governance"/>), when and where it meets (<see cref="Schedule"/>), who may take part
/// (<see cref="Selection"/>) and what a cohort costs (<see cref="Budget"/>); every fact names its source document.
/// </summary>
/// <remarks>
/// <para>
/// Immutable and thread-safe; equality is structural over every member. Built only through <see cref="Create"/> (or
/// read from JSON, then validated), so an instance always satisfies the rules below.
/// </para>
/// <para>
/// Each part checks itself; the program checks what ties the parts together: ids are kebab-case; at least one source;
/// the budget is decided by a body that holds the budget power; a duty that needs a body's agreement on a matter names
/// a body that holds that power; bodies' organizations and duties' parties are partners; a cadence "before each"
/// meeting of a series names a series of the program; a regional forum has a forum series per region. References to
/// organizations, centers and other programs are checked by <see cref="ProgramCatalog"/>.
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
        ProgramProfile? profile = null,
        ProgramGovernance? governance = null,
        ProgramSchedule? schedule = null,
        SelectionPolicy? selection = null,
        BudgetBand? budget = null)
    {
        Id = id;
        Name = name;
        Sources = ReadOnly.Copy(sources);
        Format = format;
        Profile = profile ?? ProgramProfile.None;
        Governance = governance ?? ProgramGovernance.None;
        Schedule = schedule ?? ProgramSchedule.None;
        Selection = selection;
        Budget = budget;
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

    /// <summary>What the program is about: its center, strategies, aim, goals, topics, figures, related programs.</summary>
    /// <value><see cref="ProgramProfile.None"/> when the sources only name the program.</value>
    public ProgramProfile Profile { get; }

    /// <summary>Its partners, governing bodies and the division of responsibilities.</summary>
    /// <value><see cref="ProgramGovernance.None"/> when the sources name none.</value>
    public ProgramGovernance Governance { get; }

    /// <summary>Its meeting series, communities and day policy: what a planner needs.</summary>
    /// <value><see cref="ProgramSchedule.None"/> when the sources state no meetings.</value>
    public ProgramSchedule Schedule { get; }

    /// <summary>Who may take part and how participants are chosen, when a source says.</summary>
    public SelectionPolicy? Selection { get; }

    /// <summary>What one cohort costs, decided by a body that holds the budget power, when a source says.</summary>
    public BudgetBand? Budget { get; }

    /// <summary>Creates a program from its parts; see the members for each argument.</summary>
    /// <returns>The program, or every problem with its path (e.g. <c>governance.bodies[0].members</c>) and error code.</returns>
    public static Result<InstituteProgram> Create(
        string id,
        BilingualText name,
        IEnumerable<SourceDocument> sources,
        ProgramFormat format,
        ProgramProfile? profile = null,
        ProgramGovernance? governance = null,
        ProgramSchedule? schedule = null,
        SelectionPolicy? selection = null,
        BudgetBand? budget = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var program = new InstituteProgram(id, name, [.. sources], format, profile, governance, schedule, selection, budget);
        return Problems.Check(program, program.Validate);
    }

    /// <inheritdoc/>
    public bool Equals(InstituteProgram? other) =>
        other is not null && Id == other.Id && Equals(Name, other.Name) && Equality.Lists(Sources, other.Sources)
        && Equals(Format, other.Format) && Equals(Profile, other.Profile) && Equals(Governance, other.Governance)
        && Equals(Schedule, other.Schedule) && Equals(Selection, other.Selection) && Equals(Budget, other.Budget);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as InstituteProgram);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Name, Format, Governance, Schedule);

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

        Profile.Validate(problems, At.Member(path, "profile"));
        Governance.Validate(problems, At.Member(path, "governance"));
        Schedule.Validate(problems, At.Member(path, "schedule"));
        Selection?.Validate(problems, At.Member(path, "selection"));
        Budget?.Validate(problems, At.Member(path, "budget"));
        ProgramRules.Validate(this, problems, path);
    }
}
