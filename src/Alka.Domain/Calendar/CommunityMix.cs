using System.Numerics;
using System.Text;
using System.Text.Json.Serialization;
using Alka.Domain.Serialization;
using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Calendar;

/// <summary>
/// The communities a forum brings together, e.g. Jewish, Muslim and Druze council heads: a set of
/// <see cref="Community"/> values.
/// </summary>
/// <remarks>
/// <para>A five-bit set: immutable, allocation-free, thread-safe. Two mixes are equal when they hold the same
/// communities, whatever order they were given in.</para>
/// <para>The <see langword="default"/> value is <see cref="Empty"/>, the mix with no community.</para>
/// <para>In JSON, the array of its community ids in canonical order.</para>
/// </remarks>
[JsonConverter(typeof(CommunityMixJsonConverter))]
public readonly struct CommunityMix : IEquatable<CommunityMix>
{
    private const int AllBits = (1 << 5) - 1;

    private readonly byte _bits;

    private CommunityMix(int bits) => _bits = (byte)bits;

    /// <summary>The mix with no community (the <see langword="default"/> value).</summary>
    public static CommunityMix Empty => default;

    /// <summary>Every community: Jewish, Muslim, Western and Orthodox Christian, Druze.</summary>
    public static CommunityMix All => new(AllBits);

    /// <summary>How many communities the mix holds (0 … 5).</summary>
    public int Count => BitOperations.PopCount(_bits);

    /// <summary>Whether the mix holds no community.</summary>
    public bool IsEmpty => _bits == 0;

    /// <summary>The communities of the mix in declaration order (<see cref="Ids.All{T}"/>).</summary>
    public IEnumerable<Community> Communities => Ids.All<Community>().Where(Contains);

    /// <summary>The mix of <paramref name="communities"/>; naming one twice is harmless.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is not a defined <see cref="Community"/>.</exception>
    public static CommunityMix Of(params ReadOnlySpan<Community> communities)
    {
        var mix = Empty;
        foreach (var community in communities)
        {
            mix = mix.With(community);
        }

        return mix;
    }

    /// <summary>
    /// Reads a comma-separated list of community ids, e.g. <c>jewish,muslim,druze</c> (ordinal, case-sensitive, no
    /// spaces), as on the command line.
    /// </summary>
    /// <returns>
    /// The mix; or <c>Invalid</c> with identifier <c>communities</c> and one error per problem:
    /// an id that is not a community (<see cref="CommonErrors.UnknownReference"/>), a community named twice
    /// (<see cref="CommonErrors.Duplicate"/>), an empty list (<see cref="CommonErrors.Required"/>).
    /// </returns>
    public static Result<CommunityMix> Parse(string? text)
    {
        const string Identifier = "communities";
        if (string.IsNullOrEmpty(text))
        {
            return Problems.Invalid<CommunityMix>(Identifier, CommonErrors.Required, "Name at least one community.");
        }

        var mix = Empty;
        var problems = new Problems();
        foreach (var id in text.Split(','))
        {
            if (!Ids.TryParse<Community>(id, out var community))
            {
                problems.Add(Identifier, CommonErrors.UnknownReference, $"'{id}' is not a community; expected one of {All}.");
            }
            else if (mix.Contains(community))
            {
                problems.Add(Identifier, CommonErrors.Duplicate, $"'{id}' is named twice.");
            }
            else
            {
                mix = mix.With(community);
            }
        }

        return problems.ToResult(mix);
    }

    /// <summary>This mix with <paramref name="community"/> added.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="community"/> is not a defined value.</exception>
    public CommunityMix With(Community community) => new(_bits | Bit(community));

    /// <summary>Whether the mix holds <paramref name="community"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="community"/> is not a defined value.</exception>
    public bool Contains(Community community) => (_bits & Bit(community)) != 0;

    /// <summary>The ids of the communities in canonical order, comma-separated (<c>jewish,muslim</c>); empty for
    /// <see cref="Empty"/>. <see cref="Parse"/> reads it back.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var community in Communities)
        {
            text.Append(text.Length == 0 ? "" : ",").Append(community.ToId());
        }

        return text.ToString();
    }

    /// <inheritdoc/>
    public bool Equals(CommunityMix other) => _bits == other._bits;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CommunityMix other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _bits;

    /// <summary>Whether the two mixes hold the same communities.</summary>
    public static bool operator ==(CommunityMix left, CommunityMix right) => left.Equals(right);

    /// <summary>Whether the two mixes differ.</summary>
    public static bool operator !=(CommunityMix left, CommunityMix right) => !left.Equals(right);

    private static int Bit(Community community) => (uint)(community - Community.Jewish) < 5
        ? 1 << (community - Community.Jewish)
        : throw new ArgumentOutOfRangeException(nameof(community), community, "Not a community.");
}
