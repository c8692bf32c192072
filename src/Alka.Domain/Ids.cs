using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json.Serialization;
using static System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes;

namespace Alka.Domain;

/// <summary>
/// The stable text ids of the library's enums, as JSON, files and the command line write them: <c>cohort-meeting</c>
/// for <see cref="Scheduling.MeetingKind.CohortMeeting"/>, <c>tel-aviv-center</c> for
/// <see cref="Geography.Region.TelAvivCenter"/>. Each member's id is written once, on the member, as its
/// <see cref="JsonStringEnumMemberNameAttribute"/>; every id of the library is listed in <c>docs/ids.md</c>.
/// </summary>
/// <remarks>
/// <para>
/// Ids are kebab-case, unique within their enum, matched ordinally (case-sensitive) and public API: never renamed once
/// released. A member without the attribute has no id (the <c>None</c> of a <see cref="FlagsAttribute">flags</see>
/// enum, the members of an enum that has no ids).
/// </para>
/// <para>
/// Each enum's table is built once, on first use; afterwards <see cref="ToId{T}"/> and <see cref="IsDefined{T}"/>
/// read an array indexed by the value, <see cref="TryParse{T}"/> a dictionary, and nothing allocates. Thread-safe;
/// trimming- and AOT-safe (the type parameters keep the enum's public fields).
/// </para>
/// </remarks>
/// <example>
/// <code>
/// MeetingKind.CohortMeeting.ToId();                        // "cohort-meeting"
/// Ids.TryParse("study-tour", out MeetingKind kind);       // true, MeetingKind.StudyTour
/// Ids.All&lt;Region&gt;();                                     // North, Haifa, TelAvivCenter, Jerusalem, South
/// (ObservanceCategories.RestDay | ObservanceCategories.National).ToIds("|"); // "national|rest-day"
/// </code>
/// </example>
public static class Ids
{
    /// <summary>The id of <paramref name="value"/>, e.g. <c>cohort-meeting</c>; no allocation.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a member of <typeparamref name="T"/> with an id.</exception>
    public static string ToId<[DynamicallyAccessedMembers(PublicFields)] T>(this T value)
        where T : struct, Enum
    {
        var table = IdTable<T>.Instance;
        var index = table.IndexOf(value);
        return index >= 0 ? table.Ids[index] : throw IdTable<T>.NoId(value, nameof(value));
    }

    /// <summary>Finds the member whose id is <paramref name="id"/> (ordinal, case-sensitive).</summary>
    /// <returns><see langword="true"/> when <paramref name="id"/> is an id of <typeparamref name="T"/>; otherwise <paramref name="value"/> is <c>default</c>.</returns>
    public static bool TryParse<[DynamicallyAccessedMembers(PublicFields)] T>(string? id, out T value)
        where T : struct, Enum
    {
        var table = IdTable<T>.Instance;
        if (id is not null && table.ById.TryGetValue(id, out var index))
        {
            value = table.Values[index];
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Every member of <typeparamref name="T"/> that has an id, in declaration order (for a flags enum, every single flag).</summary>
    /// <returns>The same read-only list on every call.</returns>
    public static IReadOnlyList<T> All<[DynamicallyAccessedMembers(PublicFields)] T>()
        where T : struct, Enum => IdTable<T>.Instance.All;

    /// <summary>Whether <paramref name="value"/> is a member of <typeparamref name="T"/> with an id (for a flags enum, one single flag).</summary>
    public static bool IsDefined<[DynamicallyAccessedMembers(PublicFields)] T>(T value)
        where T : struct, Enum => IdTable<T>.Instance.IndexOf(value) >= 0;

    /// <summary>
    /// The ids of the flags set in <paramref name="flags"/>, in declaration order, joined by <paramref name="separator"/>:
    /// <c>national|rest-day</c>; <c>""</c> for none.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="separator"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is not a <see cref="FlagsAttribute">flags</see> enum.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="flags"/> sets a bit that no flag with an id has.</exception>
    public static string ToIds<[DynamicallyAccessedMembers(PublicFields)] T>(this T flags, string separator)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(separator);
        var table = IdTable<T>.Instance;
        var bits = table.FlagBits(flags, nameof(flags));
        if (bits == 0)
        {
            return "";
        }

        var text = new StringBuilder();
        for (var i = 0; i < table.Keys.Length; i++)
        {
            if (table.IsSet(bits, i))
            {
                text.Append(text.Length == 0 ? "" : separator).Append(table.Ids[i]);
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Whether <paramref name="id"/> is a kebab-case id: lowercase ASCII letters and digits in words joined by single
    /// hyphens, starting with a letter, at most 64 characters (<c>district-managers-forum</c>, <c>north</c>). A local
    /// authority's id is its CBS code instead (<see cref="Geography.LocalAuthorities.IsWellFormedCode"/>).
    /// </summary>
    internal static bool IsKebabCase(string? id)
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
