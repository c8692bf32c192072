using Alka.Domain.Calendar;
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
    public void Write_Nothing_IsAnEmptyArray() => CalendarJson.Write([]).Should().Be("[]");
}
