using System.Text.Json.Serialization;
using Alka.Domain.Serialization;
using NodaTime;

namespace Alka.Domain.Calendar;

/// <summary>An observance on a day.</summary>
/// <remarks>
/// Equality is by date and observance id. The default value has no observance. An occurrence holds the day once, as
/// its <see cref="HebrewDate"/>: 16 bytes, so that long ranges are cheap to list.
/// </remarks>
[JsonConverter(typeof(ObservanceOccurrenceJsonConverter))]
public readonly struct ObservanceOccurrence : IEquatable<ObservanceOccurrence>
{
    internal ObservanceOccurrence(HebrewDate hebrewDate, Observance observance)
    {
        HebrewDate = hebrewDate;
        Observance = observance;
    }

    /// <summary>The ISO date (computed from <see cref="HebrewDate"/> on each read).</summary>
    public LocalDate Date => HebrewDate.ToLocalDate();

    /// <summary>The Hebrew date.</summary>
    public HebrewDate HebrewDate { get; }

    /// <summary>The observance.</summary>
    public Observance Observance { get; }

    /// <inheritdoc/>
    public bool Equals(ObservanceOccurrence other) =>
        HebrewDate == other.HebrewDate && string.Equals(Observance?.Id, other.Observance?.Id, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ObservanceOccurrence other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(HebrewDate, Observance?.Id);

    /// <summary>Whether two occurrences are the same observance on the same day.</summary>
    public static bool operator ==(ObservanceOccurrence left, ObservanceOccurrence right) => left.Equals(right);

    /// <summary>Whether two occurrences differ.</summary>
    public static bool operator !=(ObservanceOccurrence left, ObservanceOccurrence right) => !left.Equals(right);

    /// <summary>The date and the id, e.g. <c>2026-09-11 erev-rosh-hashana</c>.</summary>
    public override string ToString() => $"{Date:uuuu-MM-dd} {Observance?.Id}";
}
