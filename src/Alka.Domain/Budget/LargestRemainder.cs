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
        var remainders = ArrayPool<T>.Shared.Rent(count);
        var order = ArrayPool<int>.Shared.Rent(count);
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
                remainders[i] = remainder;
                order[i] = i;
            }

            if (left > 0)
            {
                var byRemainder = order.AsSpan(0, count);
                byRemainder.Sort(new LargerRemainderFirst<T>(remainders));
                foreach (var index in byRemainder[..(int)left])
                {
                    shares[index] = Money.FromAgorotUnchecked(shares[index].Agorot + 1);
                }
            }
        }
        finally
        {
            ArrayPool<T>.Shared.Return(remainders, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>());
            ArrayPool<int>.Shared.Return(order);
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

    /// <summary>Orders share indices by remainder, largest first, then by index: the deterministic tie-break.</summary>
    private readonly struct LargerRemainderFirst<T>(T[] remainders) : IComparer<int>
        where T : IBinaryInteger<T>
    {
        public int Compare(int x, int y)
        {
            var byRemainder = remainders[y].CompareTo(remainders[x]);
            return byRemainder != 0 ? byRemainder : x.CompareTo(y);
        }
    }
}
