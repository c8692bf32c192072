using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Alka.Domain.Geography;
using Alka.Domain.Serialization;

namespace Alka.Domain.Scheduling;

/// <summary>
/// Who meets in a meeting series: all the participants (<c>all</c>), the national meetings of a regional forum
/// (<c>national</c>), or one region's forum (<c>north</c>, <c>haifa</c>, <c>tel-aviv-center</c>, <c>jerusalem</c>,
/// <c>south</c>). The id is the <c>group</c> column of <c>alka plan</c>.
/// </summary>
/// <remarks>
/// A small immutable value; equality compares the id. <c>default</c> is <see cref="All"/>. In JSON it is its id.
/// </remarks>
[JsonConverter(typeof(MeetingGroupJsonConverter))]
public readonly struct MeetingGroup : IEquatable<MeetingGroup>
{
    private const string AllId = "all";
    private const string NationalId = "national";

    // 0 = all, −1 = national, otherwise the region.
    private readonly int _value;

    private MeetingGroup(int value) => _value = value;

    /// <summary>Every participant of the program. Id <c>all</c>.</summary>
    public static MeetingGroup All => default;

    /// <summary>The national meetings of all the regional forums together. Id <c>national</c>.</summary>
    public static MeetingGroup National { get; } = new(-1);

    /// <summary>The region's forum, when this group is one; otherwise <see langword="null"/>.</summary>
    public Region? Region => _value > 0 ? (Region)_value : null;

    /// <summary>The group's id: <c>all</c>, <c>national</c> or the region's id.</summary>
    public string Id => _value switch
    {
        0 => AllId,
        < 0 => NationalId,
        _ => ((Region)_value).ToId(),
    };

    /// <summary>The forum of <paramref name="region"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="region"/> is not a defined region.</exception>
    public static MeetingGroup Of(Region region) =>
        Ids.All<Region>().Contains(region)
            ? new MeetingGroup((int)region)
            : throw new ArgumentOutOfRangeException(nameof(region), region, "Not a region.");

    /// <summary>Finds the group whose id is <paramref name="id"/> (ordinal, case-sensitive).</summary>
    /// <returns><see langword="true"/> when <paramref name="id"/> names a group.</returns>
    public static bool TryParse([NotNullWhen(true)] string? id, out MeetingGroup group)
    {
        group = id switch
        {
            AllId => All,
            NationalId => National,
            _ when Ids.TryParse<Region>(id, out var region) => Of(region),
            _ => default,
        };
        return id is AllId or NationalId || group._value > 0;
    }

    /// <inheritdoc/>
    public bool Equals(MeetingGroup other) => _value == other._value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is MeetingGroup other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value;

    /// <summary>Returns the id.</summary>
    public override string ToString() => Id;

    /// <summary>Whether both groups are the same.</summary>
    public static bool operator ==(MeetingGroup left, MeetingGroup right) => left.Equals(right);

    /// <summary>Whether the groups differ.</summary>
    public static bool operator !=(MeetingGroup left, MeetingGroup right) => !left.Equals(right);
}
