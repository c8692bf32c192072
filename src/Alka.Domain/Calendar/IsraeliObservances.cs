using System.Collections.Immutable;
using static Alka.Domain.Calendar.HebrewDateRule;
using static Alka.Domain.Calendar.HebrewMonth;
using static Alka.Domain.Calendar.ObservanceCategories;
using static NodaTime.IsoDayOfWeek;

namespace Alka.Domain.Calendar;

/// <summary>
/// The built-in Jewish and Israeli observances, Israeli schedule (one day of Yom Tov; Shmini Atzeret and Simchat Torah
/// on one day): every observance of the calendar specification, with its rules and their sources. Civic days exist
/// from the year their law or decision took effect and move as it moves them.
/// </summary>
/// <remarks>The list is ordered by the Hebrew year (from Elul, the eve of the new year, to Elul) as in the specification; ids are stable.</remarks>
public static class IsraeliObservances
{
    private static readonly ImmutableArray<Observance> Observances =
    [
        Define("erev-rosh-hashana", Eve, "Erev Rosh Hashana", "ערב ראש השנה", Always(On(Elul, 29), Sources.Rest)),
        Define("rosh-hashana-1", RestDay, "Rosh Hashana (day 1)", "ראש השנה א׳", Always(On(Tishrei, 1), Sources.Rest)),
        Define("rosh-hashana-2", RestDay, "Rosh Hashana (day 2)", "ראש השנה ב׳", Always(On(Tishrei, 2), Sources.Rest)),
        Define("tzom-gedaliah", Fast, "Fast of Gedaliah", "צום גדליה", Always(On(Tishrei, 3).Moving(Saturday, +1), Sources.PostponedFast)),
        Define("shabbat-shuva", SpecialShabbat, "Shabbat Shuva", "שבת שובה", Always(WeekdayOnOrAfter(Saturday, Tishrei, 3), Sources.ShabbatShuva)),
        Define("erev-yom-kippur", Eve, "Erev Yom Kippur", "ערב יום כיפור", Always(On(Tishrei, 9), Sources.Rest)),
        Define("yom-kippur", RestDay | Fast, "Yom Kippur", "יום כיפור", Always(On(Tishrei, 10), Sources.Rest)),
        Define("erev-sukkot", Eve, "Erev Sukkot", "ערב סוכות", Always(On(Tishrei, 14), Sources.Rest)),
        Define("sukkot-1", RestDay, "Sukkot", "סוכות", Always(On(Tishrei, 15), Sources.Rest)),
        Define("sukkot-2-chol-hamoed", CholHamoed, "Sukkot day 2 (Chol HaMoed)", "חול המועד סוכות, יום 2", Always(On(Tishrei, 16), Sources.Festivals)),
        Define("sukkot-3-chol-hamoed", CholHamoed, "Sukkot day 3 (Chol HaMoed)", "חול המועד סוכות, יום 3", Always(On(Tishrei, 17), Sources.Festivals)),
        Define("sukkot-4-chol-hamoed", CholHamoed, "Sukkot day 4 (Chol HaMoed)", "חול המועד סוכות, יום 4", Always(On(Tishrei, 18), Sources.Festivals)),
        Define("sukkot-5-chol-hamoed", CholHamoed, "Sukkot day 5 (Chol HaMoed)", "חול המועד סוכות, יום 5", Always(On(Tishrei, 19), Sources.Festivals)),
        Define("sukkot-6-chol-hamoed", CholHamoed, "Sukkot day 6 (Chol HaMoed)", "חול המועד סוכות, יום 6", Always(On(Tishrei, 20), Sources.Festivals)),
        Define("hoshana-raba", CholHamoed | Eve, "Hoshana Raba", "הושענא רבה", Always(On(Tishrei, 21), Sources.Festivals)),
        Define("shmini-atzeret", RestDay, "Shmini Atzeret / Simchat Torah", "שמיני עצרת / שמחת תורה", Always(On(Tishrei, 22), Sources.Rest)),
        Define("sigd", National, "Sigd", "סיגד", InForce(On(Cheshvan, 29).Moving(Saturday, -2), 5769, null, Sources.SigdLaw)),
        Define("yitzhak-rabin-memorial-day", National | Memorial, "Yitzhak Rabin Memorial Day", "יום הזיכרון ליצחק רבין", InForce(On(Cheshvan, 12).Moving(Friday, -1), 5758, null, Sources.RabinLaw)),
        Define("yom-haaliyah-school-observance", National, "Aliyah Day (school observance)", "יום העלייה (ציון במוסדות החינוך)", InForce(On(Cheshvan, 7), 5777, null, Sources.AliyahDayLaw)),
        Define("chag-habanot", Minor, "Chag HaBanot", "חג הבנות", Always(On(Kislev, 29).PlusDays(1), Sources.ChagHaBanot)),
        Define("chanukah-candles-1", Minor, "Chanukah: 1 candle", "חנוכה: נר ראשון", Always(On(Kislev, 24), Sources.Chanukah)),
        Define("chanukah-candles-2", Minor, "Chanukah: 2 candles", "חנוכה: 2 נרות", Always(On(Kislev, 24).PlusDays(1), Sources.Chanukah)),
        Define("chanukah-candles-3", Minor, "Chanukah: 3 candles", "חנוכה: 3 נרות", Always(On(Kislev, 24).PlusDays(2), Sources.Chanukah)),
        Define("chanukah-candles-4", Minor, "Chanukah: 4 candles", "חנוכה: 4 נרות", Always(On(Kislev, 24).PlusDays(3), Sources.Chanukah)),
        Define("chanukah-candles-5", Minor, "Chanukah: 5 candles", "חנוכה: 5 נרות", Always(On(Kislev, 24).PlusDays(4), Sources.Chanukah)),
        Define("chanukah-candles-6", Minor, "Chanukah: 6 candles", "חנוכה: 6 נרות", Always(On(Kislev, 24).PlusDays(5), Sources.Chanukah)),
        Define("chanukah-candles-7", Minor, "Chanukah: 7 candles", "חנוכה: 7 נרות", Always(On(Kislev, 24).PlusDays(6), Sources.Chanukah)),
        Define("chanukah-candles-8", Minor, "Chanukah: 8 candles", "חנוכה: 8 נרות", Always(On(Kislev, 24).PlusDays(7), Sources.Chanukah)),
        Define("chanukah-day-8", Minor, "Chanukah: 8th day", "חנוכה: יום שמיני", Always(On(Kislev, 25).PlusDays(7), Sources.Chanukah)),
        Define("asara-btevet", Fast, "Tenth of Tevet", "עשרה בטבת", Always(On(Tevet, 10), Sources.Fasts)),
        Define("shabbat-shirah", SpecialShabbat, "Shabbat Shirah", "שבת שירה", Always(WeekdayOnOrAfter(Saturday, Tishrei, 23).PlusWeeks(15), Sources.ShabbatShirah)),
        Define("tu-bishvat", Minor, "Tu BiShvat", "ט״ו בשבט", Always(On(Shvat, 15), Sources.NewYears)),
        Define("family-day", National, "Family Day", "יום המשפחה", InForce(On(Shvat, 30), 5760, null, Sources.FamilyDay)),
        Define("shabbat-shekalim", SpecialShabbat, "Shabbat Shekalim", "שבת שקלים", Always(WeekdayOnOrBefore(Saturday, Adar, 1), Sources.FourParshiyot)),
        Define("purim-katan", Minor, "Purim Katan", "פורים קטן", Always(On(AdarI, 14), Sources.PurimKatan)),
        Define("shushan-purim-katan", Minor, "Shushan Purim Katan", "שושן פורים קטן", Always(On(AdarI, 15), Sources.PurimKatan)),
        Define("shabbat-zachor", SpecialShabbat, "Shabbat Zachor", "שבת זכור", Always(WeekdayOnOrBefore(Saturday, Adar, 13), Sources.FourParshiyot)),
        Define("taanit-esther", Fast, "Fast of Esther", "תענית אסתר", Always(On(Adar, 13).Moving(Saturday, -2), Sources.TaanitEsther)),
        Define("erev-purim", Minor, "Erev Purim", "ערב פורים", Always(On(Adar, 13), Sources.Purim)),
        Define("purim", Minor, "Purim", "פורים", Always(On(Adar, 14), Sources.Purim)),
        Define("shushan-purim", Minor, "Shushan Purim", "שושן פורים", Always(On(Adar, 15), Sources.Purim)),
        Define("purim-meshulash", Minor, "Purim Meshulash", "פורים משולש", Always(On(Adar, 16).OnlyOn(Sunday), Sources.PurimMeshulash)),
        Define("shabbat-parah", SpecialShabbat, "Shabbat Parah", "שבת פרה", Always(WeekdayOnOrBefore(Saturday, Adar, 23), Sources.FourParshiyot)),
        Define("shabbat-hachodesh", SpecialShabbat, "Shabbat HaChodesh", "שבת החודש", Always(WeekdayOnOrBefore(Saturday, Nisan, 1), Sources.FourParshiyot)),
        Define("yom-haaliyah", National, "Aliyah Day", "יום העלייה", InForce(On(Nisan, 10), 5777, null, Sources.AliyahDayLaw)),
        Define("shabbat-hagadol", SpecialShabbat, "Shabbat HaGadol", "שבת הגדול", Always(WeekdayOnOrBefore(Saturday, Nisan, 14), Sources.ShabbatHaGadol)),
        Define("taanit-bechorot", Fast, "Fast of the Firstborn", "תענית בכורות", Always(On(Nisan, 14).Moving(Saturday, -2), Sources.TaanitBechorot)),
        Define("erev-pesach", Eve, "Erev Pesach", "ערב פסח", Always(On(Nisan, 14), Sources.Rest)),
        Define("pesach-1", RestDay, "Pesach", "פסח", Always(On(Nisan, 15), Sources.Rest)),
        Define("pesach-2-chol-hamoed", CholHamoed, "Pesach day 2 (Chol HaMoed)", "חול המועד פסח, יום 2", Always(On(Nisan, 16), Sources.Festivals)),
        Define("pesach-3-chol-hamoed", CholHamoed, "Pesach day 3 (Chol HaMoed)", "חול המועד פסח, יום 3", Always(On(Nisan, 17), Sources.Festivals)),
        Define("pesach-4-chol-hamoed", CholHamoed, "Pesach day 4 (Chol HaMoed)", "חול המועד פסח, יום 4", Always(On(Nisan, 18), Sources.Festivals)),
        Define("pesach-5-chol-hamoed", CholHamoed, "Pesach day 5 (Chol HaMoed)", "חול המועד פסח, יום 5", Always(On(Nisan, 19), Sources.Festivals)),
        Define("pesach-6-chol-hamoed", CholHamoed | Eve, "Pesach day 6 (Chol HaMoed, eve of the seventh day)", "חול המועד פסח, יום 6 (ערב שביעי של פסח)", Always(On(Nisan, 20), Sources.Festivals)),
        Define("pesach-7", RestDay, "Seventh day of Pesach", "שביעי של פסח", Always(On(Nisan, 21), Sources.Rest)),
        Define("yom-hashoah", National | Memorial, "Holocaust Remembrance Day", "יום הזיכרון לשואה ולגבורה",
            InForce(On(Nisan, 27).Moving(Friday, -1), 5711, 5756, Sources.HolocaustDay),
            InForce(On(Nisan, 27).Moving(Friday, -1).Moving(Sunday, +1), 5757, null, Sources.HolocaustDay1997)),
        Define("yom-hazikaron", National | Memorial, "Memorial Day for the Fallen", "יום הזיכרון לחללי מערכות ישראל",
            InForce(On(Iyyar, 4).Moving(Thursday, -1).Moving(Friday, -2), 5711, 5763, Sources.MemorialDay),
            InForce(On(Iyyar, 4).Moving(Thursday, -1).Moving(Friday, -2).Moving(Sunday, +1), 5764, null, Sources.MemorialDay2004)),
        Define("yom-haatzmaut", National | RestDay, "Independence Day", "יום העצמאות",
            InForce(On(Iyyar, 5), 5708, 5708, Sources.Declaration),
            InForce(On(Iyyar, 5).Moving(Friday, -1).Moving(Saturday, -2), 5709, 5763, Sources.IndependenceDay),
            InForce(On(Iyyar, 5).Moving(Friday, -1).Moving(Saturday, -2).Moving(Monday, +1), 5764, null, Sources.IndependenceDay2004)),
        Define("herzl-day", National, "Herzl Day", "יום הרצל", InForce(On(Iyyar, 10).Moving(Saturday, +1), 5764, null, Sources.HerzlLaw)),
        Define("pesach-sheni", Minor, "Pesach Sheni", "פסח שני", Always(On(Iyyar, 14), Sources.PesachSheni)),
        Define("lag-baomer", Minor, "Lag BaOmer", "ל״ג בעומר", Always(On(Iyyar, 18), Sources.LagBaOmer)),
        Define("yom-yerushalayim", National, "Jerusalem Day", "יום ירושלים", InForce(On(Iyyar, 28), 5728, null, Sources.JerusalemDay)),
        Define("erev-shavuot", Eve, "Erev Shavuot", "ערב שבועות", Always(On(Sivan, 5), Sources.Rest)),
        Define("shavuot", RestDay, "Shavuot", "שבועות", Always(On(Sivan, 6), Sources.Rest)),
        Define("ben-gurion-day", National, "Ben-Gurion Day", "יום בן-גוריון", InForce(On(Kislev, 6).Moving(Friday, +2).Moving(Saturday, +1), 5737, null, Sources.BenGurionLaw)),
        Define("tzom-tammuz", Fast, "Fast of the Seventeenth of Tammuz", "צום י״ז בתמוז", Always(On(Tamuz, 17).Moving(Saturday, +1), Sources.PostponedFast)),
        Define("jabotinsky-day", National, "Jabotinsky Day", "יום ז׳בוטינסקי", InForce(On(Tamuz, 29).Moving(Saturday, +1), 5765, null, Sources.JabotinskyLaw)),
        Define("shabbat-chazon", SpecialShabbat, "Shabbat Chazon", "שבת חזון", Always(WeekdayOnOrBefore(Saturday, Av, 9), Sources.ShabbatChazon)),
        Define("erev-tisha-bav", FastEve, "Erev Tisha B'Av", "ערב תשעה באב", Always(On(Av, 8).Moving(Friday, +1), Sources.PostponedFast)),
        Define("tisha-bav", Fast | Memorial, "Tisha B'Av", "תשעה באב", Always(On(Av, 9).SkippedOn(Saturday), Sources.PostponedFast)),
        Define("tisha-bav-observed", Fast | Memorial, "Tisha B'Av (observed, postponed from Shabbat)", "תשעה באב נדחה", Always(On(Av, 9).OnlyOn(Saturday).Moving(Saturday, +1), Sources.PostponedFast)),
        Define("shabbat-nachamu", SpecialShabbat, "Shabbat Nachamu", "שבת נחמו", Always(WeekdayOnOrAfter(Saturday, Av, 10), Sources.ShabbatNachamu)),
        Define("tu-bav", Minor, "Tu B'Av", "ט״ו באב", Always(On(Av, 15), Sources.TuBAv)),
        Define("rosh-hashana-labehemot", Minor, "Rosh Hashana LaBehemot", "ראש השנה למעשר בהמה", Always(On(Elul, 1), Sources.NewYears)),
        Define("leil-selichot", Minor, "Leil Selichot", "ליל סליחות", Always(WeekdayOnOrBefore(Saturday, Elul, 25), Sources.Selichot)),
        Define("hebrew-language-day", National, "Hebrew Language Day", "יום השפה העברית", InForce(On(Tevet, 21).Moving(Saturday, -2), 5773, null, Sources.HebrewLanguageDay)),
        Define("birkat-hachamah", Minor, "Birkat Hachamah", "ברכת החמה", Always(SolarCycleRule.Create(28, 1, 3, 26), Sources.BirkatHachamah)),
        Define("rosh-chodesh-cheshvan", RoshChodesh, "Rosh Chodesh Cheshvan", "ראש חודש חשוון", Always(NewMonthRule.Of(Cheshvan), Sources.RoshChodesh)),
        Define("rosh-chodesh-kislev", RoshChodesh, "Rosh Chodesh Kislev", "ראש חודש כסלו", Always(NewMonthRule.Of(Kislev), Sources.RoshChodesh)),
        Define("rosh-chodesh-tevet", RoshChodesh, "Rosh Chodesh Tevet", "ראש חודש טבת", Always(NewMonthRule.Of(Tevet), Sources.RoshChodesh)),
        Define("rosh-chodesh-shvat", RoshChodesh, "Rosh Chodesh Sh'vat", "ראש חודש שבט", Always(NewMonthRule.Of(Shvat), Sources.RoshChodesh)),
        Define("rosh-chodesh-adar", RoshChodesh, "Rosh Chodesh Adar", "ראש חודש אדר", Always(NewMonthRule.Of(Adar), Sources.RoshChodesh)),
        Define("rosh-chodesh-adar-i", RoshChodesh, "Rosh Chodesh Adar I", "ראש חודש אדר א׳", Always(NewMonthRule.Of(AdarI), Sources.RoshChodesh)),
        Define("rosh-chodesh-adar-ii", RoshChodesh, "Rosh Chodesh Adar II", "ראש חודש אדר ב׳", Always(NewMonthRule.Of(AdarII), Sources.RoshChodesh)),
        Define("rosh-chodesh-nisan", RoshChodesh, "Rosh Chodesh Nisan", "ראש חודש ניסן", Always(NewMonthRule.Of(Nisan), Sources.RoshChodesh)),
        Define("rosh-chodesh-iyyar", RoshChodesh, "Rosh Chodesh Iyyar", "ראש חודש אייר", Always(NewMonthRule.Of(Iyyar), Sources.RoshChodesh)),
        Define("rosh-chodesh-sivan", RoshChodesh, "Rosh Chodesh Sivan", "ראש חודש סיוון", Always(NewMonthRule.Of(Sivan), Sources.RoshChodesh)),
        Define("rosh-chodesh-tamuz", RoshChodesh, "Rosh Chodesh Tamuz", "ראש חודש תמוז", Always(NewMonthRule.Of(Tamuz), Sources.RoshChodesh)),
        Define("rosh-chodesh-av", RoshChodesh, "Rosh Chodesh Av", "ראש חודש אב", Always(NewMonthRule.Of(Av), Sources.RoshChodesh)),
        Define("rosh-chodesh-elul", RoshChodesh, "Rosh Chodesh Elul", "ראש חודש אלול", Always(NewMonthRule.Of(Elul), Sources.RoshChodesh)),
    ];

    private static readonly Dictionary<string, Observance> ById = Observances.ToDictionary(o => o.Id, StringComparer.Ordinal);

    /// <summary>Every built-in observance.</summary>
    public static IReadOnlyList<Observance> All => Observances;

    /// <summary>Finds the built-in observance with <paramref name="id"/> (ordinal).</summary>
    /// <returns><see langword="true"/> when there is one.</returns>
    public static bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Observance? observance) =>
        ById.TryGetValue(id, out observance);

    private static Observance Define(string id, ObservanceCategories categories, string englishName, string hebrewName, params ObservanceRule[] rules) =>
        new(id, categories, BilingualText.Create(englishName, hebrewName), rules);

    private static ObservanceRule Always(ObservanceDateRule date, string source) => ObservanceRule.Always(date, source);

    private static ObservanceRule InForce(ObservanceDateRule date, int? firstYear, int? lastYear, string source) =>
        ObservanceRule.InForce(date, firstYear, lastYear, source);

    // The sources of the rules: statutes and government decisions for the civic days, halachic sources for the rest.
    private static class Sources
    {
        public const string Rest = "Leviticus 23; Law and Administration Ordinance, 5708-1948, s. 18A (the days of rest)";
        public const string Festivals = "Leviticus 23:34-36 and 23:6-8 (Israeli schedule: one day of Yom Tov)";
        public const string PostponedFast = "Zechariah 8:19; Shulchan Aruch, Orach Chaim 549-550, 552:10 (a fast that falls on Shabbat is kept on Sunday)";
        public const string Fasts = "Zechariah 8:19; Shulchan Aruch, Orach Chaim 550:3 (the Tenth of Tevet is kept even on a Friday)";
        public const string TaanitEsther = "Shulchan Aruch, Orach Chaim 686:2 (when 13 Adar is Shabbat, the fast is on the Thursday before)";
        public const string TaanitBechorot = "Shulchan Aruch, Orach Chaim 470:2 (when Erev Pesach is Shabbat, the fast is on the Thursday before)";
        public const string ShabbatShuva = "The Shabbat between Rosh Hashana and Yom Kippur (its haftarah, Hosea 14:2)";
        public const string ShabbatShirah = "The Shabbat of parashat Beshalach (Exodus 15): the 16th Shabbat from Bereshit, which in Israel is read on the first Shabbat after Shmini Atzeret";
        public const string FourParshiyot = "Mishnah Megillah 3:4; Shulchan Aruch, Orach Chaim 685 (the four parshiyot)";
        public const string ShabbatHaGadol = "Shulchan Aruch, Orach Chaim 430 (the Shabbat before Pesach)";
        public const string ShabbatChazon = "The Shabbat before Tisha B'Av, or on it (its haftarah, Isaiah 1)";
        public const string ShabbatNachamu = "The Shabbat after Tisha B'Av (its haftarah, Isaiah 40)";
        public const string Chanukah = "Talmud Shabbat 21b; Shulchan Aruch, Orach Chaim 670-671 (the first candle on the evening of 24 Kislev)";
        public const string ChagHaBanot = "The custom of North African and Yemenite communities on the first day of Rosh Chodesh Tevet";
        public const string NewYears = "Mishnah Rosh Hashana 1:1 (the new years of the trees and of the tithe of animals)";
        public const string PurimKatan = "Shulchan Aruch, Orach Chaim 697 (14-15 Adar I of a leap year)";
        public const string Purim = "Esther 9:17-22; Shulchan Aruch, Orach Chaim 686-688 (in a leap year, in Adar II)";
        public const string PurimMeshulash = "Shulchan Aruch, Orach Chaim 688:6 (when 15 Adar is Shabbat, Jerusalem's Purim spans Friday to Sunday)";
        public const string PesachSheni = "Numbers 9:10-11";
        public const string LagBaOmer = "Shulchan Aruch, Orach Chaim 493:2 (Rema)";
        public const string TuBAv = "Mishnah Taanit 4:8";
        public const string Selichot = "Mishnah Berurah 581:6 (at least four days of Selichot before Rosh Hashana)";
        public const string BirkatHachamah = "Talmud Berachot 59b (Shmuel's equinox returns to the hour of creation every 28 years)";
        public const string RoshChodesh = "Shulchan Aruch, Orach Chaim 417-419, with the month lengths of the fixed calendar (Maimonides, Kiddush HaChodesh 8)";
        public const string SigdLaw = "Sigd Law, 5769-2008 (29 Cheshvan; on Shabbat, the Thursday before)";
        public const string RabinLaw = "Yitzhak Rabin Memorial Day Law, 5757-1997 (12 Cheshvan; on a Friday, the Thursday before)";
        public const string AliyahDayLaw = "Aliyah Day Law, 5776-2016 (10 Nisan; in the education system, 7 Cheshvan)";
        public const string FamilyDay = "Ministry of Education: Family Day on 30 Sh'vat, Henrietta Szold's yahrzeit, from 5760-2000 (earlier kept as Mother's Day)";
        public const string HolocaustDay = "Holocaust Martyrs' and Heroes' Remembrance Day Law, 5719-1959 (27 Nisan; on a Friday, the Thursday before); kept since the Knesset resolution of 5711-1951";
        public const string HolocaustDay1997 = HolocaustDay + "; amendment of 5757-1997 (on a Sunday, the Monday after)";
        public const string MemorialDay = "Remembrance Day for the Fallen of Israel's Wars Law, 5723-1963 (the day before Independence Day); kept since 5711-1951";
        public const string MemorialDay2004 = MemorialDay + "; Memorial Day and Independence Day (Amendment) Law, 5764-2004 (not on a Sunday: the Monday)";
        public const string Declaration = "The Declaration of the Establishment of the State of Israel, 5 Iyyar 5708 (14 May 1948)";
        public const string IndependenceDay = "Independence Day Law, 5709-1949 (5 Iyyar; on a Friday or Shabbat, the Thursday before)";
        public const string IndependenceDay2004 = IndependenceDay + "; Memorial Day and Independence Day (Amendment) Law, 5764-2004 (on a Monday, the Tuesday after)";
        public const string HerzlLaw = "Binyamin Ze'ev Herzl Law, 5764-2004 (10 Iyyar; on Shabbat, the Sunday after)";
        public const string JerusalemDay = "Government decision of 5728-1968; Jerusalem Day Law, 5758-1998 (28 Iyyar)";
        public const string BenGurionLaw = "David Ben-Gurion Law, 5736-1976 (6 Kislev; on a Friday or Shabbat, the Sunday after)";
        public const string JabotinskyLaw = "Ze'ev Jabotinsky Law, 5765-2005 (29 Tammuz; on Shabbat, the Sunday after)";
        public const string HebrewLanguageDay = "Knesset decision of 5773-2013: Hebrew Language Day on 21 Tevet, Eliezer Ben-Yehuda's birthday (on Shabbat, the Thursday before)";
    }
}
