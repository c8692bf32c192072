namespace Alka.Domain.Calendar;

/// <summary>
/// The built-in community days: the days off recognised in Israel for the Muslim, Christian (Western and Orthodox)
/// and Druze communities, one per row of <c>community-days.csv</c>, in its order. Jewish and Israeli observances are
/// the Israeli calendar's, not these.
/// </summary>
/// <remarks>Immutable and thread-safe. <c>docs/communities.md</c> explains every rule and its source.</remarks>
public static class CommunityDayDefinitions
{
    private const string GregorianDate =
        "Fixed date of the Gregorian calendar (papal bull Inter gravissimas, 1582), as kept by the Western churches.";

    private const string JulianDate =
        "Fixed date of the Julian calendar, as kept by the Orthodox churches, moved to the Gregorian calendar by NodaTime's "
        + "Julian calendar: 13 days later in 1900–2099, so 25 December (Julian) is 7 January of the next Gregorian year.";

    private const string WesternComputus =
        "Gregorian computus (Lilius and Clavius, 1582) by the Meeus/Jones/Butcher algorithm "
        + "(J. Meeus, Astronomical Algorithms, 2nd ed., 1998, ch. 8; public domain).";

    private const string OrthodoxComputus =
        "Julian computus (the Dionysian 19-year paschal cycle) by Meeus' Julian algorithm (J. Meeus, Astronomical "
        + "Algorithms, 2nd ed., 1998, ch. 8; public domain), moved to the Gregorian calendar.";

    private const string HijriDate =
        "Hijri date by the Umm al-Qura calendar as published by the Kingdom of Saudi Arabia (NodaTime "
        + "CalendarSystem.UmAlQura, AH 1318–1500), by the tabular Hijri calendar outside it (NodaTime IslamicBcl: "
        + "Base16 leap years, astronomical epoch). Provisional: the day follows the sighting of the crescent and is "
        + "announced by the religious authorities; it may begin a day later.";

    private const string DruzeHijriDate = HijriDate
        + " The Druze religious leadership announces its own Eid al-Adha: supply it for eid-al-adha-druze.";

    private const string DruzeDate =
        "Fixed date of the Gregorian calendar, as the Druze feast is kept and recognised in Israel.";

    /// <summary>Every built-in definition, in the order of <c>community-days.csv</c>.</summary>
    public static IReadOnlyList<CommunityDayDefinition> All { get; } =
    [
        Define("christmas-western", Community.ChristianWestern, 2, "Christmas", "חג המולד", CommunityDayRule.GregorianDate(12, 25), GregorianDate),
        Define("new-year-western", Community.ChristianWestern, 1, "New Year", "ראש השנה האזרחית", CommunityDayRule.GregorianDate(1, 1), GregorianDate),
        Define("epiphany-western", Community.ChristianWestern, 1, "Epiphany", "חג ההתגלות", CommunityDayRule.GregorianDate(1, 6), GregorianDate),
        Define("good-friday-western", Community.ChristianWestern, 1, "Good Friday", "יום שישי הטוב", CommunityDayRule.WesternEaster(-2), WesternComputus),
        Define("easter-monday-western", Community.ChristianWestern, 1, "Easter Monday", "שני של פסחא", CommunityDayRule.WesternEaster(1), WesternComputus),
        Define("ascension-western", Community.ChristianWestern, 1, "Ascension Day", "חג העלייה", CommunityDayRule.WesternEaster(39), WesternComputus),
        Define("whit-monday-western", Community.ChristianWestern, 1, "Whit Monday", "שני של שבועות הנוצרי", CommunityDayRule.WesternEaster(50), WesternComputus),
        Define("christmas-orthodox", Community.ChristianOrthodox, 2, "Christmas (Orthodox)", "חג המולד (אורתודוקסי)", CommunityDayRule.JulianDate(12, 25), JulianDate),
        Define("new-year-orthodox", Community.ChristianOrthodox, 1, "New Year (Orthodox)", "ראש השנה (אורתודוקסי)", CommunityDayRule.JulianDate(1, 1), JulianDate),
        Define("epiphany-orthodox", Community.ChristianOrthodox, 1, "Epiphany (Orthodox)", "חג ההתגלות (אורתודוקסי)", CommunityDayRule.JulianDate(1, 6), JulianDate),
        Define("good-friday-orthodox", Community.ChristianOrthodox, 1, "Good Friday (Orthodox)", "יום שישי הטוב (אורתודוקסי)", CommunityDayRule.OrthodoxEaster(-2), OrthodoxComputus),
        Define("easter-monday-orthodox", Community.ChristianOrthodox, 1, "Easter Monday (Orthodox)", "שני של פסחא (אורתודוקסי)", CommunityDayRule.OrthodoxEaster(1), OrthodoxComputus),
        Define("ascension-orthodox", Community.ChristianOrthodox, 1, "Ascension Day (Orthodox)", "חג העלייה (אורתודוקסי)", CommunityDayRule.OrthodoxEaster(39), OrthodoxComputus),
        Define("whit-monday-orthodox", Community.ChristianOrthodox, 1, "Whit Monday (Orthodox)", "שני של שבועות (אורתודוקסי)", CommunityDayRule.OrthodoxEaster(50), OrthodoxComputus),
        Define("islamic-new-year", Community.Muslim, 1, "Islamic New Year", "ראש השנה ההג'רית", CommunityDayRule.HijriDate(1, 1), HijriDate),
        Define("mawlid", Community.Muslim, 1, "Mawlid al-Nabi", "מולד הנביא", CommunityDayRule.HijriDate(3, 12), HijriDate),
        Define("eid-al-fitr", Community.Muslim, 3, "Eid al-Fitr", "עיד אל-פיטר", CommunityDayRule.HijriDate(10, 1), HijriDate),
        Define("eid-al-adha", Community.Muslim, 4, "Eid al-Adha", "עיד אל-אדחא", CommunityDayRule.HijriDate(12, 10), HijriDate),
        Define("eid-al-adha-druze", Community.Druze, 4, "Eid al-Adha (Druze)", "עיד אל-אדחא (דרוזי)", CommunityDayRule.HijriDate(12, 10), DruzeHijriDate),
        Define("nabi-shuayb", Community.Druze, 4, "Ziyarat al-Nabi Shu'ayb", "זיארת א-נבי שועייב", CommunityDayRule.GregorianDate(4, 25), DruzeDate),
        Define("al-khidr", Community.Druze, 1, "Al-Khidr", "אל-ח'דר", CommunityDayRule.GregorianDate(1, 25), DruzeDate),
        Define("nabi-sabalan", Community.Druze, 1, "Nabi Sabalan", "נבי סבלאן", CommunityDayRule.GregorianDate(9, 10), DruzeDate),
    ];

    /// <summary>Finds the built-in definition whose id is <paramref name="id"/> (ordinal).</summary>
    /// <returns><see langword="true"/> when <paramref name="id"/> names a built-in community day.</returns>
    public static bool TryGet(string? id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CommunityDayDefinition? definition)
    {
        definition = All.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.Ordinal));
        return definition is not null;
    }

    private static CommunityDayDefinition Define(
        string id, Community community, int days, string nameEnglish, string nameHebrew, CommunityDayRule rule, string source)
    {
        var result = CommunityDayDefinition.Create(id, community, days, BilingualText.Create(nameEnglish, nameHebrew), rule, source);
        return result.IsSuccess ? result.Value : throw new InvalidOperationException($"Built-in community day {id} is invalid.");
    }
}
