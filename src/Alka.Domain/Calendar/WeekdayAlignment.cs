namespace Alka.Domain.Calendar;

/// <summary>How a <see cref="HebrewDateRule"/> aligns its date to a weekday.</summary>
public enum WeekdayAlignment
{
    /// <summary>No alignment: the date itself.</summary>
    None,

    /// <summary>The last such weekday on or before the date.</summary>
    OnOrBefore,

    /// <summary>The first such weekday on or after the date.</summary>
    OnOrAfter,
}
