using Alka.Domain.Calendar;
using NodaTime;
using NodaTime.Text;

namespace Alka.Domain.Planning;

/// <summary>One day of a planned meeting: its date in both calendars and its local start and end in <c>Asia/Jerusalem</c>.</summary>
/// <remarks>
/// A small immutable value; equality compares the date and both times (and their zone). The times carry their offset:
/// 09:00 is <c>+02:00</c> in winter and <c>+03:00</c> in summer. <c>default</c> is not a meeting day.
/// </remarks>
public readonly struct MeetingDay : IEquatable<MeetingDay>
{
    private static readonly OffsetPattern OffsetText = OffsetPattern.CreateWithInvariantCulture("+HH:mm");

    internal MeetingDay(LocalDate date, ZonedDateTime start, ZonedDateTime end)
    {
        Date = date;
        Start = start;
        End = end;
    }

    /// <summary>The time zone of every meeting: <c>Asia/Jerusalem</c>.</summary>
    public static DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb["Asia/Jerusalem"];

    /// <summary>The ISO date.</summary>
    public LocalDate Date { get; }

    /// <summary>The Hebrew date.</summary>
    public HebrewDate HebrewDate => HebrewDate.FromLocalDate(Date);

    /// <summary>When the meeting starts that day, in <c>Asia/Jerusalem</c>.</summary>
    public ZonedDateTime Start { get; }

    /// <summary>When the meeting ends that day, in <c>Asia/Jerusalem</c>.</summary>
    public ZonedDateTime End { get; }

    /// <summary>Whether both days are equal.</summary>
    public static bool operator ==(MeetingDay left, MeetingDay right) => left.Equals(right);

    /// <summary>Whether the days differ.</summary>
    public static bool operator !=(MeetingDay left, MeetingDay right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(MeetingDay other) => Date == other.Date && Start == other.Start && End == other.End;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is MeetingDay other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, Start, End);

    /// <summary>Returns <c>2027-03-25 09:00–13:00 (+02:00)</c>.</summary>
    public override string ToString() =>
        $"{LocalDatePattern.Iso.Format(Date)} {MeetingHours.Text(Start.TimeOfDay)}–{MeetingHours.Text(End.TimeOfDay)} ({OffsetText.Format(Start.Offset)})";

    /// <summary>The day <paramref name="date"/> from <paramref name="start"/> to <paramref name="end"/> local time.</summary>
    /// <remarks>
    /// A local time in the spring gap is shifted forward and one in the autumn overlap takes the earlier offset; Israel
    /// changes its clocks at 02:00, outside any meeting's hours.
    /// </remarks>
    internal static MeetingDay At(LocalDate date, LocalTime start, LocalTime end) =>
        new(date, (date + start).InZoneLeniently(Zone), (date + end).InZoneLeniently(Zone));
}
