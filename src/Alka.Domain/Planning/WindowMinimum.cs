namespace Alka.Domain.Planning;

/// <summary>
/// The least of <c>values[i]</c> over a window of indices that slides towards lower indices — each index entering once,
/// lower than every index before it, and leaving from the top — with the lowest index among equal values: a monotone
/// deque, O(1) amortized per index.
/// </summary>
internal sealed class WindowMinimum(int capacity)
{
    private readonly int[] _indices = new int[Math.Max(capacity, 1)];
    private int _head;
    private int _size;

    /// <summary>The index of the least value in the window, or −1 when it is empty.</summary>
    public int Best => _size == 0 ? -1 : _indices[(_head + _size - 1) % _indices.Length];

    /// <summary>Empties the window.</summary>
    public void Clear() => _size = 0;

    /// <summary>
    /// Adds <paramref name="index"/> (lower than every index added before) unless its value is <see cref="Cost.Infinite"/>;
    /// the indices above whose values are no less can never be the least again, and leave.
    /// </summary>
    public void Enter(int index, long[] values)
    {
        var value = values[index];
        if (value == Cost.Infinite)
        {
            return;
        }

        while (_size > 0 && values[_indices[_head]] >= value)
        {
            _head = (_head + 1) % _indices.Length;
            _size--;
        }

        _head = (_head - 1 + _indices.Length) % _indices.Length;
        _indices[_head] = index;
        _size++;
    }

    /// <summary>Removes every index above <paramref name="top"/>.</summary>
    public void Leave(int top)
    {
        while (_size > 0 && _indices[(_head + _size - 1) % _indices.Length] > top)
        {
            _size--;
        }
    }
}
