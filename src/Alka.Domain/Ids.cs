namespace Alka.Domain;

/// <summary>The shape of the library's stable ids: kebab-case, lower-case ASCII letters and digits in words joined by single hyphens.</summary>
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

    /// <summary>Whether <paramref name="id"/> is kebab-case, e.g. <c>rosh-chodesh-adar-ii</c>.</summary>
    public static bool IsKebabCase(string? id)
    {
        if (string.IsNullOrEmpty(id) || id[0] == '-' || id[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            var ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && id[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
