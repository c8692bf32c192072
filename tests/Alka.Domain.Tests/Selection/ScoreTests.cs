using Alka.Domain.Selection;
using Alka.Domain.Tests.Support;
using CsCheck;

namespace Alka.Domain.Tests.Selection;

public class ScoreTests
{
    [Theory]
    [InlineData(25, 6, "4.17")]    // 4.1666…
    [InlineData(33, 8, "4.13")]    // 4.125: half away from zero
    [InlineData(30, 6, "5.00")]
    [InlineData(-1, 8, "-0.13")]   // -0.125
    [InlineData(-1, 6, "-0.17")]
    [InlineData(0, 6, "0.00")]
    [InlineData(1_000_001, 3, "333333.67")]
    public void ToString_TwoDecimals_RoundsHalfAwayFromZero(long points, int weight, string text) =>
        new Score(points, weight).ToString().Should().Be(text);

    [Fact]
    public void ToString_AgreesWithDecimalRounding() =>
        Gen.Select(Gen.Long[-1_000_000, 1_000_000], Gen.Int[1, 6000]).Sample((points, weight) =>
            new Score(points, weight).ToString().Should().Be(
                Math.Round((decimal)points / weight, 2, MidpointRounding.AwayFromZero).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Equality_IsTheExactValue()
    {
        EqualityContract.Check(new Score(25, 6), new Score(50, 12), new Score(26, 6), new Score(25, 7), Score.None);
        Score.None.Should().Be(default(Score));
        Score.None.ToString().Should().BeEmpty();
    }

    [Fact]
    public void Order_IsTheExactValue() =>
        Gen.Select(Gen.Long[-500, 500], Gen.Int[1, 60], Gen.Long[-500, 500], Gen.Int[1, 60]).Sample((p1, w1, p2, w2) =>
        {
            Math.Sign(new Score(p1, w1).CompareTo(new Score(p2, w2))).Should().Be(Math.Sign(p1 * w2 - p2 * w1));
            (new Score(p1, w1) < new Score(p2, w2)).Should().Be(p1 * w2 < p2 * w1);
            (new Score(p1, w1) == new Score(p2, w2)).Should().Be(p1 * w2 == p2 * w1);
        });

    [Fact]
    public void Arithmetic_SameWeights_AddsPointsAndNoneIsZero()
    {
        (new Score(25, 6) + new Score(5, 6)).Should().Be(new Score(30, 6));
        (new Score(25, 6) - new Score(30, 6)).ToString().Should().Be("-0.83");
        (Score.None + new Score(7, 6)).Should().Be(new Score(7, 6));
        (Score.None - new Score(7, 6)).Points.Should().Be(-7);
        Score.None.CompareTo(new Score(1, 6)).Should().BeNegative();
        new Score(-1, 6).CompareTo(Score.None).Should().BeNegative();
        FluentActions.Invoking(() => new Score(1, 6) + new Score(1, 7)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Value_IsPointsOverWeight() => new Score(25, 6).Value.Should().Be(25m / 6);
}
