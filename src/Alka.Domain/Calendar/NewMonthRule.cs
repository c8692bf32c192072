namespace Alka.Domain.Calendar;

/// <summary>
/// Rosh Chodesh of a month: its first day, preceded by the 30th of the month before when that month has 30 days
/// (Shulchan Aruch, Orach Chaim 417–419, with the month lengths of the fixed calendar).
/// </summary>
/// <remarks>
/// Months are exact here: <see cref="HebrewMonth.Adar"/> is only in common years, <see cref="HebrewMonth.AdarI"/> and
/// <see cref="HebrewMonth.AdarII"/> only in leap years. Immutable and thread-safe; equality is structural.
/// </remarks>
public sealed class NewMonthRule : ObservanceDateRule
{
    private NewMonthRule(HebrewMonth month) => Month = month;

    /// <summary>The month that begins.</summary>
    public HebrewMonth Month { get; }

    /// <summary>Rosh Chodesh of <paramref name="month"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is not a month, or is Tishrei (whose first day is Rosh Hashana).</exception>
    public static NewMonthRule Of(HebrewMonth month)
    {
        if (month is <= HebrewMonth.Tishrei or > HebrewMonth.Elul)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "Rosh Chodesh is of Cheshvan … Elul (1 Tishrei is Rosh Hashana).");
        }

        return new NewMonthRule(month);
    }

    /// <inheritdoc/>
    public override string ToString() => $"Rosh Chodesh {HebrewDateText.EnglishName(Month)}: 30 of the month before (if it has 30 days) and 1 {HebrewDateText.EnglishName(Month)}";

    /// <inheritdoc/>
    public override bool Equals(ObservanceDateRule? other) => other is NewMonthRule rule && rule.Month == Month;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(typeof(NewMonthRule), Month);

    /// <inheritdoc/>
    internal override int Resolve(in HebrewYearInfo year, Span<int> days)
    {
        var first = year.DayOfYear(Month, 1);
        if (first < 0)
        {
            return 0;
        }

        if (HebrewArithmetic.MonthDay(year.Kind, first - 1).Day == 30)
        {
            days[0] = first - 1;
            days[1] = first;
            return 2;
        }

        days[0] = first;
        return 1;
    }
}
