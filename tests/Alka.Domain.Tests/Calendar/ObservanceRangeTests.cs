using Alka.Domain.Calendar;
using CsCheck;
using NodaTime;

namespace Alka.Domain.Tests.Calendar;

public class ObservanceRangeTests
{
    private static readonly IsraeliCalendar Calendar = IsraeliCalendar.Default;
    private static readonly LocalDate From = new(1900, 1, 1);
    private static readonly LocalDate To = new(2099, 12, 31);

    /// <summary>The oracle: every day's observances, read one day at a time.</summary>
    private static List<(HebrewDate, string)> DayByDay(IsraeliCalendar calendar, LocalDate from, LocalDate to)
    {
        var occurrences = new List<(HebrewDate, string)>();
        for (var date = from; date <= to; date = date.PlusDays(1))
        {
            var day = calendar.GetDay(date);
            occurrences.AddRange(day.Observances.Select(o => (day.HebrewDate, o.Id)));
        }

        return occurrences;
    }

    private static IEnumerable<(HebrewDate, string)> Named(IEnumerable<ObservanceOccurrence> occurrences) =>
        occurrences.Select(o => (o.HebrewDate, o.Observance.Id));

    [Fact]
    public void Enumerate_TwoHundredYears_IsEveryDaysObservancesInOrder()
    {
        var expected = DayByDay(Calendar, From, To);

        var range = Calendar.EnumerateObservances(From, To).Value;

        range.Count.Should().Be(expected.Count).And.Be(17_012, "the observances of 1900–2099");
        var enumerated = new List<(HebrewDate, string)>();
        foreach (var occurrence in range)
        {
            enumerated.Add((occurrence.HebrewDate, occurrence.Observance.Id));
        }

        enumerated.Should().Equal(expected);
        Named(range.ToArray()).Should().Equal(expected);
        Named(Calendar.GetObservances(From, To).Value).Should().Equal(expected);
    }

    [Fact]
    public void Enumerate_AnyRange_MatchesTheDaysOneByOne()
    {
        var ranges = Gen.Int[HebrewDate.ToEpochDay(new LocalDate(1583, 1, 1)), HebrewDate.ToEpochDay(new LocalDate(2600, 1, 1))]
            .Select(Gen.Int[0, 1500], (start, length) => (start, length));
        ranges.Sample(pair =>
        {
            var from = HebrewDate.FromEpochDay(pair.start).ToLocalDate();
            var to = from.PlusDays(pair.length);
            var range = Calendar.EnumerateObservances(from, to).Value;

            var expected = DayByDay(Calendar, from, to);
            Named(range).Should().Equal(expected);
            range.Count.Should().Be(expected.Count);
        }, iter: 300);
    }

    [Fact]
    public void Enumerate_DaysWithoutObservances_IsEmpty()
    {
        // 2027-07-05 … 2027-07-08: 29 Sivan – 2 Tammuz 5787 hold only Rosh Chodesh; the days after it nothing.
        var range = Calendar.EnumerateObservances(new LocalDate(2027, 7, 9), new LocalDate(2027, 7, 12)).Value;

        range.Count.Should().Be(0);
        range.Should().BeEmpty();
        range.ToArray().Should().BeEmpty();
    }

    [Fact]
    public void Default_IsTheEmptyRange()
    {
        var range = default(ObservanceRange);

        range.Count.Should().Be(0);
        range.Should().BeEmpty();
        range.ToArray().Should().BeEmpty();
        range.CopyTo([]);
    }

    [Fact]
    public void CopyTo_ABufferOfTheCaller_FillsItsStartInOrder()
    {
        var range = Calendar.EnumerateObservances(new LocalDate(2026, 9, 1), new LocalDate(2027, 9, 30)).Value;
        var buffer = new ObservanceOccurrence[range.Count + 3];

        range.CopyTo(buffer);

        buffer.Take(range.Count).Should().Equal(range.ToArray());
        buffer.Skip(range.Count).Should().OnlyContain(o => o == default);
        FluentActions.Invoking(() => range.CopyTo(new ObservanceOccurrence[range.Count - 1]))
            .Should().Throw<ArgumentException>().WithParameterName("destination");
    }

    [Fact]
    public void Enumerate_WarmCache_AllocatesOnlyTheResult()
    {
        // A calendar of its own: tests running alongside read far years through the shared default calendar, and its
        // bounded cache may evict a year this view reads (then rebuilt, and allocated) between the warm-up and the count.
        var calendar = IsraeliCalendar.Create(new IsraeliCalendarOptions()).Value;
        var range = calendar.EnumerateObservances(From, To).Value;
        var buffer = new ObservanceOccurrence[range.Count];
        calendar.EnumerateObservances(From, To);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var days = 0;
        foreach (var occurrence in range)
        {
            days += occurrence.HebrewDate.Day;
        }

        range.CopyTo(buffer);
        var afterReading = GC.GetAllocatedBytesForCurrentThread();
        calendar.EnumerateObservances(From, To);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - afterReading;

        afterReading.Should().Be(before, "enumerating and copying into the caller's buffer allocate nothing");
        allocated.Should().BeLessThan(1024, "a new view costs its Result, not its occurrences");
        days.Should().BePositive();
    }

    [Fact]
    public void Enumerate_ACalendarOfItsOwn_ReadsItsObservances()
    {
        var rule = ObservanceRule.Always(HebrewDateRule.On(HebrewMonth.Nisan, 1), "a source");
        var observance = Observance.Create("first-of-nisan", ObservanceCategories.Minor, BilingualText.Create("First of Nisan", "א׳ בניסן"), [rule]).Value;
        var calendar = IsraeliCalendar.Create(new IsraeliCalendarOptions { Observances = [observance] }).Value;

        var range = calendar.EnumerateObservances(new LocalDate(2020, 1, 1), new LocalDate(2029, 12, 31)).Value;

        range.Select(o => o.HebrewDate.Month).Should().AllBeEquivalentTo(HebrewMonth.Nisan).And.HaveCount(10);
        range.Select(o => o.Date.Year).Should().Equal(Enumerable.Range(2020, 10));
    }
}
