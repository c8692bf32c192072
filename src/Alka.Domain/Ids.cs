namespace Alka.Domain;

/// <summary>Shared helpers for the stable text ids of enums and of catalog entries.</summary>
internal static class Ids
{
    /// <summary>Finds the value of <paramref name="all"/> whose id is <paramref name="id"/> (ordinal).</summary>
    public static bool TryParse<T>(IReadOnlyList<T> all, Func<T, string> toId, string? id, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in all)
        {
            if (string.Equals(toId(candidate), id, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>
    /// Whether <paramref name="id"/> is a kebab-case id: lowercase ASCII letters and digits in words joined by single
    /// hyphens, starting with a letter, at most 64 characters (<c>district-managers-forum</c>, <c>north</c>). A local
    /// authority's id is its CBS code instead (<see cref="Geography.LocalAuthorities.IsWellFormedCode"/>).
    /// </summary>
    public static bool IsKebabCase(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 64 || id[^1] == '-' || !char.IsAsciiLetterLower(id[0]))
        {
            return false;
        }

        for (var i = 1; i < id.Length; i++)
        {
            var c = id[i];
            var ok = char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || (c == '-' && id[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
