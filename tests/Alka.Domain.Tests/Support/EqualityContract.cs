namespace Alka.Domain.Tests.Support;

/// <summary>Checks the whole equality contract of a type in one call.</summary>
internal static class EqualityContract
{
    /// <summary>
    /// <paramref name="value"/> equals itself and <paramref name="equal"/> (both ways, same hash, the operators when
    /// the type has them) and differs from each of <paramref name="different"/>, from null and from another type.
    /// </summary>
    public static void Check<T>(T value, T equal, params T[] different)
        where T : notnull, IEquatable<T>
    {
        value.Equals(value).Should().BeTrue("a value equals itself");
        value.Equals(equal).Should().BeTrue("equal values are equal");
        equal.Equals(value).Should().BeTrue("equality is symmetric");
        value.Equals((object?)equal).Should().BeTrue("Equals(object) agrees with Equals(T)");
        value.GetHashCode().Should().Be(equal.GetHashCode(), "equal values have equal hashes");
        value.Equals((object?)null).Should().BeFalse("a value differs from null");
        ((object)value!).Equals(new object()).Should().BeFalse("a value differs from another type");
        foreach (var other in different)
        {
            value.Equals(other).Should().BeFalse($"{value} differs from {other}");
            other.Equals(value).Should().BeFalse("inequality is symmetric");
            value.Equals((object?)other).Should().BeFalse("Equals(object) agrees with Equals(T)");
        }
    }
}
