using System.Text.Json.Serialization;
using Alka.Domain.Geography;
using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Programs;

/// <summary>
/// What kind of program this is and what only that kind has (מתכונת): the cohorts and budget of a learning program,
/// the regions of a regional forum, the task forces of a cross-sector process, the members of a network.
/// </summary>
/// <remarks>
/// Immutable. The JSON discriminator <c>kind</c> is the <see cref="ProgramKind"/> id. Equality compares the kind and
/// every member.
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(LearningProgramFormat), "learning-program")]
[JsonDerivedType(typeof(PeerForumFormat), "peer-forum")]
[JsonDerivedType(typeof(RegionalForumFormat), "regional-forum")]
[JsonDerivedType(typeof(CrossSectorProcessFormat), "cross-sector-process")]
[JsonDerivedType(typeof(NetworkFormat), "network")]
public abstract class ProgramFormat : IEquatable<ProgramFormat>
{
    private protected ProgramFormat()
    {
    }

    /// <summary>The kind of program.</summary>
    [JsonIgnore]
    public abstract ProgramKind Kind { get; }

    /// <inheritdoc/>
    public bool Equals(ProgramFormat? other) => other is not null && Kind == other.Kind && SameAs(other);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ProgramFormat);

    /// <inheritdoc/>
    public override int GetHashCode() => Kind.GetHashCode();

    internal abstract void Validate(Problems problems, string path);

    private protected abstract bool SameAs(ProgramFormat other);
}

/// <summary>A cohort-based learning program (תכנית למידה): cohorts of a given size and their projects.</summary>
public sealed class LearningProgramFormat : ProgramFormat
{
    [JsonConstructor]
    internal LearningProgramFormat(
        IReadOnlyList<Cohort>? cohorts = null,
        CountRange? participantsPerCohort = null,
        ProjectRequirement? project = null)
    {
        Cohorts = ReadOnly.Copy(cohorts);
        ParticipantsPerCohort = participantsPerCohort;
        Project = project;
    }

    /// <inheritdoc/>
    [JsonIgnore]
    public override ProgramKind Kind => ProgramKind.LearningProgram;

    /// <summary>The cohorts the sources name, numbered 1, 2, … in order.</summary>
    public IReadOnlyList<Cohort> Cohorts { get; }

    /// <summary>How many participants a cohort has, when the source says.</summary>
    public CountRange? ParticipantsPerCohort { get; }

    /// <summary>The projects participants advance, when the source says.</summary>
    public ProjectRequirement? Project { get; }

    /// <summary>Creates the format of a learning program.</summary>
    /// <returns>
    /// The format, or every problem: invalid cohorts, numbers not 1, 2, … (<see cref="ProgramErrors.CohortNumber"/>),
    /// a cohort larger or smaller than the program allows (<see cref="ProgramErrors.CohortParticipantsOutsideProgram"/>).
    /// </returns>
    public static Result<LearningProgramFormat> Create(
        IEnumerable<Cohort>? cohorts = null,
        CountRange? participantsPerCohort = null,
        ProjectRequirement? project = null)
    {
        var format = new LearningProgramFormat(cohorts?.ToList(), participantsPerCohort, project);
        return Problems.Check(format, format.Validate);
    }

    internal override void Validate(Problems problems, string path)
    {
        var cohorts = At.Member(path, "cohorts");
        problems.Items(Cohorts, cohorts, (c, p, at) => c.Validate(p, at));
        for (var i = 0; i < Cohorts.Count; i++)
        {
            if (Cohorts[i] is not { } cohort)
            {
                continue;
            }

            if (cohort.Number != i + 1)
            {
                problems.Add(At.Member(At.Index(cohorts, i), "number"), ProgramErrors.CohortNumber, $"Cohort {i + 1} is numbered {cohort.Number}.");
            }

            if (ParticipantsPerCohort is { } range && cohort.Participants is { } size && !range.Contains(size))
            {
                problems.Add(At.Member(At.Index(cohorts, i), "participants"), ProgramErrors.CohortParticipantsOutsideProgram, $"A cohort of {size} lies outside the program's {range}.");
            }
        }

        ParticipantsPerCohort?.Validate(problems, At.Member(path, "participantsPerCohort"), lowest: 1);
        Project?.Validate(problems, At.Member(path, "project"));
    }

    private protected override bool SameAs(ProgramFormat other) =>
        other is LearningProgramFormat o && Equality.Lists(Cohorts, o.Cohorts) && ParticipantsPerCohort == o.ParticipantsPerCohort
        && Equals(Project, o.Project);
}

/// <summary>
/// A standing peer forum (פורום עמיתים): its members meet as long as they serve, without cohorts. Its meetings,
/// roaming and eligibility are on the program.
/// </summary>
public sealed class PeerForumFormat : ProgramFormat
{
    [JsonConstructor]
    internal PeerForumFormat()
    {
    }

    /// <summary>The format of every peer forum.</summary>
    public static PeerForumFormat Instance { get; } = new();

    /// <inheritdoc/>
    [JsonIgnore]
    public override ProgramKind Kind => ProgramKind.PeerForum;

    internal override void Validate(Problems problems, string path)
    {
    }

    private protected override bool SameAs(ProgramFormat other) => true;
}

/// <summary>
/// A national forum made of regional forums (the District Managers Forum): exactly the five regions, each with a forum
/// meeting series of its own (group = the region's id).
/// </summary>
public sealed class RegionalForumFormat : ProgramFormat
{
    [JsonConstructor]
    internal RegionalForumFormat(IReadOnlyList<Region> regions) => Regions = ReadOnly.Copy(regions);

    /// <inheritdoc/>
    [JsonIgnore]
    public override ProgramKind Kind => ProgramKind.RegionalForum;

    /// <summary>The regional forums: the five regions, each once, in declaration order.</summary>
    public IReadOnlyList<Region> Regions { get; }

    /// <summary>Creates the format of a regional forum.</summary>
    /// <returns>The format, or <see cref="ProgramErrors.RegionalForumRegions"/> unless the regions are exactly the five.</returns>
    public static Result<RegionalForumFormat> Create(IEnumerable<Region> regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        var format = new RegionalForumFormat([.. regions]);
        return Problems.Check(format, format.Validate);
    }

    internal override void Validate(Problems problems, string path)
    {
        if (!Regions.SequenceEqual(Ids.All<Region>()))
        {
            problems.Add(At.Member(path, "regions"), ProgramErrors.RegionalForumRegions, $"A regional forum has exactly the five regions, in order: {string.Join(", ", Ids.All<Region>().Select(r => r.ToId()))}.");
        }
    }

    private protected override bool SameAs(ProgramFormat other) => other is RegionalForumFormat o && Equality.Lists(Regions, o.Regions);
}

/// <summary>A cross-sector process run through task forces (Negev Circles, the Deputy Directors-General program).</summary>
public sealed class CrossSectorProcessFormat : ProgramFormat
{
    [JsonConstructor]
    internal CrossSectorProcessFormat(TaskForcePlan taskForces) => TaskForces = taskForces;

    /// <inheritdoc/>
    [JsonIgnore]
    public override ProgramKind Kind => ProgramKind.CrossSectorProcess;

    /// <summary>The process's task forces.</summary>
    public TaskForcePlan TaskForces { get; }

    /// <summary>Creates the format of a cross-sector process.</summary>
    /// <returns>The format, or every problem of the task-force plan.</returns>
    public static Result<CrossSectorProcessFormat> Create(TaskForcePlan taskForces)
    {
        var format = new CrossSectorProcessFormat(taskForces);
        return Problems.Check(format, format.Validate);
    }

    internal override void Validate(Problems problems, string path)
    {
        var taskForces = At.Member(path, "taskForces");
        if (problems.Required(TaskForces, taskForces))
        {
            TaskForces.Validate(problems, taskForces);
        }
    }

    private protected override bool SameAs(ProgramFormat other) => other is CrossSectorProcessFormat o && Equals(TaskForces, o.TaskForces);
}

/// <summary>A network or coalition (the Coalition of Infrastructure Organizations, the Mayors Forum's platform).</summary>
public sealed class NetworkFormat : ProgramFormat
{
    [JsonConstructor]
    internal NetworkFormat(BilingualText members, Quantity? memberCount = null)
    {
        Members = members;
        MemberCount = memberCount;
    }

    /// <inheritdoc/>
    [JsonIgnore]
    public override ProgramKind Kind => ProgramKind.Network;

    /// <summary>Who the members are.</summary>
    public BilingualText Members { get; }

    /// <summary>How many members, when the source says.</summary>
    public Quantity? MemberCount { get; }

    /// <summary>Creates the format of a network.</summary>
    /// <returns>The format, or every problem.</returns>
    public static Result<NetworkFormat> Create(BilingualText members, Quantity? memberCount = null)
    {
        var format = new NetworkFormat(members, memberCount);
        return Problems.Check(format, format.Validate);
    }

    internal override void Validate(Problems problems, string path)
    {
        BilingualText.Validate(Members, problems, At.Member(path, "members"));
        MemberCount?.Validate(problems, At.Member(path, "memberCount"));
    }

    private protected override bool SameAs(ProgramFormat other) =>
        other is NetworkFormat o && Equals(Members, o.Members) && MemberCount == o.MemberCount;
}
