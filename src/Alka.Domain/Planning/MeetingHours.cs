using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Alka.Domain.Planning;

/// <summary>The local hours of a meeting day in <c>Asia/Jerusalem</c>, e.g. 09:00–13:00.</summary>
/// <remarks>
/// A small immutable value; equality compares both times. <c>default</c> is 00:00–00:00, which is not valid hours:
/// <see cref="Planner"/> rejects it where an option holds it.
/// </remarks>
public readonly struct MeetingHours : IEquatable<MeetingHours>
{
    private static readonly LocalTimePattern Clock = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    /// <summary>Creates hours from <paramref name="start"/> to <paramref name="end"/>, the same day.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is not after <paramref name="start"/>.</exception>
    public MeetingHours(LocalTime start, LocalTime end)
    {
        if (end <= start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, $"Meeting hours end after they start ({start:HH:mm}).");
        }

        Start = start;
        End = end;
    }

    /// <summary>The local start time.</summary>
    public LocalTime Start { get; }

    /// <summary>The local end time, after <see cref="Start"/>.</summary>
    public LocalTime End { get; }

    /// <summary>How long the meeting lasts on the clock (a daylight-saving change never falls in the day's working hours in Israel).</summary>
    public Period Length => Period.Between(Start, End, PeriodUnits.Minutes);

    /// <summary>Whether both hours are equal.</summary>
    public static bool operator ==(MeetingHours left, MeetingHours right) => left.Equals(right);

    /// <summary>Whether the hours differ.</summary>
    public static bool operator !=(MeetingHours left, MeetingHours right) => !left.Equals(right);

    /// <summary>The hours <paramref name="hour"/>:00 to <paramref name="hour"/> + <paramref name="hours"/>:00.</summary>
    internal static MeetingHours From(int hour, int hours) => new(new LocalTime(hour, 0), new LocalTime(hour + hours, 0));

    /// <inheritdoc/>
    public bool Equals(MeetingHours other) => Start == other.Start && End == other.End;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is MeetingHours other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Start, End);

    /// <summary>Returns <c>09:00–13:00</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Text(Start)}–{Text(End)}");

    internal static string Text(LocalTime time) => Clock.Format(time);
}
