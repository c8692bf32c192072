using Alka.Domain.Calendar;
using System.Text.Json;
using Alka.Domain.Scheduling;
using Alka.Domain.Serialization;
using NodaTime;

namespace Alka.Domain.Tests.Serialization;

public class CalendarJsonTests
{
    [Fact]
    public void Write_YomKippur_IsTheDocumentedShapeWithHebrewAsIs()
    {
        var occurrences = IsraeliCalendar.Default.GetObservances(new LocalDate(2026, 9, 21), new LocalDate(2026, 9, 21)).Value;

        CalendarJson.Write(occurrences).Should().Be(
            """
            [
              {
                "date": "2026-09-21",
                "hebrewDate": "10 Tishrei 5787",
                "hebrewDateHe": "י׳ בתשרי תשפ״ז",
                "observance": "yom-kippur",
                "categories": [
                  "rest-day",
                  "fast"
                ],
                "nameEn": "Yom Kippur",
                "nameHe": "יום כיפור"
              }
            ]
            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Write_Nothing_IsAnEmptyArray()
    {
        CalendarJson.Write(Array.Empty<ObservanceOccurrence>()).Should().Be("[]");
        CalendarJson.Write(Array.Empty<DayJudgement>()).Should().Be("[]");
    }

    [Fact]
    public void Write_JudgedDays_NamesVerdictReasonsAndRules()
    {
        var forum = ForumCalendar.Create(new ForumCalendarOptions { Communities = CommunityMix.Parse("jewish,muslim").Value }).Value;
        var days = forum.Judge(new LocalDate(2027, 5, 11), new LocalDate(2027, 5, 16)).Value;

        using var json = JsonDocument.Parse(CalendarJson.Write(days));
        var all = json.RootElement.EnumerateArray().ToList();
        all.Select(d => d.GetProperty("date").GetString()).Should().Equal("2027-05-11", "2027-05-12", "2027-05-13", "2027-05-14", "2027-05-15", "2027-05-16");
        all[0].GetProperty("verdict").GetString().Should().Be("avoid");
        all[0].GetProperty("weekday").GetString().Should().Be("Tuesday");
        var memorial = all[0].GetProperty("reasons").EnumerateArray().Single();
        (memorial.GetProperty("id").GetString(), memorial.GetProperty("kind").GetString(), memorial.GetProperty("rule").GetString(), memorial.GetProperty("action").GetString())
            .Should().Be(("yom-hazikaron", "observance", "memorial", "avoid"));
        memorial.TryGetProperty("community", out _).Should().BeFalse("only a community day has community members");
        var eid = all[5].GetProperty("reasons").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "eid-al-adha");
        (eid.GetProperty("community").GetString(), eid.GetProperty("dayNumber").GetInt32(), eid.GetProperty("days").GetInt32(), eid.GetProperty("provisional").GetBoolean())
            .Should().Be(("muslim", 1, 4, true));
    }
}
