namespace Alka.Domain;

/// <summary>The shape of the library's stable ids: kebab-case, lower-case ASCII letters and digits in words joined by single hyphens.</summary>
internal static class Ids
{
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
