namespace Alka.Domain.Calendar;

/// <summary>
/// One rule of an observance with the Hebrew years in which it is in force and the source it comes from (a statute,
/// a government decision, a halachic source). An observance whose law changed has one rule per period.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is structural. <see cref="Observance.Create"/> validates the rules of an observance together.</remarks>
public sealed class ObservanceRule : IEquatable<ObservanceRule>
{
    private ObservanceRule(ObservanceDateRule date, int? firstYear, int? lastYear, string source)
    {
        Date = date;
        FirstYear = firstYear;
        LastYear = lastYear;
        Source = source;
    }

    /// <summary>How the day is found.</summary>
    public ObservanceDateRule Date { get; }

    /// <summary>The first Hebrew year in which the rule is in force, or <see langword="null"/> for every year from the first.</summary>
    public int? FirstYear { get; }

    /// <summary>The last Hebrew year in which the rule is in force, or <see langword="null"/> for every year to the last.</summary>
    public int? LastYear { get; }

    /// <summary>Where the rule comes from, e.g. <c>Independence Day Law, 5709-1949</c>.</summary>
    public string Source { get; }

    /// <summary>A rule in force in every year.</summary>
    public static ObservanceRule Always(ObservanceDateRule date, string source) => InForce(date, null, null, source);

    /// <summary>A rule in force from <paramref name="firstYear"/> to <paramref name="lastYear"/> (Hebrew years, inclusive; <see langword="null"/> for open).</summary>
    public static ObservanceRule InForce(ObservanceDateRule date, int? firstYear, int? lastYear, string source)
    {
        ArgumentNullException.ThrowIfNull(date);
        ArgumentNullException.ThrowIfNull(source);
        return new ObservanceRule(date, firstYear, lastYear, source);
    }

    /// <summary>Whether the rule is in force in <paramref name="hebrewYear"/>.</summary>
    public bool IsInForce(int hebrewYear) =>
        (FirstYear is not { } first || hebrewYear >= first) && (LastYear is not { } last || hebrewYear <= last);

    /// <inheritdoc/>
    public bool Equals(ObservanceRule? other) =>
        other is not null && Date.Equals(other.Date) && FirstYear == other.FirstYear && LastYear == other.LastYear
        && string.Equals(Source, other.Source, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ObservanceRule);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, FirstYear, LastYear, Source);

    /// <summary>Describes the rule with its years, e.g. <c>5 Iyyar; if Friday, −1 day (5709–5763)</c>.</summary>
    public override string ToString() => (FirstYear, LastYear) switch
    {
        (null, null) => Date.ToString(),
        (var first, null) => $"{Date} (from {first})",
        (null, var last) => $"{Date} (to {last})",
        var (first, last) => $"{Date} ({first}–{last})",
    };
}
