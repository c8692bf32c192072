using System.Text.Json.Serialization;
using Alka.Domain.Governance;
using Alka.Domain.Organizations;
using Alka.Domain.Sources;
using Alka.Domain.Validation;
using Ardalis.Result;
using NodaTime;

namespace Alka.Domain.Programs;

/// <summary>
/// A cohort (מחזור) of a learning program: its number, its dates, its size, its coordinator (every cohort has one),
/// the partners that ran it when they differ from the program's, and its projects.
/// </summary>
/// <remarks>Immutable; equality compares every member.</remarks>
public sealed class Cohort : IEquatable<Cohort>
{
    [JsonConstructor]
    internal Cohort(
        int number,
        BodyMember coordinator,
        SourceDocument source,
        LocalDate? startDate = null,
        LocalDate? endDate = null,
        CountRange? participants = null,
        IReadOnlyList<ProgramPartner>? partners = null,
        IReadOnlyList<CohortProject>? projects = null)
    {
        Number = number;
        Coordinator = coordinator;
        Source = source;
        StartDate = startDate;
        EndDate = endDate;
        Participants = participants;
        Partners = ReadOnly.Copy(partners);
        Projects = ReadOnly.Copy(projects);
    }

    /// <summary>The cohort's number: 1 for the first cohort (מחזור א׳), and so on.</summary>
    public int Number { get; }

    /// <summary>The cohort's coordinator (רכזת): staff in the <see cref="StaffRole.Coordinator"/> role.</summary>
    public BodyMember Coordinator { get; }

    /// <summary>The source document that states the cohort.</summary>
    public SourceDocument Source { get; }

    /// <summary>The first day of the cohort, when known.</summary>
    public LocalDate? StartDate { get; }

    /// <summary>The last day of the cohort, when known; not before <see cref="StartDate"/>.</summary>
    public LocalDate? EndDate { get; }

    /// <summary>How many participants, when known; inside the program's range.</summary>
    public CountRange? Participants { get; }

    /// <summary>The partners that ran this cohort, when they differ from the program's (the first Digital Leaders cohort).</summary>
    public IReadOnlyList<ProgramPartner> Partners { get; }

    /// <summary>The projects the cohort's participants advanced.</summary>
    public IReadOnlyList<CohortProject> Projects { get; }

    /// <summary>Creates a cohort; see the members for each argument.</summary>
    /// <returns>
    /// The cohort, or every problem: no coordinator (<see cref="ProgramErrors.CohortWithoutCoordinator"/>), a
    /// coordinator in another role (<see cref="ProgramErrors.CohortCoordinatorRole"/>), a number below 1, an end before
    /// the start (<see cref="CommonErrors.EndBeforeStart"/>).
    /// </returns>
    public static Result<Cohort> Create(
        int number,
        BodyMember coordinator,
        SourceDocument source,
        LocalDate? startDate = null,
        LocalDate? endDate = null,
        CountRange? participants = null,
        IEnumerable<ProgramPartner>? partners = null,
        IEnumerable<CohortProject>? projects = null)
    {
        var cohort = new Cohort(number, coordinator, source, startDate, endDate, participants, partners?.ToList(), projects?.ToList());
        return Problems.Check(cohort, cohort.Validate);
    }

    /// <inheritdoc/>
    public bool Equals(Cohort? other) =>
        other is not null && Number == other.Number && Equals(Coordinator, other.Coordinator) && Source == other.Source
        && StartDate == other.StartDate && EndDate == other.EndDate && Participants == other.Participants
        && Equality.Lists(Partners, other.Partners) && Equality.Lists(Projects, other.Projects);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Cohort);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Number, Coordinator, Source, StartDate, EndDate, Participants);

    /// <summary>Returns e.g. <c>cohort 1</c>.</summary>
    public override string ToString() => $"cohort {Number}";

    internal void Validate(Problems problems, string path)
    {
        if (Number < 1)
        {
            problems.Add(At.Member(path, "number"), ProgramErrors.CohortNumber, $"Cohort numbers start at 1, not {Number}.");
        }

        var coordinator = At.Member(path, "coordinator");
        if (Coordinator is null)
        {
            problems.Add(coordinator, ProgramErrors.CohortWithoutCoordinator, "Every cohort has a coordinator.");
        }
        else
        {
            Coordinator.Validate(problems, coordinator);
            if (Coordinator.StaffRole != StaffRole.Coordinator)
            {
                problems.Add(At.Member(coordinator, "staffRole"), ProgramErrors.CohortCoordinatorRole, "A cohort's coordinator is staff in the coordinator role.");
            }
        }

        problems.Defined(Source, At.Member(path, "source"));
        if (StartDate is { } start && EndDate is { } end && end < start)
        {
            problems.Add(At.Member(path, "endDate"), CommonErrors.EndBeforeStart, $"The cohort ends ({end:uuuu-MM-dd}) before it starts ({start:uuuu-MM-dd}).");
        }

        Participants?.Validate(problems, At.Member(path, "participants"), lowest: 1);
        problems.Items(Partners, At.Member(path, "partners"), (p, ps, at) => p.Validate(ps, at));
        problems.Unique(Partners, p => p?.OrganizationId, At.Member(path, "partners"), "partner");
        problems.Items(Projects, At.Member(path, "projects"), (p, ps, at) => p.Validate(ps, at));
    }
}

/// <summary>A project of a cohort's participants: a ministry project, or an inter-ministerial project of graduates.</summary>
/// <remarks>Immutable; equality compares every member.</remarks>
public sealed class CohortProject : IEquatable<CohortProject>
{
    [JsonConstructor]
    internal CohortProject(BilingualText title, ProjectScope scope)
    {
        Title = title;
        Scope = scope;
    }

    /// <summary>The project's title.</summary>
    public BilingualText Title { get; }

    /// <summary>Whose project it is.</summary>
    public ProjectScope Scope { get; }

    /// <summary>Creates a project.</summary>
    /// <returns>The project, or every problem.</returns>
    public static Result<CohortProject> Create(BilingualText title, ProjectScope scope)
    {
        var project = new CohortProject(title, scope);
        return Problems.Check(project, project.Validate);
    }

    /// <inheritdoc/>
    public bool Equals(CohortProject? other) => other is not null && Equals(Title, other.Title) && Scope == other.Scope;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CohortProject);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Title, Scope);

    internal void Validate(Problems problems, string path)
    {
        BilingualText.Validate(Title, problems, At.Member(path, "title"));
        problems.Defined(Scope, At.Member(path, "scope"));
    }
}

/// <summary>
/// What a learning program asks of its participants' projects: Merhav's participants each advance a ministry project
/// (פרויקט משרדי), and its graduates produce inter-ministerial projects.
/// </summary>
/// <remarks>Immutable; equality compares every member.</remarks>
public sealed class ProjectRequirement : IEquatable<ProjectRequirement>
{
    [JsonConstructor]
    internal ProjectRequirement(ProjectScope participantScope, SourceDocument source, ProjectScope? graduateScope = null)
    {
        ParticipantScope = participantScope;
        Source = source;
        GraduateScope = graduateScope;
    }

    /// <summary>The scope of the project each participant advances during the program.</summary>
    public ProjectScope ParticipantScope { get; }

    /// <summary>The source document that states the requirement.</summary>
    public SourceDocument Source { get; }

    /// <summary>The scope of the graduates' projects, or <see langword="null"/> when the source names none.</summary>
    public ProjectScope? GraduateScope { get; }

    /// <summary>Creates a project requirement.</summary>
    /// <returns>The requirement, or every problem.</returns>
    public static Result<ProjectRequirement> Create(ProjectScope participantScope, SourceDocument source, ProjectScope? graduateScope = null)
    {
        var requirement = new ProjectRequirement(participantScope, source, graduateScope);
        return Problems.Check(requirement, requirement.Validate);
    }

    /// <inheritdoc/>
    public bool Equals(ProjectRequirement? other) =>
        other is not null && ParticipantScope == other.ParticipantScope && Source == other.Source && GraduateScope == other.GraduateScope;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ProjectRequirement);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(ParticipantScope, Source, GraduateScope);

    internal void Validate(Problems problems, string path)
    {
        problems.Defined(ParticipantScope, At.Member(path, "participantScope"));
        problems.Defined(Source, At.Member(path, "source"));
        problems.Defined(GraduateScope, At.Member(path, "graduateScope"));
    }
}
