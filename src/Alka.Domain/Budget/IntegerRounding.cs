using System.Numerics;

namespace Alka.Domain.Budget;

/// <summary>Exact integer division rounded by a <see cref="MidpointRounding"/>: the one place money is rounded.</summary>
internal static class IntegerRounding
{
    /// <summary>10⁰ … 10²⁸, the denominators of <see cref="decimal"/> scales.</summary>
    private static readonly UInt128[] PowersOfTen = CreatePowersOfTen();

    /// <summary>10 to the power <paramref name="exponent"/>, 0–28.</summary>
    public static UInt128 PowerOfTen(int exponent) => PowersOfTen[exponent];

    /// <summary>
    /// The quotient <paramref name="magnitude"/> / <paramref name="divisor"/> of a value whose sign is
    /// <paramref name="negative"/>, rounded by <paramref name="rounding"/>; the result is a magnitude too.
    /// </summary>
    /// <param name="magnitude">The dividend's magnitude, at least 0.</param>
    /// <param name="divisor">The divisor, positive.</param>
    /// <param name="negative">Whether the quotient is negative (decides the directed roundings).</param>
    /// <param name="rounding">A defined <see cref="MidpointRounding"/> (checked by the caller).</param>
    public static T Divide<T>(T magnitude, T divisor, bool negative, MidpointRounding rounding)
        where T : IBinaryInteger<T>
    {
        var (quotient, remainder) = T.DivRem(magnitude, divisor);
        if (T.IsZero(remainder))
        {
            return quotient;
        }

        // Compare the remainder with the half without overflowing: remainder ⋛ divisor − remainder.
        var rest = divisor - remainder;
        var up = rounding switch
        {
            MidpointRounding.ToZero => false,
            MidpointRounding.ToNegativeInfinity => negative,
            MidpointRounding.ToPositiveInfinity => !negative,
            MidpointRounding.AwayFromZero => remainder >= rest,
            _ => remainder > rest || (remainder == rest && T.IsOddInteger(quotient)),
        };
        return up ? quotient + T.One : quotient;
    }

    /// <summary>Throws unless <paramref name="rounding"/> is a defined <see cref="MidpointRounding"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rounding"/> is not a defined value.</exception>
    public static void Check(MidpointRounding rounding)
    {
        if (rounding is < MidpointRounding.ToEven or > MidpointRounding.ToPositiveInfinity)
        {
            throw new ArgumentOutOfRangeException(nameof(rounding), rounding, "Not a MidpointRounding.");
        }
    }

    private static UInt128[] CreatePowersOfTen()
    {
        var powers = new UInt128[29];
        powers[0] = UInt128.One;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }
}
