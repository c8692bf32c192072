namespace Alka.Domain.Tests.Calendar;

/// <summary>Checks the whole equality contract of a value type: IEquatable, object.Equals, hash code and operators.</summary>
internal static class ValueEquality
{
    public static void Holds<T>(T value, T equal, T different, Func<T, T, bool> equalsOperator, Func<T, T, bool> notEqualsOperator)
        where T : struct, IEquatable<T>
    {
        value.Equals(equal).Should().BeTrue("IEquatable<T>.Equals of equal values");
        value.Equals((object)equal).Should().BeTrue("object.Equals of equal values");
        value.GetHashCode().Should().Be(equal.GetHashCode(), "equal values have equal hash codes");
        equalsOperator(value, equal).Should().BeTrue("== of equal values");
        notEqualsOperator(value, equal).Should().BeFalse("!= of equal values");

        value.Equals(different).Should().BeFalse("IEquatable<T>.Equals of different values");
        value.Equals((object)different).Should().BeFalse("object.Equals of different values");
        equalsOperator(value, different).Should().BeFalse("== of different values");
        notEqualsOperator(value, different).Should().BeTrue("!= of different values");

        value.Equals(null).Should().BeFalse("a value never equals null");
        value.Equals(new object()).Should().BeFalse("a value never equals another type");
    }
}
