using Alka.Domain.Calendar;
using NodaTime;
using NodaTime.Text;

namespace Alka.Domain.Tests.Calendar;

/// <summary>
/// <c>other-faiths.csv</c> (2000–2040, from the <c>date-holidays</c> rule engine): every row is matched. Easter, Palm
/// Sunday and Pentecost are reference points; the other Christian and Druze rows are the first day of a built-in
/// community day; the <c>muslim-dh-table</c> rows are the first day of a Hijri one (or the first of Ramadan).
/// </summary>
public class OtherFaithsFixtureTests
{
    private static readonly IReadOnlyList<CsvRow> Rows = TestData.ReadCsv("calendars/other-faiths.csv");

    /// <summary>The community day whose first day each row is, by community and event key.</summary>
    private static readonly Dictionary<(string Community, string Event), string[]> FirstDayOf = new()
    {
        [("christian-western", "GOOD_FRIDAY")] = ["good-friday-western"],
        [("christian-western", "EASTER_MONDAY")] = ["easter-monday-western"],
        [("christian-western", "ASCENSION")] = ["ascension-western"],
        [("christian-western", "CHRISTMAS")] = ["christmas-western"],
        [("christian-western", "EPIPHANY")] = ["epiphany-western"],
        [("christian-orthodox", "GOOD_FRIDAY")] = ["good-friday-orthodox"],
        [("christian-orthodox", "EASTER_MONDAY")] = ["easter-monday-orthodox"],
        [("christian-orthodox", "ASCENSION")] = ["ascension-orthodox"],
        [("christian-orthodox", "CHRISTMAS")] = ["christmas-orthodox"],
        [("christian-orthodox", "EPIPHANY")] = ["epiphany-orthodox"],
        [("druze", "NABI_AL_KHADER")] = ["al-khidr"],
        [("druze", "NABI_SHUAYB")] = ["nabi-shuayb"],
        [("druze", "NABI_SABALAN")] = ["nabi-sabalan"],
        [("muslim-dh-table", "EID_AL_FITR")] = ["eid-al-fitr"],
        [("muslim-dh-table", "EID_AL_ADHA")] = ["eid-al-adha", "eid-al-adha-druze"],
        [("muslim-dh-table", "ISLAMIC_NEW_YEAR")] = ["islamic-new-year"],
        [("muslim-dh-table", "MAWLID")] = ["mawlid"],
    };

    [Fact]
    public void Fixture_HasEveryYearOf2000To2040() =>
        Rows.Should().HaveCount(991, "8 Christian events × 2 communities + 3 Druze days a year for 41 years, and 212 Hijri rows");

    [Fact]
    public void EveryRow_MatchesTheLibrary()
    {
        var matched = 0;
        foreach (var row in Rows)
        {
            var date = Date(row["gregorian_date"]);
            var key = (row["community"], row["event_key"]);
            if (FirstDayOf.TryGetValue(key, out var ids))
            {
                var firstDays = CommunityCalendar.Default.AllDaysOn(date).ToArray().Where(d => d.DayNumber == 1).Select(d => d.Id);
                firstDays.Should().Contain(ids, row.ToString());
            }
            else if (key == ("muslim-dh-table", "RAMADAN_START"))
            {
                var hijri = HijriCalendars.ToHijri(date);
                (hijri.Month, hijri.Day).Should().Be((9, 1), row.ToString());
            }
            else
            {
                var easter = key.Item1 == "christian-western" ? Easter.Western(date.Year) : Easter.Orthodox(date.Year);
                var offset = key.Item2 switch { "EASTER_SUNDAY" => 0, "PALM_SUNDAY" => -7, "PENTECOST" => 49, _ => int.MinValue };
                offset.Should().NotBe(int.MinValue, "every event key is known; " + row);
                easter.PlusDays(offset).Should().Be(date, row.ToString());
            }

            matched++;
        }

        matched.Should().Be(Rows.Count);
    }

    [Theory]
    [InlineData("christian-western", "good-friday-western", "easter-monday-western", "ascension-western", "christmas-western", "epiphany-western")]
    [InlineData("christian-orthodox", "good-friday-orthodox", "easter-monday-orthodox", "ascension-orthodox", "christmas-orthodox", "epiphany-orthodox")]
    [InlineData("druze", "al-khidr", "nabi-shuayb", "nabi-sabalan")]
    public void EveryFirstDay_2000To2040_IsARowOfTheFixture(string community, params string[] ids)
    {
        var expected = Rows.Where(row => row["community"] == community && FirstDayOf.ContainsKey((community, row["event_key"])))
            .Select(row => Date(row["gregorian_date"]));
        var mix = CommunityMix.Of(Ids.All<Community>().Single(c => c.ToId() == community));

        var actual = CommunityCalendar.Default.DaysBetween(new(2000, 1, 1), new(2040, 12, 31), mix).Value
            .Where(d => d.DayNumber == 1 && ids.Contains(d.Id))
            .Select(d => d.Date);

        actual.Should().BeEquivalentTo(expected);
    }

    [Fact]
    public void DaysThatFollowFromTheReferencePoints_2000To2040_AreWherePentecostAndChristmasPutThem()
    {
        foreach (var row in Rows)
        {
            var date = Date(row["gregorian_date"]);
            var (community, eventKey) = (row["community"], row["event_key"]);
            var suffix = community == "christian-western" ? "western" : "orthodox";
            if (eventKey == "PENTECOST")
            {
                DayIds(date.PlusDays(1)).Should().Contain($"whit-monday-{suffix}", "Whit Monday is the day after Pentecost; " + row);
            }
            else if (eventKey == "CHRISTMAS")
            {
                DayNumbers(date.PlusDays(1), $"christmas-{suffix}").Should().Equal([2], "Christmas lasts two days; " + row);
                if (community == "christian-orthodox")
                {
                    DayIds(date.PlusDays(7)).Should().Contain("new-year-orthodox", "1 January (Julian) is a week after 25 December; " + row);
                }
            }
            else if (eventKey == "NABI_SHUAYB")
            {
                DayNumbers(date.PlusDays(3), "nabi-shuayb").Should().Equal([4], "Nabi Shu'ayb lasts four days; " + row);
            }
        }

        for (var year = 2000; year <= 2040; year++)
        {
            DayIds(new LocalDate(year, 1, 1)).Should().Contain("new-year-western");
        }
    }

    private static IEnumerable<string> DayIds(LocalDate date) => CommunityCalendar.Default.AllDaysOn(date).ToArray().Select(d => d.Id);

    private static IEnumerable<int> DayNumbers(LocalDate date, string id) =>
        CommunityCalendar.Default.AllDaysOn(date).ToArray().Where(d => d.Id == id).Select(d => d.DayNumber);

    private static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).GetValueOrThrow();
}
