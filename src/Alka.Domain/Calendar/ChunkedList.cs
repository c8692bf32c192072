using System.Collections;

namespace Alka.Domain.Calendar;

/// <summary>
/// A read-only list held in arrays of at most <see cref="ChunkLength"/> items: for items of up to 16 bytes each array
/// stays below the large-object heap's threshold (85,000 bytes), so a long result costs ordinary allocations, not a
/// large object that only a full collection reclaims. Immutable once filled; thread-safe.
/// </summary>
internal sealed class ChunkedList<T> : IReadOnlyList<T>
{
    /// <summary>The most items in one array: 4,096, 64 KB of 16-byte items.</summary>
    public const int ChunkLength = 1 << ChunkShift;

    private const int ChunkShift = 12;

    private readonly T[][] _chunks;

    private ChunkedList(T[][] chunks, int count)
    {
        _chunks = chunks;
        Count = count;
    }

    public int Count { get; }

    public T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            return _chunks[index >> ChunkShift][index & (ChunkLength - 1)];
        }
    }

    /// <summary>The first <paramref name="count"/> items of <paramref name="items"/>, which must hold at least that many.</summary>
    public static ChunkedList<T> Of<TEnumerator>(TEnumerator items, int count)
        where TEnumerator : IEnumerator<T>
    {
        var chunks = new T[(count + ChunkLength - 1) >> ChunkShift][];
        for (var c = 0; c < chunks.Length; c++)
        {
            var chunk = chunks[c] = new T[Math.Min(ChunkLength, count - (c << ChunkShift))];
            for (var i = 0; i < chunk.Length && items.MoveNext(); i++)
            {
                chunk[i] = items.Current;
            }
        }

        return new ChunkedList<T>(chunks, count);
    }

    public IEnumerator<T> GetEnumerator()
    {
        foreach (var chunk in _chunks)
        {
            foreach (var item in chunk)
            {
                yield return item;
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
