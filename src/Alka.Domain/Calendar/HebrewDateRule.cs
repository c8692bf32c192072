using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using NodaTime;

namespace Alka.Domain.Calendar;

/// <summary>
/// An observance on a Hebrew date: a day of a month, optionally shifted by days, aligned to a weekday (on or before /
/// on or after) and shifted by weeks, then moved or skipped according to the weekday it falls on — e.g. the Fast of
/// Gedaliah, 3 Tishrei, is moved to Sunday when that is a Saturday.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="HebrewMonth.Adar"/> means the Adar of Purim: Adar in a common year, Adar II in a leap year. A date that
/// does not exist in a year (30 Cheshvan in a year where Cheshvan has 29 days, 14 Adar I in a common year) yields no
/// day that year.
/// </para>
/// <para>Instances are immutable and thread-safe; the builder methods return new instances. Equality is structural.</para>
/// </remarks>
public sealed class HebrewDateRule : ObservanceDateRule
{
    private const sbyte Skip = sbyte.MinValue;

    // Indexed by ISO day of week (1 = Monday … 7 = Sunday): days to move, or Skip.
    private readonly sbyte[] _moves;

    private HebrewDateRule(HebrewMonth month, int day, int offsetDays, WeekdayAlignment alignment, IsoDayOfWeek alignedWeekday, int weeks, sbyte[] moves)
    {
        Month = month;
        Day = day;
        OffsetDays = offsetDays;
        Alignment = alignment;
        AlignedWeekday = alignedWeekday;
        Weeks = weeks;
        _moves = moves;
    }

    /// <summary>The month of the anchor date (<see cref="HebrewMonth.Adar"/>: Adar II in a leap year).</summary>
    public HebrewMonth Month { get; }

    /// <summary>The day of the anchor date, 1–30.</summary>
    public int Day { get; }

    /// <summary>Days added to the anchor date before alignment.</summary>
    public int OffsetDays { get; }

    /// <summary>Whether the date is aligned to <see cref="AlignedWeekday"/>.</summary>
    public WeekdayAlignment Alignment { get; }

    /// <summary>The weekday the date is aligned to; <see cref="IsoDayOfWeek.None"/> without alignment.</summary>
    public IsoDayOfWeek AlignedWeekday { get; }

    /// <summary>Weeks added after alignment.</summary>
    public int Weeks { get; }

    /// <summary>The moves by weekday: when the date falls on the key, it is kept that many days later (earlier when negative).</summary>
    public IReadOnlyDictionary<IsoDayOfWeek, int> Moves =>
        Weekdays().Where(d => _moves[(int)d] is not 0 and not Skip).ToDictionary(d => d, d => (int)_moves[(int)d]);

    /// <summary>The weekdays on which the observance is not kept that year.</summary>
    public IReadOnlyList<IsoDayOfWeek> SkippedWeekdays => Weekdays().Where(d => _moves[(int)d] == Skip).ToList();

    /// <summary>On <paramref name="day"/> <paramref name="month"/>, e.g. <c>On(HebrewMonth.Tishrei, 10)</c> for Yom Kippur.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is not a month or <paramref name="day"/> is outside 1–30.</exception>
    public static HebrewDateRule On(HebrewMonth month, int day)
    {
        CheckDate(month, day);
        return new HebrewDateRule(month, day, 0, WeekdayAlignment.None, IsoDayOfWeek.None, 0, new sbyte[8]);
    }

    /// <summary>The last <paramref name="weekday"/> on or before <paramref name="day"/> <paramref name="month"/>, e.g. Shabbat HaGadol, the Saturday on or before 14 Nisan.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of its range.</exception>
    public static HebrewDateRule WeekdayOnOrBefore(IsoDayOfWeek weekday, HebrewMonth month, int day) =>
        Aligned(WeekdayAlignment.OnOrBefore, weekday, month, day);

    /// <summary>The first <paramref name="weekday"/> on or after <paramref name="day"/> <paramref name="month"/>, e.g. Shabbat Shuva, the Saturday on or after 3 Tishrei.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of its range.</exception>
    public static HebrewDateRule WeekdayOnOrAfter(IsoDayOfWeek weekday, HebrewMonth month, int day) =>
        Aligned(WeekdayAlignment.OnOrAfter, weekday, month, day);

    /// <summary>The same rule, <paramref name="days"/> days after the anchor date (before any alignment).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is outside ±400.</exception>
    public HebrewDateRule PlusDays(int days)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Math.Abs(days), 400, nameof(days));
        return new HebrewDateRule(Month, Day, OffsetDays + days, Alignment, AlignedWeekday, Weeks, _moves);
    }

    /// <summary>The same rule, <paramref name="weeks"/> weeks later (after any alignment).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weeks"/> is outside ±60.</exception>
    public HebrewDateRule PlusWeeks(int weeks)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Math.Abs(weeks), 60, nameof(weeks));
        return new HebrewDateRule(Month, Day, OffsetDays, Alignment, AlignedWeekday, Weeks + weeks, _moves);
    }

    /// <summary>The same rule, moved by <paramref name="days"/> when the date falls on <paramref name="weekday"/>: e.g. <c>Moving(IsoDayOfWeek.Saturday, +1)</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weekday"/> is not a day or <paramref name="days"/> is 0 or outside ±6.</exception>
    public HebrewDateRule Moving(IsoDayOfWeek weekday, int days)
    {
        CheckWeekday(weekday);
        if (days == 0 || Math.Abs(days) > 6)
        {
            throw new ArgumentOutOfRangeException(nameof(days), days, "A move is 1–6 days either way.");
        }

        return WithMove(weekday, (sbyte)days);
    }

    /// <summary>The same rule, not kept in a year when the date falls on <paramref name="weekday"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weekday"/> is not a day.</exception>
    public HebrewDateRule SkippedOn(IsoDayOfWeek weekday)
    {
        CheckWeekday(weekday);
        return WithMove(weekday, Skip);
    }

    /// <summary>The same rule, kept only in years when the date falls on <paramref name="weekday"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weekday"/> is not a day.</exception>
    public HebrewDateRule OnlyOn(IsoDayOfWeek weekday)
    {
        CheckWeekday(weekday);
        var moves = new sbyte[8];
        foreach (var other in Weekdays())
        {
            moves[(int)other] = other == weekday ? _moves[(int)weekday] : Skip;
        }

        return new HebrewDateRule(Month, Day, OffsetDays, Alignment, AlignedWeekday, Weeks, moves);
    }

    /// <inheritdoc/>
    public override string ToString()
    {
        var text = new StringBuilder();
        var date = string.Create(CultureInfo.InvariantCulture, $"{Day} {HebrewDateText.EnglishName(Month)}{(Month == HebrewMonth.Adar ? " (Adar II in a leap year)" : "")}");
        if (OffsetDays != 0)
        {
            date += string.Create(CultureInfo.InvariantCulture, $" {(OffsetDays > 0 ? "+" : "−")} {Math.Abs(OffsetDays)} {Plural(OffsetDays, "day")}");
        }

        text.Append(Alignment switch
        {
            WeekdayAlignment.OnOrBefore => $"{AlignedWeekday} on or before {date}",
            WeekdayAlignment.OnOrAfter => $"{AlignedWeekday} on or after {date}",
            _ => date,
        });
        if (Weeks != 0)
        {
            text.Append(CultureInfo.InvariantCulture, $", {(Weeks > 0 ? "+" : "−")} {Math.Abs(Weeks)} {Plural(Weeks, "week")}");
        }

        foreach (var weekday in Weekdays())
        {
            var move = _moves[(int)weekday];
            if (move == Skip)
            {
                text.Append(CultureInfo.InvariantCulture, $"; not kept when on {weekday}");
            }
            else if (move != 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"; if {weekday}, {(move > 0 ? "+" : "−")}{Math.Abs(move)} {Plural(move, "day")}");
            }
        }

        return text.ToString();
    }

    /// <inheritdoc/>
    public override bool Equals(ObservanceDateRule? other) =>
        other is HebrewDateRule rule && rule.Month == Month && rule.Day == Day && rule.OffsetDays == OffsetDays
        && rule.Alignment == Alignment && rule.AlignedWeekday == AlignedWeekday && rule.Weeks == Weeks
        && rule._moves.AsSpan().SequenceEqual(_moves);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(Month, Day, OffsetDays, Alignment, AlignedWeekday, Weeks, MemoryMarshal.Read<long>(MemoryMarshal.AsBytes(_moves.AsSpan())));

    /// <inheritdoc/>
    internal override int Resolve(in HebrewYearInfo year, Span<int> days)
    {
        var month = Month == HebrewMonth.Adar && year.IsLeap ? HebrewMonth.AdarII : Month;
        var day = year.DayOfYear(month, Day);
        if (day < 0)
        {
            return 0;
        }

        day += OffsetDays;
        if (Alignment != WeekdayAlignment.None)
        {
            var weekday = year.DayOfWeek(day);
            var target = (int)AlignedWeekday;
            day += Alignment == WeekdayAlignment.OnOrBefore ? -((weekday - target + 7) % 7) : (target - weekday + 7) % 7;
        }

        day += 7 * Weeks;
        var move = _moves[year.DayOfWeek(day)];
        if (move == Skip)
        {
            return 0;
        }

        days[0] = day + move;
        return 1;
    }

    private static HebrewDateRule Aligned(WeekdayAlignment alignment, IsoDayOfWeek weekday, HebrewMonth month, int day)
    {
        CheckWeekday(weekday);
        CheckDate(month, day);
        return new HebrewDateRule(month, day, 0, alignment, weekday, 0, new sbyte[8]);
    }

    private HebrewDateRule WithMove(IsoDayOfWeek weekday, sbyte move)
    {
        var moves = (sbyte[])_moves.Clone();
        moves[(int)weekday] = move;
        return new HebrewDateRule(Month, Day, OffsetDays, Alignment, AlignedWeekday, Weeks, moves);
    }

    private static IEnumerable<IsoDayOfWeek> Weekdays() =>
        [IsoDayOfWeek.Sunday, IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday];

    private static string Plural(int count, string unit) => Math.Abs(count) == 1 ? unit : unit + "s";

    private static void CheckDate(HebrewMonth month, int day)
    {
        if (month is < HebrewMonth.Tishrei or > HebrewMonth.Elul)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "Not a Hebrew month.");
        }

        if (day is < 1 or > 30)
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "A Hebrew day is 1–30.");
        }
    }

    private static void CheckWeekday(IsoDayOfWeek weekday)
    {
        if (weekday is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
        {
            throw new ArgumentOutOfRangeException(nameof(weekday), weekday, "Not a day of the week.");
        }
    }
}
