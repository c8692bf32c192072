using System.Globalization;

namespace Alka.Domain.Calendar;

/// <summary>
/// Where a community day falls: a fixed Gregorian, Julian or Hijri date, or an offset from Western or Orthodox Easter.
/// A rule is data: <see cref="CommunityDayDefinition"/> pairs it with the number of days and the source.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; equal when kind, month, day and offset are equal. The <see langword="default"/> value
/// is no rule (<see cref="Kind"/> is <c>0</c>): <see cref="CommunityDayDefinition.Create"/> rejects it.
/// </remarks>
public readonly struct CommunityDayRule : IEquatable<CommunityDayRule>
{
    /// <summary>The largest <see cref="Offset"/> either way from Easter, in days: within it the day stays in Easter's Gregorian year.</summary>
    public const int MaxEasterOffset = 80;

    private static readonly string[] GregorianMonths =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    private static readonly int[] DaysInCommonYearMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

    private CommunityDayRule(CommunityDayRuleKind kind, int month, int day, int offset)
    {
        Kind = kind;
        Month = month;
        Day = day;
        Offset = offset;
    }

    /// <summary>How the rule places the day; <c>0</c> for the <see langword="default"/> value.</summary>
    public CommunityDayRuleKind Kind { get; }

    /// <summary>The month (1–12) of a fixed-date rule, in its own calendar; 0 for an Easter rule.</summary>
    public int Month { get; }

    /// <summary>The day of the month of a fixed-date rule; 0 for an Easter rule.</summary>
    public int Day { get; }

    /// <summary>Days after Easter (negative: before) of an Easter rule; 0 for a fixed-date rule.</summary>
    public int Offset { get; }

    /// <summary>Whether the rule is a Hijri date: computed, so an estimate until the date is announced.</summary>
    public bool IsHijri => Kind == CommunityDayRuleKind.HijriDate;

    /// <summary>A fixed date of the Gregorian calendar, every year. 29 February is not allowed (not every year has it).</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such day in a common year.</exception>
    public static CommunityDayRule GregorianDate(int month, int day) => FixedDate(CommunityDayRuleKind.GregorianDate, month, day);

    /// <summary>A fixed date of the Julian calendar, every Julian year, shown in Gregorian dates. 29 February is not allowed.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such day in a common year.</exception>
    public static CommunityDayRule JulianDate(int month, int day) => FixedDate(CommunityDayRuleKind.JulianDate, month, day);

    /// <summary><paramref name="offset"/> days after Western Easter (negative: before).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> is beyond <see cref="MaxEasterOffset"/>.</exception>
    public static CommunityDayRule WesternEaster(int offset) => EasterOffset(CommunityDayRuleKind.WesternEaster, offset);

    /// <summary><paramref name="offset"/> days after Orthodox Easter (negative: before).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> is beyond <see cref="MaxEasterOffset"/>.</exception>
    public static CommunityDayRule OrthodoxEaster(int offset) => EasterOffset(CommunityDayRuleKind.OrthodoxEaster, offset);

    /// <summary>A fixed date of the Hijri calendar (day 1–29: every Hijri month has 29 days, not every one 30).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The month is not 1–12 or the day not 1–29.</exception>
    public static CommunityDayRule HijriDate(int month, int day)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        ArgumentOutOfRangeException.ThrowIfLessThan(day, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(day, 29);
        return new(CommunityDayRuleKind.HijriDate, month, day, 0);
    }

    /// <summary>
    /// The rule in words for a span of <paramref name="days"/> days, as in <c>community-days.csv</c>:
    /// <c>25 December (Gregorian)</c>, <c>25–28 April (Gregorian)</c>, <c>Western Easter − 2 days</c>,
    /// <c>10–13 Dhu al-Hijjah</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is less than 1.</exception>
    /// <exception cref="InvalidOperationException">This is the <see langword="default"/> value (no rule).</exception>
    public string Describe(int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        return Kind switch
        {
            CommunityDayRuleKind.GregorianDate => DescribeDate(GregorianMonths[Month - 1], days, DaysInCommonYearMonth[Month - 1]) + " (Gregorian)",
            CommunityDayRuleKind.JulianDate => DescribeDate(GregorianMonths[Month - 1], days, DaysInCommonYearMonth[Month - 1]) + " (Julian)",
            CommunityDayRuleKind.WesternEaster => DescribeOffset("Western Easter", days),
            CommunityDayRuleKind.OrthodoxEaster => DescribeOffset("Orthodox Easter", days),
            CommunityDayRuleKind.HijriDate => DescribeDate(HijriCalendars.MonthName(Month), days, 29),
            _ => throw new InvalidOperationException("default(CommunityDayRule) is no rule."),
        };
    }

    /// <summary>The rule in words for one day (see <see cref="Describe"/>); <c>no rule</c> for the default value.</summary>
    public override string ToString() => Kind == 0 ? "no rule" : Describe(1);

    /// <inheritdoc/>
    public bool Equals(CommunityDayRule other) =>
        Kind == other.Kind && Month == other.Month && Day == other.Day && Offset == other.Offset;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CommunityDayRule other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Month, Day, Offset);

    /// <summary>Whether the two rules are the same.</summary>
    public static bool operator ==(CommunityDayRule left, CommunityDayRule right) => left.Equals(right);

    /// <summary>Whether the two rules differ.</summary>
    public static bool operator !=(CommunityDayRule left, CommunityDayRule right) => !left.Equals(right);

    private static CommunityDayRule FixedDate(CommunityDayRuleKind kind, int month, int day)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        ArgumentOutOfRangeException.ThrowIfLessThan(day, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(day, DaysInCommonYearMonth[month - 1]);
        return new(kind, month, day, 0);
    }

    private static CommunityDayRule EasterOffset(CommunityDayRuleKind kind, int offset)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(offset, -MaxEasterOffset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, MaxEasterOffset);
        return new(kind, 0, 0, offset);
    }

    private string DescribeDate(string month, int days, int daysInMonth)
    {
        var last = Day + days - 1;
        return days == 1 ? Invariant($"{Day} {month}")
            : last <= daysInMonth ? Invariant($"{Day}–{last} {month}")
            : Invariant($"{Day} {month}, {days} days");
    }

    private string DescribeOffset(string easter, int days)
    {
        var offset = Offset switch
        {
            0 => easter,
            1 or -1 => Invariant($"{easter} {(Offset < 0 ? '−' : '+')} 1 day"),
            _ => Invariant($"{easter} {(Offset < 0 ? '−' : '+')} {Math.Abs(Offset)} days"),
        };
        return days == 1 ? offset : Invariant($"{offset}, {days} days");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
