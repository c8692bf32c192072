using NodaTime;

namespace Alka.Domain.Calendar;

/// <summary>Where a <see cref="CommunityDayRule"/> puts its first day in one of the rule's own years.</summary>
internal static class CommunityDayDates
{
    /// <summary>
    /// The first day (ISO) of the rule in <paramref name="ruleYear"/> — a Gregorian year for Gregorian and Easter rules,
    /// a Julian year for Julian rules, a Hijri year for Hijri rules (computed by <see cref="HijriCalendars.ForYear"/>).
    /// </summary>
    /// <returns><see langword="false"/> when the year is outside what the rule's calendar computes.</returns>
    public static bool TryGetFirstDay(CommunityDayRule rule, int ruleYear, out LocalDate first)
    {
        first = default;
        switch (rule.Kind)
        {
            case CommunityDayRuleKind.GregorianDate when InYears(CalendarSystem.Iso, ruleYear):
                first = new LocalDate(ruleYear, rule.Month, rule.Day);
                return true;
            case CommunityDayRuleKind.JulianDate when InYears(CalendarSystem.Julian, ruleYear):
                first = new LocalDate(ruleYear, rule.Month, rule.Day, CalendarSystem.Julian).WithCalendar(CalendarSystem.Iso);
                return true;
            case CommunityDayRuleKind.WesternEaster when ruleYear is >= CommunityCalendar.MinYear and <= CommunityCalendar.MaxYear:
                first = Easter.Western(ruleYear).PlusDays(rule.Offset);
                return true;
            case CommunityDayRuleKind.OrthodoxEaster when ruleYear is >= CommunityCalendar.MinYear and <= CommunityCalendar.MaxYear:
                first = Easter.Orthodox(ruleYear).PlusDays(rule.Offset);
                return true;
            case CommunityDayRuleKind.HijriDate when InYears(HijriCalendars.ForYear(ruleYear), ruleYear):
                first = new LocalDate(ruleYear, rule.Month, rule.Day, HijriCalendars.ForYear(ruleYear)).WithCalendar(CalendarSystem.Iso);
                return true;
            default:
                return false;
        }
    }

    private static bool InYears(CalendarSystem calendar, int year) => year >= calendar.MinYear && year <= calendar.MaxYear;
}
