using System.Numerics;
using Alka.Domain.Budget;
using Alka.Domain.Tests.Support;
using CsCheck;

namespace Alka.Domain.Tests.Budget;

/// <summary>Allocation of money by <see cref="AllocationMode.LargestRemainder"/> (<see cref="Money.Allocate(ReadOnlySpan{int}, AllocationMode)"/>).</summary>
public class LargestRemainderTests
{
    private const long MaxAgorot = 99_999_999_999_999_999;
    private const AllocationMode Mode = AllocationMode.LargestRemainder;

    public static TheoryData<long, int[], long[], string> Cases => new()
    {
        { 10_000, [1, 1, 1], [3_334, 3_333, 3_333], "₪100.00 in three: the earlier share gets the extra agora" },
        { 10_000, [1, 1, 1, 0], [3_334, 3_333, 3_333, 0], "a zero weight gets nothing" },
        { 10_000, [0, 1, 1, 1], [0, 3_334, 3_333, 3_333], "not even when it comes first" },
        { 100, [1, 2], [33, 67], "the largest remainder (2/3), not the earlier share (1/3), gets the agora" },
        { 100, [2, 1], [67, 33], "the same by weight, whatever the order" },
        { -10_000, [1, 1, 1], [-3_334, -3_333, -3_333], "a negative amount is shared as its magnitude" },
        { 0, [1, 2, 3], [0, 0, 0], "nothing to share" },
        { 5, [1, 1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 0, 0], "fewer agorot than shares" },
        { 1, [0, 1], [0, 1], "one agora to the only positive weight" },
        { 7, [5], [7], "one share takes everything" },
        { 101, [1, 1, 2], [25, 25, 51], "quotas 25.25, 25.25, 50.5: the half beats the quarters" },
        { MaxAgorot, [1, 1], [50_000_000_000_000_000, 49_999_999_999_999_999], "the largest amount halved: the odd agora to the first share" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Allocate_IntegerWeights_GivesTheLargestRemainderShares(long total, int[] weights, long[] expected, string why)
    {
        Agorot(Money.FromAgorot(total).Allocate(weights, Mode)).Should().Equal(expected, why);
        Agorot(Money.FromAgorot(total).Allocate(weights.Select(w => (decimal)w).ToArray(), Mode)).Should().Equal(expected, "decimal weights agree: " + why);
        Agorot(Money.FromAgorot(total).Allocate(weights.Select(w => w / 1000m).ToArray(), Mode)).Should().Equal(expected, "scaled weights agree: " + why);
    }

    [Theory]
    [InlineData(10_000, 3, new long[] { 3_334, 3_333, 3_333 })]
    [InlineData(-10_000, 3, new long[] { -3_334, -3_333, -3_333 })]
    [InlineData(2, 3, new long[] { 1, 1, 0 })]
    [InlineData(360_000_000, 34, null)]
    public void Allocate_EqualShares_DifferByAtMostOneAgoraLargerFirst(long total, int shares, long[]? expected)
    {
        var result = Agorot(Money.FromAgorot(total).Allocate(shares, Mode));
        result.Should().HaveCount(shares);
        result.Select(Math.Abs).Should().BeInDescendingOrder();
        result.Sum().Should().Be(total);
        (result.Max() - result.Min()).Should().BeLessThanOrEqualTo(1);
        if (expected is not null)
        {
            result.Should().Equal(expected);
        }
    }

    [Fact]
    public void Allocate_TheExpectedTotalOf34Participants_Is105882Point36Or35Each()
    {
        // ₪3,600,000.00 / 34 = ₪105,882.352941…: 10 agorot are left over, so 10 shares of ₪105,882.36, then 24 of ₪105,882.35.
        var shares = Money.Of(3_600_000m).Allocate(34, Mode).Value;
        shares.Take(10).Should().HaveCount(10).And.OnlyContain(m => m == Money.Of(105_882.36m));
        shares.Skip(10).Should().HaveCount(24).And.OnlyContain(m => m == Money.Of(105_882.35m));
    }

    [Fact]
    public void Allocate_DecimalWeights_ShareTheRemainderByItsSize() =>
        Agorot(Money.FromAgorot(10_001).Allocate([0.5m, 0.25m, 0.25m], Mode)).Should().Equal(5_001, 2_500, 2_500);

    public static TheoryData<long, decimal[], string> HugeWeights => new()
    {
        { MaxAgorot, [decimal.MaxValue, 0.0000000000000000000000000001m], "the largest and the smallest decimal: 189-bit integer weights" },
        { MaxAgorot, [decimal.MaxValue, decimal.MaxValue, 1m], "a sum beyond 96 bits" },
        { -MaxAgorot, [79_228_162_514_264_337_593_543.950335m, 1.5m, 0.000001m], "a negative amount and a 96-bit mantissa" },
        { 12_345, [18_446_744_073_709_551_616m, 1m], "2^64: just beyond 64 bits" },
        { 12_345, [18_446_744_073_709_551_615m, 1m], "2^64 − 1: just within 64 bits" },
    };

    [Theory]
    [MemberData(nameof(HugeWeights))]
    public void Allocate_WeightsBeyond64Bits_AreExactToo(long total, decimal[] weights, string why) =>
        Agorot(Money.FromAgorot(total).Allocate(weights, Mode)).Should().Equal(Oracle(total, weights.Select(ToScaled(weights)).ToArray()), why);

    [Fact]
    public void Allocate_AnyIntegerWeights_SumExactlyAndMatchTheOracle()
    {
        var weights = Gen.OneOf(Gen.Int[0, 10], Gen.Int[0, 1_000_000], Gen.Int[0, int.MaxValue]).Array[1, 60].Where(w => w.Any(x => x > 0));
        Gen.Select(Gen.OneOf(Gen.Long[-10_000, 10_000], Gen.Long[-MaxAgorot, MaxAgorot]), weights).Sample((total, w) =>
        {
            var shares = Agorot(Money.FromAgorot(total).Allocate(w, Mode));
            shares.Sum().Should().Be(total);
            CheckQuotas(total, w.Select(x => (BigInteger)x).ToArray(), shares);
            shares.Should().Equal(Oracle(total, w.Select(x => (BigInteger)x).ToArray()));
        });
    }

    [Fact]
    public void Allocate_AnyDecimalWeights_SumExactlyAndMatchTheOracle()
    {
        var weight = Gen.Select(Gen.Long[0, long.MaxValue], Gen.UInt[0, 5], Gen.Byte[0, 28], (low, high, scale) =>
            new decimal((int)low, (int)(low >> 32), (int)high, false, scale));
        var weights = weight.Array[1, 40].Where(w => w.Any(x => x > 0));
        Gen.Select(Gen.Long[-MaxAgorot, MaxAgorot], weights).Sample((total, w) =>
        {
            var scaled = w.Select(ToScaled(w)).ToArray();
            var shares = Agorot(Money.FromAgorot(total).Allocate(w, Mode));
            shares.Sum().Should().Be(total);
            CheckQuotas(total, scaled, shares);
            shares.Should().Equal(Oracle(total, scaled));
        });
    }

    [Fact]
    public void Allocate_AnyCountOfEqualShares_IsTheAllocationByEqualWeights() =>
        Gen.Select(Gen.Long[-MaxAgorot, MaxAgorot], Gen.Int[1, 200]).Sample((total, count) =>
            Agorot(Money.FromAgorot(total).Allocate(count, Mode))
                .Should().Equal(Agorot(Money.FromAgorot(total).Allocate(Enumerable.Repeat(1, count).ToArray(), Mode))));

    [Fact]
    public void Allocate_ManyWeights_UsesTheHeapAndStaysExact()
    {
        var weights = Enumerable.Range(0, 1_000).Select(i => (i * 7919) % 1_013).ToArray();
        var shares = Agorot(Money.Of(1_000_000m).Allocate(weights, Mode));
        shares.Sum().Should().Be(100_000_000);
        shares.Should().Equal(Oracle(100_000_000, weights.Select(w => (BigInteger)w).ToArray()));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Allocate_NoShares_IsAnError(int shares) =>
        Money.Of(1m).Allocate(shares, Mode).Should().HaveError("shares", BudgetErrors.AllocationNoShares);

    public static TheoryData<int[], string[], string[]> BadWeights => new()
    {
        { [], ["weights"], [BudgetErrors.AllocationNoShares] },
        { [0, 0], ["weights"], [BudgetErrors.AllocationZeroWeights] },
        { [1, -2, 3, -4], ["weights[1]", "weights[3]"], [BudgetErrors.AllocationNegativeWeight, BudgetErrors.AllocationNegativeWeight] },
        { [-1, 0], ["weights[0]", "weights"], [BudgetErrors.AllocationNegativeWeight, BudgetErrors.AllocationZeroWeights] },
    };

    [Theory]
    [MemberData(nameof(BadWeights))]
    public void Allocate_BadWeights_ListsEveryProblem(int[] weights, string[] identifiers, string[] codes)
    {
        foreach (var result in new[] { Money.Of(1m).Allocate(weights, Mode), Money.Of(1m).Allocate(weights.Select(w => (decimal)w).ToArray(), Mode) })
        {
            result.IsSuccess.Should().BeFalse();
            result.ValidationErrors.Select(e => e.Identifier).Should().Equal(identifiers);
            result.ValidationErrors.Select(e => e.ErrorCode).Should().Equal(codes);
        }
    }

    [Fact]
    public void Allocate_NegativeZeroDecimalWeight_IsZero() =>
        Agorot(Money.Of(1m).Allocate([-0.0m, 1m], Mode)).Should().Equal(0, 100);

    [Fact]
    public void Allocate_UndefinedMode_Throws()
    {
        FluentActions.Invoking(() => Money.Of(1m).Allocate(2, default)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Money.Of(1m).Allocate([1], default)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Money.Of(1m).Allocate([1m], (AllocationMode)2)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Allocate_Result_CannotBeCastBackAndChanged() =>
        Money.Of(1m).Allocate(2, Mode).Value.Should().NotBeAssignableTo<Money[]>();

    private static long[] Agorot(Ardalis.Result.Result<IReadOnlyList<Money>> result)
    {
        result.IsSuccess.Should().BeTrue(string.Join("; ", result.ValidationErrors.Select(e => e.ErrorCode)));
        return result.Value.Select(m => m.Agorot).ToArray();
    }

    // No share is a whole agora or more from its exact quota total × w / Σw: |share × Σw − total × w| < Σw.
    private static void CheckQuotas(long total, BigInteger[] weights, long[] shares)
    {
        var sum = weights.Aggregate(BigInteger.Zero, (a, b) => a + b);
        for (var i = 0; i < weights.Length; i++)
        {
            BigInteger.Abs((shares[i] * sum) - (total * weights[i])).Should().BeLessThan(sum, "share {0}", i);
        }
    }

    // An independent statement of the method over exact rationals: floors, then the largest remainders, ties to the
    // earlier share (a stable sort).
    private static long[] Oracle(long total, BigInteger[] weights)
    {
        var magnitude = BigInteger.Abs(total);
        var sum = weights.Aggregate(BigInteger.Zero, (a, b) => a + b);
        var floors = weights.Select(w => BigInteger.Divide(magnitude * w, sum)).ToArray();
        var left = (int)(magnitude - floors.Aggregate(BigInteger.Zero, (a, b) => a + b));
        var extra = weights.Select((w, i) => (remainder: (magnitude * w) % sum, i))
            .OrderByDescending(p => p.remainder).Take(left).Select(p => p.i).ToHashSet();
        return floors.Select((f, i) => (long)(f + (extra.Contains(i) ? 1 : 0)) * Math.Sign(total == 0 ? 1 : total)).ToArray();
    }

    // Decimal weights as integers at their largest scale, computed through decimal's own text.
    private static Func<decimal, BigInteger> ToScaled(decimal[] weights)
    {
        var scale = weights.Max(w => w.Scale);
        return w =>
        {
            var digits = BigInteger.Parse(w.ToString(System.Globalization.CultureInfo.InvariantCulture).Replace(".", string.Empty, StringComparison.Ordinal).TrimStart('-'), System.Globalization.CultureInfo.InvariantCulture);
            return digits * BigInteger.Pow(10, scale - w.Scale);
        };
    }
}
