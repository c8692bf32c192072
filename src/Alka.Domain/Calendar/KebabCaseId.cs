namespace Alka.Domain.Calendar;

/// <summary>The id format of the calendar's data: kebab-case, <c>a-z</c> and <c>0-9</c> with single hyphens between.</summary>
internal static class KebabCaseId
{
    public static bool IsValid(string? id)
    {
        if (string.IsNullOrEmpty(id) || id[0] == '-' || id[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            var allowed = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && id[i - 1] != '-');
            if (!allowed)
            {
                return false;
            }
        }

        return true;
    }
}
