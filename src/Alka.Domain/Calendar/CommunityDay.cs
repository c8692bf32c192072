using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Alka.Domain.Calendar;

/// <summary>
/// One day of a community day in a given year — e.g. 2027-05-17, <c>eid-al-adha</c>, day 2 of 4, provisional — or
/// the <i>possible</i> day right after a provisional span.
/// </summary>
/// <remarks>
/// <para>A small immutable value (a date, a reference to its definition and two small numbers): thread-safe, equal
/// when date, definition, day number and flags are equal.</para>
/// <para>The <see langword="default"/> value is not an occurrence: <see cref="Definition"/> and the members that
/// read it throw <see cref="InvalidOperationException"/>.</para>
/// </remarks>
public readonly struct CommunityDay : IEquatable<CommunityDay>
{
    private readonly CommunityDayDefinition? _definition;
    private readonly int _hijriYear;
    private readonly byte _dayNumber;
    private readonly Flags _flags;

    internal CommunityDay(LocalDate date, CommunityDayDefinition definition, int dayNumber, int hijriYear, bool announced, bool possible)
    {
        Date = date;
        _definition = definition;
        _dayNumber = (byte)dayNumber;
        _hijriYear = hijriYear;
        _flags = (announced ? Flags.Announced : 0) | (possible ? Flags.Possible : 0);
    }

    [Flags]
    private enum Flags : byte
    {
        Announced = 1,
        Possible = 2,
    }

    /// <summary>The date (ISO calendar).</summary>
    public LocalDate Date { get; }

    /// <summary>The community day this is a day of.</summary>
    /// <exception cref="InvalidOperationException">This is the <see langword="default"/> value.</exception>
    public CommunityDayDefinition Definition =>
        _definition ?? throw new InvalidOperationException("default(CommunityDay) is not an occurrence.");

    /// <summary>The definition's id, e.g. <c>eid-al-adha</c>.</summary>
    public string Id => Definition.Id;

    /// <summary>The community whose day off it is.</summary>
    public Community Community => Definition.Community;

    /// <summary>Which day of the span this is: 1 … <see cref="Days"/>; <see cref="Days"/> + 1 for the possible day.</summary>
    public int DayNumber => _dayNumber;

    /// <summary>How many days the holiday lasts (the possible day not counted).</summary>
    public int Days => Definition.Days;

    /// <summary>
    /// Whether the date is an estimate: a Hijri holiday (and its possible day) whose date has not been announced.
    /// </summary>
    public bool IsProvisional => Definition.IsProvisional && !IsAnnounced;

    /// <summary>Whether the date follows a caller-supplied <see cref="AnnouncedDate"/> rather than the computed calendar.</summary>
    public bool IsAnnounced => (_flags & Flags.Announced) != 0;

    /// <summary>
    /// Whether this is the day right after a provisional span, on which the holiday may still fall if it begins a day
    /// later than computed. It is not a day off, only a possible one.
    /// </summary>
    public bool IsPossible => (_flags & Flags.Possible) != 0;

    /// <summary>Whether this is a day off of the community: a day of the span, not the possible day after it.</summary>
    public bool IsDayOff => !IsPossible;

    /// <summary>The id that explains the day in a verdict: <see cref="Id"/>, or <c>ID:possible</c> for the possible day.</summary>
    public string ReasonId => IsPossible ? Definition.PossibleDayId : Definition.Id;

    /// <summary>
    /// For a Hijri holiday, the Hijri date of this day in the calendar that computed it (<see cref="HijriCalendars.ForYear"/>),
    /// counted from the holiday's first day (announced or computed), e.g. <c>4 Shawwal 1448</c>; <see langword="null"/>
    /// for other rules.
    /// </summary>
    public HijriDate? HijriDate => _hijriYear == 0
        ? null
        : new HijriDate(new LocalDate(_hijriYear, Definition.Rule.Month, Definition.Rule.Day, HijriCalendars.ForYear(_hijriYear)).PlusDays(DayNumber - 1));

    /// <summary>E.g. <c>2027-05-17 eid-al-adha 2/4 provisional</c>.</summary>
    public override string ToString()
    {
        if (_definition is null)
        {
            return "(none)";
        }

        var state = IsPossible ? " possible" : IsProvisional ? " provisional" : IsAnnounced ? " announced" : "";
        return string.Create(
            CultureInfo.InvariantCulture, $"{LocalDatePattern.Iso.Format(Date)} {Id} {DayNumber}/{Days}{state}");
    }

    /// <inheritdoc/>
    public bool Equals(CommunityDay other) =>
        Date == other.Date && ReferenceEquals(_definition, other._definition) && _dayNumber == other._dayNumber
        && _hijriYear == other._hijriYear && _flags == other._flags;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CommunityDay other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, _definition, _dayNumber, _flags);

    /// <summary>Whether the two are the same day of the same holiday.</summary>
    public static bool operator ==(CommunityDay left, CommunityDay right) => left.Equals(right);

    /// <summary>Whether the two differ.</summary>
    public static bool operator !=(CommunityDay left, CommunityDay right) => !left.Equals(right);
}
