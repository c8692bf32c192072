using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Alka.Domain.Calendar;

/// <summary>
/// The officially announced first day of a Hijri holiday in one Hijri year — e.g. "Eid al-Fitr 1448 began on
/// 2027-03-10" — which replaces the computed estimate: its days are no longer provisional and have no possible day.
/// </summary>
/// <remarks>
/// <para>Input to <see cref="CommunityCalendarOptions.AnnouncedDates"/>, checked when the calendar is created
/// (<see cref="CommunityCalendar.Create"/>): the id must name a Hijri definition of the calendar, the holiday of that
/// Hijri year must lie in the supported range, and <see cref="FirstDay"/> must be within <see cref="MaxShiftDays"/>
/// days of the computed first day — a Hijri month begins a day or two either side of any computed calendar, so a
/// date further away is not that holiday of that year but a mistake (a wrong year, a wrong holiday).</para>
/// <para>An announcement is per definition: the Druze announce their own Eid al-Adha (<c>eid-al-adha-druze</c>),
/// which is not moved by an announcement for <c>eid-al-adha</c>.</para>
/// <para>Immutable, equal when all three members are equal. The <see langword="default"/> value names no holiday (its
/// <see cref="DefinitionId"/> is empty) and is rejected by <see cref="CommunityCalendar.Create"/>.</para>
/// </remarks>
public readonly struct AnnouncedDate : IEquatable<AnnouncedDate>
{
    /// <summary>How many days an announced first day may lie before or after the computed one.</summary>
    public const int MaxShiftDays = 2;

    private readonly string? _definitionId;

    /// <summary>Announces that the holiday <paramref name="definitionId"/> of Hijri year <paramref name="hijriYear"/>
    /// begins on <paramref name="firstDay"/> (in any calendar; kept as the same ISO day).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="definitionId"/> is <see langword="null"/>.</exception>
    public AnnouncedDate(string definitionId, int hijriYear, LocalDate firstDay)
    {
        ArgumentNullException.ThrowIfNull(definitionId);
        _definitionId = definitionId;
        HijriYear = hijriYear;
        FirstDay = firstDay.WithCalendar(CalendarSystem.Iso);
    }

    /// <summary>The id of the Hijri community day, e.g. <c>eid-al-fitr</c>; empty for the default value.</summary>
    public string DefinitionId => _definitionId ?? "";

    /// <summary>The Hijri year of the holiday, e.g. 1448.</summary>
    public int HijriYear { get; }

    /// <summary>The announced first day (ISO calendar).</summary>
    public LocalDate FirstDay { get; }

    /// <summary>E.g. <c>eid-al-fitr 1448 = 2027-03-10</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{DefinitionId} {HijriYear} = {LocalDatePattern.Iso.Format(FirstDay)}");

    /// <inheritdoc/>
    public bool Equals(AnnouncedDate other) =>
        string.Equals(DefinitionId, other.DefinitionId, StringComparison.Ordinal) && HijriYear == other.HijriYear && FirstDay == other.FirstDay;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is AnnouncedDate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(DefinitionId, HijriYear, FirstDay);

    /// <summary>Whether the two announce the same thing.</summary>
    public static bool operator ==(AnnouncedDate left, AnnouncedDate right) => left.Equals(right);

    /// <summary>Whether the two differ.</summary>
    public static bool operator !=(AnnouncedDate left, AnnouncedDate right) => !left.Equals(right);
}
