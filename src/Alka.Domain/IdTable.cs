using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;

namespace Alka.Domain;

/// <summary>
/// The ids of one enum's members, read once from their <see cref="JsonStringEnumMemberNameAttribute"/>s: the table
/// behind <see cref="Ids"/> and the JSON converter. A value is found by its bits, as an index into an array (a binary
/// search when the values are too far apart for one).
/// </summary>
internal sealed class IdTable<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T>
    where T : struct, Enum
{
    /// <summary>The table of <typeparamref name="T"/>, built on first use.</summary>
    public static readonly IdTable<T> Instance = new();

    // The widest range of values indexed by an array (a flags enum of ten flags spans 512).
    private const int MaxDenseLength = 1024;

    private readonly ulong _least;
    private readonly int[]? _byOffset;       // value − _least → member index, −1 for none
    private readonly ulong[] _sortedKeys;    // when the values are too far apart: the keys in order …
    private readonly int[] _sortedIndexes;   // … and their member indexes
    private readonly ulong _flagBits;        // every bit of a member with an id

    private IdTable()
    {
        var values = new List<T>();
        var ids = new List<string>();
        foreach (var field in typeof(T).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>() is { } id)
            {
                values.Add(Enum.Parse<T>(field.Name));
                ids.Add(id.Name);
            }
        }

        Values = [.. values];
        Ids = [.. ids];
        Keys = [.. values.Select(Key)];
        All = Array.AsReadOnly(Values);
        IsFlags = typeof(T).IsDefined(typeof(FlagsAttribute), inherit: false);
        ById = new Dictionary<string, int>(Ids.Length, StringComparer.Ordinal);
        for (var i = 0; i < Ids.Length; i++)
        {
            if (!ById.TryAdd(Ids[i], i))
            {
                throw new InvalidOperationException($"The id '{Ids[i]}' names two members of {typeof(T).Name}.");
            }

            _flagBits |= Keys[i];
        }

        _least = Keys.Length == 0 ? 0 : Keys.Min();
        var last = Keys.Length == 0 ? 0 : Keys.Max() - _least;
        if (last < MaxDenseLength)
        {
            _byOffset = new int[Keys.Length == 0 ? 0 : (int)last + 1];
            Array.Fill(_byOffset, -1);
            for (var i = Keys.Length - 1; i >= 0; i--)
            {
                _byOffset[Keys[i] - _least] = i; // a value named twice takes the first member's id
            }

            _sortedKeys = [];
            _sortedIndexes = [];
        }
        else
        {
            _sortedIndexes = [.. Enumerable.Range(0, Keys.Length).OrderBy(i => Keys[i]).ThenBy(i => i)];
            _sortedKeys = [.. _sortedIndexes.Select(i => Keys[i])];
        }
    }

    /// <summary>The members with an id, in declaration order.</summary>
    public T[] Values { get; }

    /// <summary>The id of each member of <see cref="Values"/>.</summary>
    public string[] Ids { get; }

    /// <summary>The bits of each member of <see cref="Values"/>.</summary>
    public ulong[] Keys { get; }

    /// <summary><see cref="Values"/>, read-only.</summary>
    public ReadOnlyCollection<T> All { get; }

    /// <summary>The index in <see cref="Values"/> of each id (ordinal).</summary>
    public Dictionary<string, int> ById { get; }

    /// <summary>Whether <typeparamref name="T"/> is a flags enum.</summary>
    public bool IsFlags { get; }

    /// <summary>The bits of <paramref name="value"/>, zero-extended.</summary>
    public static ulong Key(T value) => Unsafe.SizeOf<T>() switch
    {
        1 => Unsafe.BitCast<T, byte>(value),
        2 => Unsafe.BitCast<T, ushort>(value),
        4 => Unsafe.BitCast<T, uint>(value),
        _ => Unsafe.BitCast<T, ulong>(value),
    };

    /// <summary>The value whose bits are <paramref name="key"/>.</summary>
    public static T FromKey(ulong key) => Unsafe.SizeOf<T>() switch
    {
        1 => Unsafe.BitCast<byte, T>((byte)key),
        2 => Unsafe.BitCast<ushort, T>((ushort)key),
        4 => Unsafe.BitCast<uint, T>((uint)key),
        _ => Unsafe.BitCast<ulong, T>(key),
    };

    /// <summary>The exception for a value without an id.</summary>
    public static ArgumentOutOfRangeException NoId(T value, string parameter) =>
        new(parameter, value, $"Not a member of {typeof(T).Name} with an id.");

    /// <summary>The index in <see cref="Values"/> of <paramref name="value"/>, or −1 when it is no member with an id.</summary>
    public int IndexOf(T value)
    {
        var key = Key(value);
        if (_byOffset is { } byOffset)
        {
            var offset = key - _least; // wraps past the end when key < _least
            return offset < (ulong)byOffset.Length ? byOffset[offset] : -1;
        }

        var found = Array.BinarySearch(_sortedKeys, key);
        return found >= 0 ? _sortedIndexes[found] : -1;
    }

    /// <summary>The bits of a flags value whose every bit belongs to a flag with an id.</summary>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is not a flags enum.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="flags"/> sets another bit.</exception>
    public ulong FlagBits(T flags, string parameter)
    {
        if (!IsFlags)
        {
            throw new ArgumentException($"{typeof(T).Name} is not a flags enum.", parameter);
        }

        var bits = Key(flags);
        return (bits & ~_flagBits) == 0 ? bits : throw new ArgumentOutOfRangeException(parameter, flags, $"Not a combination of {typeof(T).Name} flags with ids.");
    }

    /// <summary>Whether the member at <paramref name="index"/> is a flag set in <paramref name="bits"/>.</summary>
    public bool IsSet(ulong bits, int index) => Keys[index] != 0 && (bits & Keys[index]) == Keys[index];
}
