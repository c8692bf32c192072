using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Alka.Domain.Calendar;
using Alka.Domain.Scheduling;
using Alka.Domain.Serialization;
using NodaTime;

namespace Alka.Domain.Tests.Serialization;

public class CalendarJsonTests
{
    private static readonly ForumCalendar Forum = ForumCalendar.Create(new ForumCalendarOptions { Communities = CommunityMix.Parse("jewish,muslim").Value }).Value!;

    [Fact]
    public void Write_YomKippur_IsTheDocumentedShapeWithHebrewAsIs()
    {
        var occurrences = IsraeliCalendar.Default.GetObservances(new LocalDate(2026, 9, 21), new LocalDate(2026, 9, 21)).Value;

        CalendarJson.Write(occurrences).Should().Be(
            """
            {
              "schemaVersion": 1,
              "occurrences": [
                {
                  "date": "2026-09-21",
                  "hebrewDate": {
                    "english": "10 Tishrei 5787",
                    "hebrew": "י׳ בתשרי תשפ״ז"
                  },
                  "observance": "yom-kippur",
                  "categories": [
                    "rest-day",
                    "fast"
                  ],
                  "name": {
                    "english": "Yom Kippur",
                    "hebrew": "יום כיפור"
                  }
                }
              ]
            }
            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Write_Nothing_IsAnEmptyDocument()
    {
        CalendarJson.Write(Array.Empty<ObservanceOccurrence>()).Should().Be("{\n  \"schemaVersion\": 1,\n  \"occurrences\": []\n}");
        CalendarJson.Write(Array.Empty<DayJudgement>()).Should().Be("{\n  \"schemaVersion\": 1,\n  \"days\": []\n}");
    }

    [Fact]
    public void Write_IsTheSerializedDocument()
    {
        var days = Forum.Judge(new LocalDate(2027, 5, 1), new LocalDate(2027, 6, 30)).Value!;
        var occurrences = IsraeliCalendar.Default.GetObservances(new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31)).Value;

        CalendarJson.Write(days).Should().Be(JsonSerializer.Serialize(DaysDocument.From(days), AlkaJson.Options));
        CalendarJson.Write(occurrences).Should().Be(JsonSerializer.Serialize(ObservancesDocument.From(occurrences), AlkaJson.Options));
    }

    [Fact]
    public void Write_JudgedDays_NamesVerdictReasonsAndRules()
    {
        var days = Forum.Judge(new LocalDate(2027, 5, 11), new LocalDate(2027, 5, 16)).Value!;

        using var json = JsonDocument.Parse(CalendarJson.Write(days));
        var all = json.RootElement.GetProperty("days").EnumerateArray().ToList();
        all.Select(d => d.GetProperty("date").GetString()).Should().Equal("2027-05-11", "2027-05-12", "2027-05-13", "2027-05-14", "2027-05-15", "2027-05-16");
        all[0].GetProperty("verdict").GetString().Should().Be("avoid");
        all[0].GetProperty("weekday").GetString().Should().Be("tuesday");
        var memorial = all[0].GetProperty("reasons").EnumerateArray().Single();
        (memorial.GetProperty("id").GetString(), memorial.GetProperty("kind").GetString(), memorial.GetProperty("rule").GetString(), memorial.GetProperty("action").GetString())
            .Should().Be(("yom-hazikaron", "observance", "memorial", "avoid"));
        memorial.GetProperty("name").GetProperty("english").GetString().Should().Be("Memorial Day for the Fallen");
        memorial.TryGetProperty("communityDay", out _).Should().BeFalse("only a community day has one");
        var eid = all[5].GetProperty("reasons").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "eid-al-adha").GetProperty("communityDay");
        (eid.GetProperty("community").GetString(), eid.GetProperty("dayNumber").GetInt32(), eid.GetProperty("days").GetInt32(), eid.GetProperty("provisional").GetBoolean())
            .Should().Be(("muslim", 1, 4, true));
    }

    [Fact]
    public void Serialize_DomainValues_WithAlkaOptionsOrTheWebDefaults_IsTheirEntry()
    {
        var day = Forum.Judge(new LocalDate(2027, 5, 11));
        var occurrence = IsraeliCalendar.Default.GetObservances(new LocalDate(2026, 9, 21), new LocalDate(2026, 9, 21)).Value.Single();
        var entry = JsonSerializer.Serialize(DayEntry.From(day), AlkaJson.Options);

        JsonSerializer.Serialize(day, AlkaJson.Options).Should().Be(entry);
        JsonNode.DeepEquals(JsonNode.Parse(JsonSerializer.Serialize(day, JsonSerializerOptions.Web)), JsonNode.Parse(entry)).Should().BeTrue("the value names its converter");
        JsonNode.DeepEquals(
            JsonNode.Parse(JsonSerializer.Serialize(occurrence, JsonSerializerOptions.Web)),
            JsonNode.Parse(JsonSerializer.Serialize(ObservanceEntry.From(occurrence), AlkaJson.Options))).Should().BeTrue();
        JsonSerializer.Serialize(DayVerdict.Avoid, AlkaJson.Options).Should().Be("\"avoid\"");
        JsonSerializer.Serialize(CommunityMix.Parse("jewish,druze").Value, AlkaJson.Options).Should().Be("[\n  \"jewish\",\n  \"druze\"\n]");
        FluentActions.Invoking(() => JsonSerializer.Deserialize<DayJudgement>("{}", AlkaJson.Options)).Should().Throw<NotSupportedException>();
    }

    [Fact]
    public void ReadDays_WrittenDocument_ReadsBackEntryForEntry()
    {
        var days = Forum.Judge(new LocalDate(2026, 9, 1), new LocalDate(2027, 9, 30)).Value!;
        var json = CalendarJson.Write(days);

        var read = CalendarJson.ReadDays(json);

        read.IsSuccess.Should().BeTrue(string.Join("; ", read.ValidationErrors.Select(e => $"{e.Identifier}: {e.ErrorMessage}")));
        read.Value.Days.Select(d => (d.Date, d.Verdict, d.Weekday, d.Reasons.Count)).Should().Equal(days.Select(d => (d.Date, d.Verdict, d.DayOfWeek, d.Reasons.Length)));
        JsonSerializer.Serialize(read.Value, AlkaJson.Options).Should().Be(json);
    }

    [Fact]
    public void ReadObservances_WrittenDocument_ReadsBack()
    {
        var json = CalendarJson.Write(IsraeliCalendar.Default.GetObservances(new LocalDate(2026, 1, 1), new LocalDate(2027, 12, 31)).Value);

        var read = CalendarJson.ReadObservances(json);

        read.IsSuccess.Should().BeTrue();
        JsonSerializer.Serialize(read.Value, AlkaJson.Options).Should().Be(json);
    }

    // A value the document repeats for its readers must be the one it derives from; the identifier points at it.
    public static TheoryData<string, string, string, string> Disagreeing => new()
    {
        // from, to, identifier, code
        { "\"weekday\": \"tuesday\"", "\"weekday\": \"monday\"", "$.days[0].weekday", SerializationErrors.Mismatch },
        { "\"verdict\": \"avoid\"", "\"verdict\": \"ok\"", "$.days[0].verdict", SerializationErrors.Mismatch },
        { "\"english\": \"4 Iyyar 5787\"", "\"english\": \"5 Iyyar 5787\"", "$.days[0].hebrewDate", SerializationErrors.Mismatch },
        { "\"schemaVersion\": 1", "\"schemaVersion\": 7", "$.schemaVersion", Alka.Domain.Programs.ProgramErrors.UnsupportedSchemaVersion },
        { "\"id\": \"yom-hazikaron\"", "\"id\": \"Yom Hazikaron\"", "$.days[0].reasons[0].id", Alka.Domain.Validation.CommonErrors.InvalidId },
        { "\"english\": \"Memorial Day for the Fallen\"", "\"english\": \" \"", "$.days[0].reasons[0].name.english", Alka.Domain.Validation.CommonErrors.Required },
        { "\"kind\": \"observance\"", "\"kind\": \"community-day\"", "$.days[0].reasons[0].communityDay", SerializationErrors.Mismatch },
        { "\"weekday\": \"tuesday\"", "\"weekday\": \"Tuesday\"", "$.days[0].weekday", SerializationErrors.Invalid },
        { "\"reasons\": [", "\"reasons\": 5, \"x\": [", "$.days[0].reasons", SerializationErrors.Invalid },
    };

    [Theory]
    [MemberData(nameof(Disagreeing))]
    public void ReadDays_BrokenDocument_IsInvalidAtThePath(string from, string to, string identifier, string code)
    {
        var json = CalendarJson.Write(Forum.Judge(new LocalDate(2027, 5, 11), new LocalDate(2027, 5, 11)).Value!);
        json.Should().Contain(from);

        var read = CalendarJson.ReadDays(json.Replace(from, to, StringComparison.Ordinal));

        read.ValidationErrors.Select(e => (e.Identifier, e.ErrorCode)).Should().Equal([(identifier, code)]);
    }

    [Fact]
    public void ReadDays_ShapeProblem_SaysWhatTheFormatExpects()
    {
        var read = CalendarJson.ReadDays("{\"schemaVersion\": 1, \"days\": {}}");

        read.ValidationErrors.Select(e => (e.Identifier, e.ErrorMessage)).Should().Equal([("$.days", "Expected an array of objects; found an object.")]);
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
    public void Write_Nothing_ToStream_IsAnEmptyDocument()
    {
        using var stream = new MemoryStream();

        CalendarJson.Write(stream, Array.Empty<DayJudgement>());

        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(CalendarJson.Write(Array.Empty<DayJudgement>()));
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
