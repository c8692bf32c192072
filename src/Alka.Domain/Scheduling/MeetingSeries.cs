using System.Text.Json.Serialization;
using Alka.Domain.Sources;
using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Scheduling;

/// <summary>
/// A recurring kind of meeting of a program: a regional forum every five weeks, the national meetings twice a year,
/// a study tour once per term, the cohort meetings of a learning program. Governing bodies carry their own cadence.
/// </summary>
/// <remarks>
/// Immutable; equality compares every member. The later planning engine turns a series into dated meetings: its
/// <see cref="Kind"/> and <see cref="Group"/> are the <c>kind</c> and <c>group</c> columns of <c>alka plan</c>.
/// </remarks>
public sealed class MeetingSeries : IEquatable<MeetingSeries>
{
    [JsonConstructor]
    internal MeetingSeries(
        string id,
        MeetingKind kind,
        MeetingGroup group,
        BilingualText name,
        SourceDocument source,
        Cadence? cadence = null,
        MeetingLength? length = null,
        VenueKind? venue = null,
        RoamingPolicy? roaming = null,
        IReadOnlyList<MeetingActivity>? activities = null)
    {
        Id = id;
        Kind = kind;
        Group = group;
        Name = name;
        Source = source;
        Cadence = cadence;
        Length = length;
        Venue = venue;
        Roaming = roaming;
        Activities = ReadOnly.Copy(activities);
    }

    /// <summary>The series' id, unique in its program (e.g. <c>north</c>, <c>national</c>, <c>study-tour</c>).</summary>
    public string Id { get; }

    /// <summary>What kind of meeting this is.</summary>
    public MeetingKind Kind { get; }

    /// <summary>Who meets: a region's forum, the national meetings, or all the participants.</summary>
    public MeetingGroup Group { get; }

    /// <summary>The series' name.</summary>
    public BilingualText Name { get; }

    /// <summary>The source document that states the series.</summary>
    public SourceDocument Source { get; }

    /// <summary>How often it meets; <see langword="null"/> when the source gives no rhythm (a planner must be told one).</summary>
    public Cadence? Cadence { get; }

    /// <summary>How long a meeting lasts; <see langword="null"/> when the source does not say.</summary>
    public MeetingLength? Length { get; }

    /// <summary>Where meetings are held; <see langword="null"/> when the source does not say.</summary>
    public VenueKind? Venue { get; }

    /// <summary>The roaming policy when the venue is a host (a council, a ministry office); otherwise <see langword="null"/>.</summary>
    public RoamingPolicy? Roaming { get; }

    /// <summary>What happens in a meeting, in the source's order.</summary>
    public IReadOnlyList<MeetingActivity> Activities { get; }

    /// <summary>Creates a series; see the members for each argument.</summary>
    /// <returns>
    /// The series, or every problem: a bad id, an invalid cadence, a host venue without roaming
    /// (<see cref="SchedulingErrors.HostVenueWithoutRoaming"/>), a roaming policy without a host pool
    /// (<see cref="SchedulingErrors.RoamingWithoutHostPool"/>) or whose hosts are not of the venue's kind
    /// (<see cref="SchedulingErrors.HostPoolKind"/>).
    /// </returns>
    public static Result<MeetingSeries> Create(
        string id,
        MeetingKind kind,
        MeetingGroup group,
        BilingualText name,
        SourceDocument source,
        Cadence? cadence = null,
        MeetingLength? length = null,
        VenueKind? venue = null,
        RoamingPolicy? roaming = null,
        IEnumerable<MeetingActivity>? activities = null)
    {
        var series = new MeetingSeries(id, kind, group, name, source, cadence, length, venue, roaming, activities?.ToList());
        return Problems.Check(series, series.Validate);
    }

    /// <inheritdoc/>
    public bool Equals(MeetingSeries? other) =>
        other is not null && Id == other.Id && Kind == other.Kind && Group == other.Group && Equals(Name, other.Name)
        && Source == other.Source && Cadence == other.Cadence && Length == other.Length && Venue == other.Venue
        && Equals(Roaming, other.Roaming) && Equality.Lists(Activities, other.Activities);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as MeetingSeries);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Kind, Group, Cadence, Venue);

    /// <summary>Returns the id, the kind and the cadence, e.g. <c>north (forum, every 5 weeks)</c>.</summary>
    public override string ToString() => $"{Id} ({Kind.ToId()}, {Cadence?.ToString() ?? "no stated cadence"})";

    internal void Validate(Problems problems, string path)
    {
        problems.Id(Id, At.Member(path, "id"));
        problems.Defined(Kind, At.Member(path, "kind"));
        BilingualText.Validate(Name, problems, At.Member(path, "name"));
        problems.Defined(Source, At.Member(path, "source"));
        Cadence?.Validate(problems, At.Member(path, "cadence"));
        problems.Defined(Length, At.Member(path, "length"));
        problems.Defined(Venue, At.Member(path, "venue"));
        var hostVenue = Venue is VenueKind.HostCouncil or VenueKind.HostMinistryOffice;
        if (hostVenue && Roaming is null)
        {
            problems.Add(At.Member(path, "roaming"), SchedulingErrors.HostVenueWithoutRoaming, "Meetings at a host rotate between hosts: the series needs a roaming policy.");
        }

        if (Roaming is not null)
        {
            Roaming.Validate(problems, At.Member(path, "roaming"));
            if (Roaming.HostPool is { } pool && pool.HostKind != Venue)
            {
                problems.Add(At.Member(path, "roaming.hostPool.hostKind"), SchedulingErrors.HostPoolKind, $"The hosts ({pool.HostKind.ToId()}) must be of the series' venue ({Venue?.ToId() ?? "none"}).");
            }
        }

        problems.Each(Activities, At.Member(path, "activities"), (a, p, at) => p.Defined(a, at));
        problems.Distinct(Activities, At.Member(path, "activities"));
    }
}
