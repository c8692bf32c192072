using System.Text.Json.Serialization;
using Alka.Domain.Geography;
using Alka.Domain.Validation;
using Ardalis.Result;
using NodaTime;

namespace Alka.Domain.Scheduling;

/// <summary>
/// A place that hosts meetings of a roaming series: a member council (by its CBS code, <c>0472</c>), a ministry's
/// district office (<c>interior-north</c>), a venue — with the group whose meetings it hosts, its names, the local
/// authority where it sits and the dates it cannot host.
/// </summary>
/// <remarks>
/// <para>
/// A host belongs to a <see cref="MeetingGroup"/>: a region's hosts host that region's forum; a host of any group may
/// host a meeting of <see cref="MeetingGroup.All"/> (rule <c>host-group</c>). A local election held in the host's
/// <see cref="Authority"/> is a day off there (rule <c>blocked-day</c>), and a date of <see cref="Unavailable"/> is one
/// it never hosts on (rule <c>host-unavailable</c>).
/// </para>
/// <para>Immutable and thread-safe; equality compares every member.</para>
/// </remarks>
public sealed class Host : IEquatable<Host>
{
    [JsonConstructor]
    internal Host(string id, MeetingGroup group, BilingualText name, string? authority = null, IReadOnlyList<LocalDate>? unavailable = null)
    {
        Id = id;
        Group = group;
        Name = name;
        Authority = authority;
        Unavailable = ReadOnly.Copy(unavailable);
    }

    /// <summary>The host's id: kebab-case (<c>interior-north</c>) or a council's CBS code (<c>0472</c>).</summary>
    public string Id { get; }

    /// <summary>The group whose meetings the host hosts: a region, or <see cref="MeetingGroup.All"/>.</summary>
    public MeetingGroup Group { get; }

    /// <summary>The host's name.</summary>
    public BilingualText Name { get; }

    /// <summary>
    /// The CBS code of the local authority where the host sits (<see cref="LocalAuthority.Code"/>, leading zeros kept:
    /// <c>0031</c>), or <see langword="null"/> when not known. A host whose id is a CBS code sits in that authority unless
    /// another is given.
    /// </summary>
    public string? Authority { get; }

    /// <summary>The dates on which the host cannot host, ascending and distinct.</summary>
    public IReadOnlyList<LocalDate> Unavailable { get; }

    /// <summary>Creates a host; see the members for each argument.</summary>
    /// <returns>
    /// The host, or every problem: an id neither kebab-case nor a CBS code (<see cref="CommonErrors.InvalidId"/>), a
    /// missing name, an authority that is not a local authority's CBS code (<see cref="GeographyErrors.InvalidAuthority"/>,
    /// <see cref="GeographyErrors.UnknownAuthority"/>), a repeated date (<see cref="CommonErrors.Duplicate"/>).
    /// </returns>
    public static Result<Host> Create(string id, MeetingGroup group, BilingualText name, string? authority = null, IEnumerable<LocalDate>? unavailable = null)
    {
        var host = new Host(id, group, name, authority ?? (LocalAuthorities.IsWellFormedCode(id) ? id : null), unavailable?.Order().ToList());
        return Problems.Check(host, (p, at) => host.Validate(p, at, council: false));
    }

    /// <summary>Whether the host may host a meeting of <paramref name="group"/>: its own group, or any host for <see cref="MeetingGroup.All"/>.</summary>
    public bool Serves(MeetingGroup group) => group == MeetingGroup.All || group == Group;

    /// <summary>Whether <paramref name="date"/> is one of <see cref="Unavailable"/>.</summary>
    public bool IsUnavailableOn(LocalDate date)
    {
        var dates = Unavailable;
        int low = 0, high = dates.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var order = dates[middle].CompareTo(date);
            if (order == 0)
            {
                return true;
            }

            (low, high) = order < 0 ? (middle + 1, high) : (low, middle - 1);
        }

        return false;
    }

    /// <inheritdoc/>
    public bool Equals(Host? other) =>
        other is not null && Id == other.Id && Group == other.Group && Equals(Name, other.Name) && Authority == other.Authority
        && Equality.Lists(Unavailable, other.Unavailable);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Host);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Group, Name, Authority);

    /// <summary>Returns the id and the English name, e.g. <c>interior-north (Ministry of the Interior, North District)</c>.</summary>
    public override string ToString() => $"{Id} ({Name?.English})";

    /// <summary>Whether <paramref name="id"/> may name a host: a kebab-case id or a CBS code.</summary>
    internal static bool IsHostId(string? id) => Ids.IsKebabCase(id) || LocalAuthorities.IsWellFormedCode(id);

    // A council (of a pool of councils) is named by the CBS code of its authority.
    internal void Validate(Problems problems, string path, bool council)
    {
        var id = At.Member(path, "id");
        if (council)
        {
            LocalAuthorities.Check(Id, problems, id);
        }
        else if (problems.Required(Id, id) && !IsHostId(Id))
        {
            problems.Add(id, CommonErrors.InvalidId, $"'{Id}' is neither a kebab-case id nor a CBS code.");
        }

        BilingualText.Validate(Name, problems, At.Member(path, "name"));
        if (Authority is not null)
        {
            LocalAuthorities.Check(Authority, problems, At.Member(path, "authority"));
        }

        for (var i = 1; i < Unavailable.Count; i++)
        {
            if (Unavailable[i] <= Unavailable[i - 1])
            {
                problems.Add(
                    At.Index(At.Member(path, "unavailable"), i),
                    CommonErrors.Duplicate,
                    Unavailable[i] == Unavailable[i - 1] ? $"{Unavailable[i]:uuuu-MM-dd} appears more than once." : "The dates are not in ascending order.");
            }
        }
    }
}
