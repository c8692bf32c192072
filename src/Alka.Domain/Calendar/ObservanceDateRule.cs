namespace Alka.Domain.Calendar;

/// <summary>
/// How to find the day or days of an observance within one Hebrew year: a value, not code, so that a rule can be
/// listed, documented and compared. The kinds are <see cref="HebrewDateRule"/> (a Hebrew date, moved by weekday),
/// <see cref="NewMonthRule"/> (Rosh Chodesh), <see cref="SolarCycleRule"/> (Birkat HaChamah) and
/// <see cref="GregorianDateRule"/> (a day of the Gregorian year, for custom observances).
/// </summary>
/// <remarks>Rules are immutable and thread-safe. Equality is structural.</remarks>
public abstract class ObservanceDateRule : IEquatable<ObservanceDateRule>
{
    private protected ObservanceDateRule()
    {
    }

    /// <summary>The most days a rule yields in one year.</summary>
    internal const int MaxDaysPerYear = 2;

    /// <summary>Describes the rule in English, e.g. <c>3 Tishrei; if Saturday, +1 day</c>.</summary>
    public abstract override string ToString();

    /// <inheritdoc/>
    public abstract bool Equals(ObservanceDateRule? other);

    /// <inheritdoc/>
    public sealed override bool Equals(object? obj) => obj is ObservanceDateRule other && Equals(other);

    /// <inheritdoc/>
    public abstract override int GetHashCode();

    /// <summary>Writes the 0-based days of <paramref name="year"/> on which the rule falls into <paramref name="days"/>, ascending.</summary>
    /// <returns>How many: 0 to <see cref="MaxDaysPerYear"/>.</returns>
    internal abstract int Resolve(in HebrewYearInfo year, Span<int> days);
}
