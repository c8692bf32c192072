using System.Collections.ObjectModel;

namespace Alka.Domain.Validation;

/// <summary>Copies inputs into read-only lists that callers cannot cast back and change.</summary>
internal static class ReadOnly
{
    /// <summary>A read-only copy of <paramref name="items"/>; empty for <see langword="null"/>.</summary>
    public static IReadOnlyList<T> Copy<T>(IEnumerable<T>? items) =>
        items is null ? ReadOnlyCollection<T>.Empty : new ReadOnlyCollection<T>([.. items]);
}
