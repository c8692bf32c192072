using System.Globalization;
using Alka.Domain.Calendar;
using NodaTime.Text;

namespace Alka.Domain.Tests.Calendar;

/// <summary>
/// <c>islamic-umalqura.csv</c> (2000–2040, from <c>@umalqura/core</c>): every row — each day of each span, its Hijri
/// date, its day number and weekday — is matched, and every Hijri day the library places in 2000–2040 is a row.
/// </summary>
public class IslamicUmAlQuraFixtureTests
{
    private static readonly IReadOnlyList<CsvRow> Rows = TestData.ReadCsv("calendars/islamic-umalqura.csv");

    private static readonly Dictionary<string, string[]> IdsOf = new()
    {
        ["EID_AL_FITR"] = ["eid-al-fitr"],
        ["EID_AL_ADHA"] = ["eid-al-adha", "eid-al-adha-druze"],
        ["ISLAMIC_NEW_YEAR"] = ["islamic-new-year"],
        ["MAWLID"] = ["mawlid"],
    };

    [Fact]
    public void Fixture_HasEverySpanOf2000To2040() => Rows.Should().HaveCount(427);

    [Fact]
    [Trait("Category", "Slow")]
    public void EveryRow_MatchesTheLibrary()
    {
        var matched = 0;
        foreach (var row in Rows)
        {
            var date = LocalDatePattern.Iso.Parse(row["gregorian_date"]).GetValueOrThrow();
            var hijri = (Int(row, "hijri_year"), Int(row, "hijri_month"), Int(row, "hijri_day"));
            ((int)date.DayOfWeek % 7).Should().Be(Int(row, "day_of_week"), row.ToString());
            var converted = HijriCalendars.ToHijri(date);
            (converted.Year, converted.Month, converted.Day).Should().Be(hijri, "the date converts to the row's Hijri date; " + row);

            if (IdsOf.TryGetValue(row["event_key"], out var ids))
            {
                foreach (var id in ids)
                {
                    var day = CommunityCalendar.Default.AllDaysOn(date).ToArray().Should().ContainSingle(d => d.Id == id, row.ToString()).Subject;
                    day.DayNumber.Should().Be(Int(row, "day_of_observance"), row.ToString());
                    day.Days.Should().Be(Int(row, "days_in_observance"), row.ToString());
                    var dayHijri = day.HijriDate!.Value;
                    (dayHijri.Year, dayHijri.Month, dayHijri.Day).Should().Be(hijri, row.ToString());
                    day.IsProvisional.Should().BeTrue(row.ToString());
                }
            }
            else
            {
                row["event_key"].Should().Be("RAMADAN_START", "the only row that is not a community day");
                (converted.Month, converted.Day).Should().Be((9, 1), row.ToString());
            }

            matched++;
        }

        matched.Should().Be(Rows.Count);
    }

    [Fact]
    public void EveryHijriDay_2000To2040_IsARowOfTheFixture()
    {
        var expected = Rows.Where(row => IdsOf.ContainsKey(row["event_key"]))
            .SelectMany(row => IdsOf[row["event_key"]].Select(id => (row["gregorian_date"], id)));

        var actual = CommunityCalendar.Default.DaysBetween(new(2000, 1, 1), new(2040, 12, 31), CommunityMix.All).Value
            .Where(d => d.Definition.IsProvisional && d.IsDayOff)
            .Select(d => (LocalDatePattern.Iso.Format(d.Date), d.Id));

        actual.Should().BeEquivalentTo(expected);
    }

    private static int Int(CsvRow row, string column) => int.Parse(row[column], CultureInfo.InvariantCulture);
}
