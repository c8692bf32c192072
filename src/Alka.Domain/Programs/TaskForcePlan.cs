using System.Text.Json.Serialization;
using Alka.Domain.Governance;
using Alka.Domain.Sources;
using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Programs;

/// <summary>
/// The task forces of a cross-sector process, as far as a source states them: "7 task forces were formed, each on a
/// different topic (such as compensation, training and career paths)"; "task forces with representatives of these
/// groups tackle specific issues, with learning programs developed for them where needed".
/// </summary>
/// <remarks>
/// Immutable; equality compares every member. Sources name some topics only, so the topics known are listed beside
/// the count rather than as one <see cref="GoverningBody"/> per task force.
/// </remarks>
public sealed class TaskForcePlan : IEquatable<TaskForcePlan>
{
    [JsonConstructor]
    internal TaskForcePlan(
        SourceDocument source,
        Quantity? count = null,
        IReadOnlyList<BilingualText>? knownTopics = null,
        IReadOnlyList<BodyMember>? members = null,
        bool learningPrograms = false)
    {
        Source = source;
        Count = count;
        KnownTopics = ReadOnly.Copy(knownTopics);
        Members = ReadOnly.Copy(members);
        LearningPrograms = learningPrograms;
    }

    /// <summary>The source document that states the task forces.</summary>
    public SourceDocument Source { get; }

    /// <summary>How many task forces, when the source says; each works on one topic.</summary>
    public Quantity? Count { get; }

    /// <summary>The topics the source names; no more than <see cref="Count"/>.</summary>
    public IReadOnlyList<BilingualText> KnownTopics { get; }

    /// <summary>Who sits on the task forces.</summary>
    public IReadOnlyList<BodyMember> Members { get; }

    /// <summary>Whether learning programs are developed for the task forces where needed.</summary>
    public bool LearningPrograms { get; }

    /// <summary>Creates a task-force plan; see the members for each argument.</summary>
    /// <returns>The plan, or every problem (<see cref="ProgramErrors.TaskForceTopicsExceedCount"/>, invalid members).</returns>
    public static Result<TaskForcePlan> Create(
        SourceDocument source,
        Quantity? count = null,
        IEnumerable<BilingualText>? knownTopics = null,
        IEnumerable<BodyMember>? members = null,
        bool learningPrograms = false)
    {
        var plan = new TaskForcePlan(source, count, knownTopics?.ToList(), members?.ToList(), learningPrograms);
        return Problems.Check(plan, plan.Validate);
    }

    /// <inheritdoc/>
    public bool Equals(TaskForcePlan? other) =>
        other is not null && Source == other.Source && Count == other.Count && Equality.Lists(KnownTopics, other.KnownTopics)
        && Equality.Lists(Members, other.Members) && LearningPrograms == other.LearningPrograms;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as TaskForcePlan);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Source, Count, Equality.Hash(KnownTopics), LearningPrograms);

    internal void Validate(Problems problems, string path)
    {
        problems.Defined(Source, At.Member(path, "source"));
        Count?.Validate(problems, At.Member(path, "count"));
        if (Count is { Qualifier: QuantityQualifier.Exactly } count && KnownTopics.Count > count.Value)
        {
            problems.Add(At.Member(path, "knownTopics"), ProgramErrors.TaskForceTopicsExceedCount, $"{KnownTopics.Count} topics for {count.Value} task forces.");
        }

        problems.Each(KnownTopics, At.Member(path, "knownTopics"), (t, p, at) => BilingualText.Validate(t, p, at));
        problems.Items(Members, At.Member(path, "members"), (m, p, at) => m.Validate(p, at));
    }
}
