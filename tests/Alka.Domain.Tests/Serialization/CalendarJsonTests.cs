using Alka.Domain.Calendar;
using System.Text;
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

    [Fact]
    public void Write_ToStream_IsTheTextsBytes()
    {
        var forum = ForumCalendar.Create(new ForumCalendarOptions { Communities = CommunityMix.Parse("jewish,muslim,christian-western,christian-orthodox,druze").Value }).Value;
        var days = forum.Judge(new LocalDate(2026, 1, 1), new LocalDate(2027, 12, 31)).Value;
        var occurrences = IsraeliCalendar.Default.GetObservances(new LocalDate(1990, 1, 1), new LocalDate(2030, 12, 31)).Value;
        using var daysStream = new MemoryStream();
        using var occurrencesStream = new MemoryStream();

        CalendarJson.Write(daysStream, days);
        CalendarJson.Write(occurrencesStream, occurrences);

        daysStream.ToArray().Should().Equal(Encoding.UTF8.GetBytes(CalendarJson.Write(days)));
        occurrencesStream.ToArray().Should().Equal(Encoding.UTF8.GetBytes(CalendarJson.Write(occurrences)));
    }

    [Fact]
    public void Write_ToStream_WritesWhileTheDaysAreStillComing()
    {
        var forum = ForumCalendar.Create(new ForumCalendarOptions()).Value;
        var yielded = 0;
        IEnumerable<DayJudgement> Days()
        {
            for (var date = new LocalDate(2000, 1, 1); date.Year < 2010; date = date.PlusDays(1))
            {
                yielded++;
                yield return forum.Judge(date);
            }
        }

        using var stream = new RecordingStream(() => yielded);

        CalendarJson.Write(stream, Days());

        stream.Writes.Should().HaveCountGreaterThan(10);
        stream.Writes[0].Yielded.Should().BeLessThan(yielded / 10, "the first bytes go out long before the last day is judged");
        stream.Writes.Max(w => w.Bytes).Should().BeLessThan(64 * 1024, "the document goes out a piece at a time");
    }

    [Fact]
    public void Write_Nothing_ToStream_IsAnEmptyArray()
    {
        using var stream = new MemoryStream();

        CalendarJson.Write(stream, Array.Empty<DayJudgement>());

        Encoding.UTF8.GetString(stream.ToArray()).Should().Be("[]");
    }

    // Records, for each write, how many items had been produced and how many bytes it carried.
    private sealed class RecordingStream(Func<int> yielded) : MemoryStream
    {
        public List<(int Yielded, int Bytes)> Writes { get; } = [];

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes.Add((yielded(), count));
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer) => Write(buffer.ToArray(), 0, buffer.Length);
    }
}
