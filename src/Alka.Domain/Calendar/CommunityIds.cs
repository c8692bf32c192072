namespace Alka.Domain.Calendar;

/// <summary>The stable text ids of <see cref="Community"/> values, as used in files and on the command line.</summary>
public static class CommunityIds
{
    /// <summary>Every community, in declaration order.</summary>
    public static IReadOnlyList<Community> All { get; } =
        [Community.Jewish, Community.Muslim, Community.ChristianWestern, Community.ChristianOrthodox, Community.Druze];

    /// <summary>Returns the id of <paramref name="community"/>, e.g. <c>christian-orthodox</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="community"/> is not a defined value.</exception>
    public static string ToId(this Community community) => community switch
    {
        Community.Jewish => "jewish",
        Community.Muslim => "muslim",
        Community.ChristianWestern => "christian-western",
        Community.ChristianOrthodox => "christian-orthodox",
        Community.Druze => "druze",
        _ => throw new ArgumentOutOfRangeException(nameof(community), community, "Not a community."),
    };

    /// <summary>Finds the community whose id is <paramref name="id"/> (ordinal, case-sensitive).</summary>
    /// <returns><see langword="true"/> when <paramref name="id"/> names a community.</returns>
    public static bool TryParse(string? id, out Community community)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.ToId(), id, StringComparison.Ordinal))
            {
                community = candidate;
                return true;
            }
        }

        community = default;
        return false;
    }
}
