using NodaTime;

namespace Alka.Domain.Calendar;

/// <summary>An observance on a day.</summary>
/// <remarks>Equality is by date and observance id. The default value has no observance.</remarks>
public readonly struct ObservanceOccurrence : IEquatable<ObservanceOccurrence>
{
    internal ObservanceOccurrence(LocalDate date, HebrewDate hebrewDate, Observance observance)
    {
        Date = date;
        HebrewDate = hebrewDate;
        Observance = observance;
    }

    /// <summary>The ISO date.</summary>
    public LocalDate Date { get; }

    /// <summary>The Hebrew date.</summary>
    public HebrewDate HebrewDate { get; }

    /// <summary>The observance.</summary>
    public Observance Observance { get; }

    /// <inheritdoc/>
    public bool Equals(ObservanceOccurrence other) =>
        Date == other.Date && string.Equals(Observance?.Id, other.Observance?.Id, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ObservanceOccurrence other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, Observance?.Id);

    /// <summary>Whether two occurrences are the same observance on the same day.</summary>
    public static bool operator ==(ObservanceOccurrence left, ObservanceOccurrence right) => left.Equals(right);

    /// <summary>Whether two occurrences differ.</summary>
    public static bool operator !=(ObservanceOccurrence left, ObservanceOccurrence right) => !left.Equals(right);

    /// <summary>The date and the id, e.g. <c>2026-09-11 erev-rosh-hashana</c>.</summary>
    public override string ToString() => $"{Date:uuuu-MM-dd} {Observance?.Id}";
}
