using NodaTime;

namespace Alka.Cli.Output;

/// <summary>English weekday names without a string per row: <c>Friday</c>, and <c>Fri</c> in tables.</summary>
internal static class Weekdays
{
    private static readonly string[] Names = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    /// <summary>The full name, e.g. <c>Friday</c> (as <see cref="IsoDayOfWeek"/> spells it).</summary>
    public static string Name(IsoDayOfWeek day) => Names[(int)day];

    /// <summary>The first three letters, e.g. <c>Fri</c>.</summary>
    public static ReadOnlySpan<char> Short(IsoDayOfWeek day) => Names[(int)day].AsSpan(0, 3);
}
