namespace Alka.Domain.Calendar;

/// <summary>How a <see cref="CommunityDayRule"/> places a community day in the year. The value <c>0</c> is no rule.</summary>
public enum CommunityDayRuleKind
{
    /// <summary>A fixed date of the Gregorian calendar, e.g. 25 December.</summary>
    GregorianDate = 1,

    /// <summary>A fixed date of the Julian calendar, shown in Gregorian dates (25 December Julian is 7 January).</summary>
    JulianDate,

    /// <summary>Days before or after Western Easter (Gregorian computus).</summary>
    WesternEaster,

    /// <summary>Days before or after Orthodox Easter (Julian computus), shown in Gregorian dates.</summary>
    OrthodoxEaster,

    /// <summary>A fixed date of the Hijri calendar, e.g. 1 Shawwal: an estimate until announced.</summary>
    HijriDate,
}
