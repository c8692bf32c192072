namespace Alka.Domain.Tests.Support;

/// <summary>Checks the whole equality (and, where implemented, ordering) contract of a type in one call.</summary>
internal static class EqualityContract
{
    /// <summary>
    /// <paramref name="value"/> and <paramref name="equal"/> are equal but distinct instances where the type is a class;
    /// <paramref name="different"/> differs from both.
    /// </summary>
    public static void Check<T>(T value, T equal, T different)
        where T : notnull, IEquatable<T>
    {
        value.Equals(equal).Should().BeTrue("equal values are Equal");
        equal.Equals(value).Should().BeTrue("Equals is symmetric");
        value.Equals(value).Should().BeTrue("Equals is reflexive");
        value.Equals(different).Should().BeFalse("different values are not Equal");
        different.Equals(value).Should().BeFalse("Equals is symmetric for different values");
        value.Equals((object?)equal).Should().BeTrue("object.Equals agrees with IEquatable");
        value.Equals((object?)different).Should().BeFalse("object.Equals agrees with IEquatable");
        value.Equals((object?)null).Should().BeFalse("nothing equals null");
        value!.Equals(new object()).Should().BeFalse("nothing equals a value of another type");
        value!.GetHashCode().Should().Be(equal.GetHashCode(), "equal values have equal hash codes");

        var equality = typeof(T).GetMethod("op_Equality", [typeof(T), typeof(T)]);
        var inequality = typeof(T).GetMethod("op_Inequality", [typeof(T), typeof(T)]);
        if (equality is not null && inequality is not null)
        {
            ((bool)equality.Invoke(null, [value, equal])!).Should().BeTrue("== agrees with Equals");
            ((bool)equality.Invoke(null, [value, different])!).Should().BeFalse("== agrees with Equals");
            ((bool)inequality.Invoke(null, [value, equal])!).Should().BeFalse("!= is the negation of ==");
            ((bool)inequality.Invoke(null, [value, different])!).Should().BeTrue("!= is the negation of ==");
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
