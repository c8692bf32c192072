using System.Diagnostics.CodeAnalysis;
using Alka.Domain.Validation;

namespace Alka.Domain.Selection;

/// <summary>Checks shared by the selection rules.</summary>
internal static class Validate
{
    /// <summary>Records a problem when <paramref name="items"/> is empty, holds an undefined value or repeats one.</summary>
    public static void NonEmptyDistinct<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T>(IReadOnlyList<T> items, Problems problems, string path)
        where T : struct, Enum
    {
        if (items.Count == 0)
        {
            problems.Add(path, SelectionErrors.EmptyRule, "The rule lists at least one value.");
        }

        problems.Each(items, path, (item, p, at) => p.Defined(item, at));
        problems.Distinct(items, path);
    }
}
