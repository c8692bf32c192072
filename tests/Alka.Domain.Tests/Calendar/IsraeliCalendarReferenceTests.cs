using System.Globalization;
using Alka.Domain.Calendar;
using NodaTime;
using NodaTime.Text;

namespace Alka.Domain.Tests.Calendar;

/// <summary>The calendar against the reference data (<c>jewish-events-il.csv</c>, 2000–2040), row for row.</summary>
public class IsraeliCalendarReferenceTests
{
    private static readonly LocalDatePattern Iso = LocalDatePattern.Iso;

    [Fact]
    public void GetObservances_2000To2040_MatchTheReferenceRowForRow()
    {
        var idByReferenceName = TestData.ReadCsv("spec/observances.csv").ToDictionary(r => r["reference_name"], r => r["id"]);
        var rows = TestData.ReadCsv("calendars/jewish-events-il.csv");
        var expected = rows
            .Select(r => $"{r["gregorian_date"]} {idByReferenceName[ReferenceName(r["event_key"])]} {r["hebrew_day"]} {r["hebrew_month_name"]} {r["hebrew_year"]}")
            .Order(StringComparer.Ordinal)
            .ToList();

        var actual = IsraeliCalendar.Default.GetObservances(new LocalDate(2000, 1, 1), new LocalDate(2040, 12, 31)).Value
            .Select(o => $"{Iso.Format(o.Date)} {o.Observance.Id} {o.HebrewDate}")
            .ToList();

        rows.Should().HaveCount(3661);
        actual.Should().Equal(expected);
    }

    [Fact]
    public void GetObservances_2000To2040_AreOrderedByDateThenIdOrdinal()
    {
        var occurrences = IsraeliCalendar.Default.GetObservances(new LocalDate(2000, 1, 1), new LocalDate(2040, 12, 31)).Value;

        occurrences.Should().BeInAscendingOrder(Comparer<ObservanceOccurrence>.Create((a, b) =>
            a.Date != b.Date ? a.Date.CompareTo(b.Date) : string.CompareOrdinal(a.Observance.Id, b.Observance.Id)));
    }

    [Fact]
    public void GetObservances_EveryIdOfTheSpecification_OccursInTheReferencePeriod()
    {
        var occurring = IsraeliCalendar.Default.GetObservances(new LocalDate(2000, 1, 1), new LocalDate(2040, 12, 31)).Value
            .Select(o => o.Observance.Id).ToHashSet();

        occurring.Should().BeEquivalentTo(IsraeliObservances.All.Select(o => o.Id));
    }

    // The reference writes the year after Rosh Hashana ("Rosh Hashana 5787"); the specification names it without.
    private static string ReferenceName(string eventKey) =>
        eventKey.StartsWith("Rosh Hashana ", StringComparison.Ordinal) && int.TryParse(eventKey[13..], NumberStyles.None, CultureInfo.InvariantCulture, out _)
            ? "Rosh Hashana"
            : eventKey;
}
