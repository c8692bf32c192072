using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Alka.Domain.Budget;

/// <summary>
/// Largest-remainder (Hamilton) apportionment of a whole number of agorot, in exact integer arithmetic of a width the
/// caller chooses: <see cref="UInt128"/> when the products fit it, <see cref="BigInteger"/> otherwise.
/// </summary>
internal static class LargestRemainder
{
    /// <summary>
    /// The shares of <paramref name="amount"/> in proportion to <paramref name="weights"/>: each its quota rounded
    /// down to the agora, then one more agora for each of the largest remainders (the earlier share first among equal
    /// ones) until the shares sum to the amount. A negative amount is shared as its magnitude, each share negated.
    /// </summary>
    /// <param name="amount">The amount to share.</param>
    /// <param name="weights">At least one weight; none negative and some positive (checked by the caller).</param>
    public static Money[] Apportion<T>(Money amount, ReadOnlySpan<T> weights)
        where T : IBinaryInteger<T>
    {
        var count = weights.Length;
        var sum = T.Zero;
        foreach (var weight in weights)
        {
            sum += weight;
        }

        var total = (ulong)Math.Abs(amount.Agorot);
        var shares = new Money[count];
        var candidates = ArrayPool<Candidate<T>>.Shared.Rent(count);
        try
        {
            // Quota_i = total × weight_i / sum. The floors leave fewer agorot than shares: the left-over agorot are the
            // sum of the remainders' fractions, each below one.
            var left = total;
            for (var i = 0; i < count; i++)
            {
                var (quotient, remainder) = T.DivRem(T.CreateTruncating(total) * weights[i], sum);
                var floor = ulong.CreateTruncating(quotient);
                shares[i] = Money.FromAgorotUnchecked((long)floor);
                left -= floor;
                candidates[i] = new Candidate<T>(remainder, i);
            }

            if (left > 0)
            {
                var byRemainder = candidates.AsSpan(0, count);
                byRemainder.Sort();
                foreach (var candidate in byRemainder[..(int)left])
                {
                    shares[candidate.Index] = Money.FromAgorotUnchecked(shares[candidate.Index].Agorot + 1);
                }
            }
        }
        finally
        {
            ArrayPool<Candidate<T>>.Shared.Return(candidates, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }

        if (amount.Agorot < 0)
        {
            foreach (ref var share in shares.AsSpan())
            {
                share = -share;
            }
        }

        return shares;
    }

    /// <summary>A share's remainder, ordered largest first and then by index: the deterministic tie-break.</summary>
    private readonly struct Candidate<T>(T remainder, int index) : IComparable<Candidate<T>>
        where T : IBinaryInteger<T>
    {
        public T Remainder { get; } = remainder;

        public int Index { get; } = index;

        public int CompareTo(Candidate<T> other)
        {
            var byRemainder = other.Remainder.CompareTo(Remainder);
            return byRemainder != 0 ? byRemainder : Index.CompareTo(other.Index);
        }
    }
}
