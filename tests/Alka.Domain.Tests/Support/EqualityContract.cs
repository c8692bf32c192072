namespace Alka.Domain.Tests.Support;

/// <summary>Checks the whole equality (and, where implemented, ordering) contract of a type in one call.</summary>
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
        value!.GetHashCode().Should().Be(equal.GetHashCode(), "equal values have equal hashes");
        value.Equals((object?)null).Should().BeFalse("a value differs from null");
        ((object)value!).Equals(new object()).Should().BeFalse("a value differs from another type");
        var equality = typeof(T).GetMethod("op_Equality", [typeof(T), typeof(T)]);
        var inequality = typeof(T).GetMethod("op_Inequality", [typeof(T), typeof(T)]);
        if (equality is not null && inequality is not null)
        {
            ((bool)equality.Invoke(null, [value, equal])!).Should().BeTrue("== agrees with Equals");
            ((bool)inequality.Invoke(null, [value, equal])!).Should().BeFalse("!= is the negation of ==");
        }

        foreach (var other in different)
        {
            value.Equals(other).Should().BeFalse($"{value} differs from {other}");
            other.Equals(value).Should().BeFalse("inequality is symmetric");
            value.Equals((object?)other).Should().BeFalse("Equals(object) agrees with Equals(T)");
            if (equality is not null && inequality is not null)
            {
                ((bool)equality.Invoke(null, [value, other])!).Should().BeFalse("== agrees with Equals");
                ((bool)inequality.Invoke(null, [value, other])!).Should().BeTrue("!= is the negation of ==");
            }
        }
    }

    /// <summary>Also checks that <paramref name="smaller"/> orders before <paramref name="larger"/> through every comparison member.</summary>
    public static void CheckOrdering<T>(T smaller, T smallerToo, T larger)
        where T : notnull, IEquatable<T>, IComparable<T>
    {
        Check(smaller, smallerToo, larger);
        smaller.CompareTo(larger).Should().BeNegative();
        larger.CompareTo(smaller).Should().BePositive();
        smaller.CompareTo(smallerToo).Should().Be(0);
        if (smaller is IComparable comparable)
        {
            comparable.CompareTo(null).Should().BePositive("everything sorts after null");
            comparable.CompareTo(larger).Should().BeNegative();
            comparable.Invoking(c => c.CompareTo("not a " + typeof(T).Name)).Should().Throw<ArgumentException>();
        }

        foreach (var (op, expectSmallerLarger, expectEqual) in new[]
                 { ("op_LessThan", true, false), ("op_LessThanOrEqual", true, true), ("op_GreaterThan", false, false), ("op_GreaterThanOrEqual", false, true) })
        {
            var method = typeof(T).GetMethod(op, [typeof(T), typeof(T)]);
            if (method is null)
            {
                continue;
            }

            ((bool)method.Invoke(null, [smaller, larger])!).Should().Be(expectSmallerLarger, op);
            ((bool)method.Invoke(null, [larger, smaller])!).Should().Be(!expectSmallerLarger, op);
            ((bool)method.Invoke(null, [smaller, smallerToo])!).Should().Be(expectEqual, op);
        }
    }
}
