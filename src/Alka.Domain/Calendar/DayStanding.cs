namespace Alka.Domain.Calendar;

/// <summary>The standing of a day for Israeli government work (work week Sunday–Thursday).</summary>
/// <remarks>The value <c>0</c> is not a standing.</remarks>
public enum DayStanding
{
    /// <summary>Sunday–Thursday, not a day of rest nor an eve: a full workday.</summary>
    Workday = 1,

    /// <summary>Sunday–Thursday, the eve of a day of rest (category <c>eve</c>): offices close early.</summary>
    ShortWorkday,

    /// <summary>Friday or Saturday that is not a day of rest.</summary>
    Weekend,

    /// <summary>A statutory day of rest (category <c>rest-day</c>) on any day of the week.</summary>
    RestDay,
}
