using System.Text.Json.Serialization;
using Alka.Domain.Calendar;
using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Scheduling;

/// <summary>
/// When and where a program meets: its meeting series (the governing bodies' meetings follow the bodies' cadences),
/// the communities its participants come from, and the days it meets on — everything a planner needs from the
/// program itself.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; equality compares every member (lists in order). <see cref="None"/> is the schedule of a
/// program whose sources state no meetings.
/// </remarks>
public sealed class ProgramSchedule : IEquatable<ProgramSchedule>
{
    [JsonConstructor]
    internal ProgramSchedule(IReadOnlyList<MeetingSeries>? meetings = null, CommunityMix? communities = null, DayPolicy? dayPolicy = null)
    {
        Meetings = ReadOnly.Copy(meetings);
        Communities = communities;
        DayPolicy = dayPolicy;
    }

    /// <summary>The schedule with no meetings, no stated communities and the default day policy.</summary>
    public static ProgramSchedule None { get; } = new();

    /// <summary>The program's meeting series, ids unique.</summary>
    public IReadOnlyList<MeetingSeries> Meetings { get; }

    /// <summary>
    /// The communities the participants come from, when the sources say (the council heads' forum mixes Jewish and Arab
    /// localities); <see langword="null"/> when they do not, and a planner is told (<c>alka plan --communities</c>).
    /// </summary>
    public CommunityMix? Communities { get; }

    /// <summary>
    /// The days the program meets on, when it differs from the institute's default; <see langword="null"/> for
    /// <see cref="Scheduling.DayPolicy.GovernmentForum"/>.
    /// </summary>
    public DayPolicy? DayPolicy { get; }

    /// <summary>Creates a schedule; see the members for each argument.</summary>
    /// <returns>The schedule, or every problem: invalid or repeated series, an empty community mix.</returns>
    public static Result<ProgramSchedule> Create(IEnumerable<MeetingSeries>? meetings = null, CommunityMix? communities = null, DayPolicy? dayPolicy = null)
    {
        var schedule = new ProgramSchedule(meetings?.ToList(), communities, dayPolicy);
        return Problems.Check(schedule, schedule.Validate);
    }

    /// <summary>The meeting series with id <paramref name="id"/>, or <see langword="null"/>.</summary>
    public MeetingSeries? FindMeetings(string id) => Meetings.FirstOrDefault(m => m?.Id == id);

    /// <inheritdoc/>
    public bool Equals(ProgramSchedule? other) =>
        other is not null && Equality.Lists(Meetings, other.Meetings) && Communities == other.Communities && Equals(DayPolicy, other.DayPolicy);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ProgramSchedule);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Equality.Hash(Meetings), Communities, DayPolicy);

    internal void Validate(Problems problems, string path)
    {
        problems.Entries(Meetings, At.Member(path, "meetings"), m => m.Id, (m, p, at) => m.Validate(p, at));
        if (Communities is { IsEmpty: true })
        {
            problems.Add(At.Member(path, "communities"), CommonErrors.Required, "Name at least one community, or none at all.");
        }
    }
}
