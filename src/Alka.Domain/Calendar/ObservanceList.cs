using System.Collections;

namespace Alka.Domain.Calendar;

/// <summary>The observances of one day, ordered by id (ordinal): a view of the calendar's immutable table, allocation-free.</summary>
/// <remarks>The default value is the empty list. Thread-safe.</remarks>
public readonly struct ObservanceList : IReadOnlyList<Observance>
{
    private readonly Observance[]? _items;
    private readonly int _start;

    internal ObservanceList(Observance[] items, int start, int count)
    {
        _items = items;
        _start = start;
        Count = count;
    }

    /// <summary>How many observances fall on the day.</summary>
    public int Count { get; }

    /// <summary>The observance at <paramref name="index"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside 0 … <see cref="Count"/> − 1.</exception>
    public Observance this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            return _items![_start + index];
        }
    }

    /// <summary>The observances as a span.</summary>
    public ReadOnlySpan<Observance> AsSpan() => _items is null ? default : _items.AsSpan(_start, Count);

    /// <summary>Returns an enumerator that does not allocate.</summary>
    public ReadOnlySpan<Observance>.Enumerator GetEnumerator() => AsSpan().GetEnumerator();

    /// <inheritdoc/>
    IEnumerator<Observance> IEnumerable<Observance>.GetEnumerator() =>
        (_items ?? []).Skip(_start).Take(Count).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<Observance>)this).GetEnumerator();
}
