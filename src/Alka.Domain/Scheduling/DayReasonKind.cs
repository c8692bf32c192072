namespace Alka.Domain.Scheduling;

/// <summary>What a <see cref="DayReason"/> names. The stable text ids are public API: see <see cref="DayReasonKindIds"/>. The value <c>0</c> is not a kind.</summary>
public enum DayReasonKind
{
    /// <summary>Friday or Saturday (<c>weekend</c>).</summary>
    Weekend = 1,

    /// <summary>A Jewish or Israeli observance of the <see cref="Calendar.IsraeliCalendar"/> (<c>observance</c>).</summary>
    Observance,

    /// <summary>A day of a community day off, or the possible day after a provisional span (<c>community-day</c>).</summary>
    CommunityDay,

    /// <summary>A caller-supplied day: an election or a blackout (<c>caller-day</c>).</summary>
    CallerDay,
}
