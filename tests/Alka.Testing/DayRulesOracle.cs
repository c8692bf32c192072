using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;

namespace Alka.Testing;

/// <summary>
/// An independent, straightforward implementation of the <c>alka days</c> rules (the command-line contract), from raw
/// data only: the observances of <c>jewish-events-il.csv</c> with their categories from <c>observances.csv</c>, and the
/// community days of <c>community-days.csv</c> placed by reading each rule's text against the reference dates
/// (<c>islamic-umalqura.csv</c> for Hijri dates, the Easter Sundays of <c>other-faiths.csv</c>, NodaTime's Julian
/// calendar for Julian dates). No library code is involved. Valid for <see cref="First"/> … <see cref="Last"/>.
/// </summary>
public static partial class DayRulesOracle
{
    /// <summary>The first day the reference data covers.</summary>
    public static readonly LocalDate First = new(2000, 1, 1);

    /// <summary>The last day the reference data covers.</summary>
    public static readonly LocalDate Last = new(2040, 12, 31);

    private static readonly string[] Avoided = ["eve", "chol-hamoed", "fast", "memorial"];
    private static readonly Lazy<ILookup<LocalDate, Entry>> Entries = new(Load);

    /// <summary>The verdict and the <c>reasons</c> column of <c>alka days</c> for a forum of <paramref name="communities"/>.</summary>
    public static (string Verdict, string Reasons) Judge(LocalDate date, IReadOnlyCollection<string> communities)
    {
        var entries = Entries.Value[date].Where(e => e.Community is null || communities.Contains(e.Community)).ToList();
        var weekend = date.DayOfWeek is IsoDayOfWeek.Friday or IsoDayOfWeek.Saturday;
        var blocked = weekend
            || entries.Any(e => e.Categories.Contains("rest-day"))
            || entries.Any(e => e.Community is not null && !e.IsPossible);
        var avoided = entries.Any(e => e.Categories.Intersect(Avoided).Any()) || entries.Any(e => e.IsPossible);
        var ids = entries.Select(e => e.IsPossible ? e.Id + ":possible" : e.Id).Order(StringComparer.Ordinal);
        var reasons = string.Join('|', weekend ? ids.Prepend("weekend") : ids);
        return (blocked ? "blocked" : avoided ? "avoid" : "ok", reasons);
    }

    private static ILookup<LocalDate, Entry> Load() => Observances().Concat(CommunityDays()).ToLookup(e => e.Date);

    private static IEnumerable<Entry> Observances()
    {
        var spec = TestData.ReadCsv("spec/observances.csv").ToDictionary(r => r["reference_name"]);
        foreach (var row in TestData.ReadCsv("calendars/jewish-events-il.csv"))
        {
            var key = row["event_key"].StartsWith("Rosh Hashana 5", StringComparison.Ordinal) ? "Rosh Hashana" : row["event_key"];
            yield return new Entry(Date(row["gregorian_date"]), spec[key]["id"], spec[key]["categories"].Split('|'), null, false);
        }
    }

    private static IEnumerable<Entry> CommunityDays()
    {
        var hijri = TestData.ReadCsv("calendars/islamic-umalqura.csv");
        var easter = TestData.ReadCsv("calendars/other-faiths.csv").Where(r => r["event_key"] == "EASTER_SUNDAY")
            .Select(r => (Church: r["community"] == "christian-western" ? "Western" : "Orthodox", Date: Date(r["gregorian_date"])))
            .ToList();
        foreach (var row in TestData.ReadCsv("spec/community-days.csv"))
        {
            var (id, community, rule, days) = (row["id"], row["community"], row["rule"], int.Parse(row["days"], CultureInfo.InvariantCulture));
            var firstDays = FirstDays(rule, hijri, easter, out var provisional);
            foreach (var first in firstDays)
            {
                for (var i = 0; i < days + (provisional ? 1 : 0); i++)
                {
                    yield return new Entry(first.PlusDays(i), id, [], community, IsPossible: i == days);
                }
            }
        }
    }

    /// <summary>The first day of each occurrence of a rule written as in <c>community-days.csv</c>.</summary>
    private static IEnumerable<LocalDate> FirstDays(string rule, IReadOnlyList<CsvRow> hijri, List<(string Church, LocalDate Date)> easter, out bool provisional)
    {
        provisional = false;
        if (FixedDate().Match(rule) is { Success: true } fixedDate)
        {
            var calendar = fixedDate.Groups["calendar"].Value == "Julian" ? CalendarSystem.Julian : CalendarSystem.Iso;
            var month = DateTime.ParseExact(fixedDate.Groups["month"].Value, "MMMM", CultureInfo.InvariantCulture).Month;
            var day = int.Parse(fixedDate.Groups["day"].Value, CultureInfo.InvariantCulture);
            return Enumerable.Range(First.Year - 1, Last.Year - First.Year + 2)
                .Select(year => new LocalDate(year, month, day, calendar).WithCalendar(CalendarSystem.Iso));
        }

        if (EasterOffset().Match(rule) is { Success: true } offset)
        {
            var days = int.Parse(offset.Groups["days"].Value, CultureInfo.InvariantCulture) * (offset.Groups["sign"].Value == "+" ? 1 : -1);
            return easter.Where(e => e.Church == offset.Groups["church"].Value).Select(e => e.Date.PlusDays(days)).ToList();
        }

        var hijriDate = HijriDate().Match(rule);
        provisional = hijriDate.Success ? true : throw new InvalidOperationException($"Unread rule: {rule}");
        var hijriMonth = Array.IndexOf(HijriMonths, hijriDate.Groups["month"].Value) + 1;
        var hijriDay = hijriDate.Groups["day"].Value;
        return hijri.Where(r => r["hijri_month"] == hijriMonth.ToString(CultureInfo.InvariantCulture) && r["hijri_day"] == hijriDay)
            .Select(r => Date(r["gregorian_date"])).ToList();
    }

    private static readonly string[] HijriMonths =
    [
        "Muharram", "Safar", "Rabi' al-Awwal", "Rabi' al-Thani", "Jumada al-Awwal", "Jumada al-Thani", "Rajab", "Sha'ban",
        "Ramadan", "Shawwal", "Dhu al-Qi'dah", "Dhu al-Hijjah",
    ];

    private static LocalDate Date(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    [GeneratedRegex(@"^(?<day>\d+)(–\d+)? (?<month>[A-Z][a-z]+) \((?<calendar>Gregorian|Julian)\)$")]
    private static partial Regex FixedDate();

    [GeneratedRegex(@"^(?<church>Western|Orthodox) Easter (?<sign>[+−]) (?<days>\d+) days?$")]
    private static partial Regex EasterOffset();

    [GeneratedRegex(@"^(?<day>\d+)(–\d+)? (?<month>.+)$")]
    private static partial Regex HijriDate();

    /// <summary>Something on a date: an observance (with its categories) or a day of a community's day (or its possible day).</summary>
    private sealed record Entry(LocalDate Date, string Id, string[] Categories, string? Community, bool IsPossible);
}
