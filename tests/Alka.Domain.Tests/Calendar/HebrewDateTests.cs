using Alka.Domain.Validation;
using System.Globalization;
using Alka.Domain.Calendar;
using Alka.Domain.Tests.Support;
using Ardalis.Result;
using CsCheck;
using NodaTime;
using NodaTime.Calendars;

namespace Alka.Domain.Tests.Calendar;

public class HebrewDateTests
{
    [Fact]
    public void FromLocalDate_EveryDayOfTheReference_MatchesYearMonthDayAndWeekday()
    {
        var rows = TestData.ReadCsv("calendars/hebrew-dates.csv");

        var mismatches = rows
            .Select(row => (row, date: LocalDate.FromDateTime(DateTime.Parse(row["gregorian_date"], CultureInfo.InvariantCulture))))
            .Select(p => (p.row, p.date, hebrew: HebrewDate.FromLocalDate(p.date)))
            .Where(p => p.hebrew.Year != int.Parse(p.row["hebrew_year"], CultureInfo.InvariantCulture)
                        || p.hebrew.Month != HebrewMonths.FromReferenceName(p.row["hebrew_month_name"])
                        || p.hebrew.Day != int.Parse(p.row["hebrew_day"], CultureInfo.InvariantCulture)
                        || (int)p.hebrew.DayOfWeek % 7 != int.Parse(p.row["day_of_week"], CultureInfo.InvariantCulture)
                        || p.hebrew.ToLocalDate() != p.date)
            .Select(p => $"{p.row}: got {p.hebrew}")
            .ToList();

        rows.Should().HaveCount(14_976);
        mismatches.Should().BeEmpty();
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void FromLocalDate_EveryDayOfTheSupportedRange_AgreesWithNodaTime()
    {
        // NodaTime's Hebrew calendar is an independent implementation: sweep all 3.65 million days, both directions.
        var first = HebrewDate.MinValue.ToLocalDate();
        var last = HebrewDate.MaxValue.ToLocalDate();
        var mismatches = new List<string>();
        for (var date = first; date <= last; date = date.PlusDays(1))
        {
            var hebrew = HebrewDate.FromLocalDate(date);
            var noda = date.WithCalendar(CalendarSystem.HebrewScriptural);
            var leap = CalendarSystem.HebrewScriptural.IsLeapYear(noda.Year);
            if (hebrew.Year != noda.Year || hebrew.Month != HebrewMonths.FromScriptural(noda.Month, leap) || hebrew.Day != noda.Day
                || hebrew.ToNodaTime(HebrewMonthNumbering.Scriptural) != noda)
            {
                mismatches.Add($"{date}: {hebrew} vs NodaTime {noda}");
                if (mismatches.Count > 20)
                {
                    break;
                }
            }
        }

        mismatches.Should().BeEmpty();
    }

    [Fact]
    public void YearFunctions_EveryYear_AgreeWithNodaTime()
    {
        for (var year = 1; year <= 9999; year++)
        {
            var leap = CalendarSystem.HebrewCivil.IsLeapYear(year);
            HebrewDate.IsLeapYear(year).Should().Be(leap, "year {0}", year);
            HebrewDate.DaysInYear(year).Should().Be(CalendarSystem.HebrewCivil.GetDaysInYear(year), "year {0}", year);
            for (var month = 1; month <= CalendarSystem.HebrewScriptural.GetMonthsInYear(year); month++)
            {
                HebrewDate.DaysInMonth(year, HebrewMonths.FromScriptural(month, leap))
                    .Should().Be(CalendarSystem.HebrewScriptural.GetDaysInMonth(year, month), "{0} month {1}", year, month);
            }
        }
    }

    [Fact]
    public void YearInterval_EveryYear_Runs1TishreiTo29ElulByNodaTime()
    {
        for (var year = 1; year <= 9999; year++)
        {
            var first = new LocalDate(year, 1, 1, CalendarSystem.HebrewCivil).WithCalendar(CalendarSystem.Iso);
            var last = first.PlusDays(CalendarSystem.HebrewCivil.GetDaysInYear(year) - 1);
            var interval = HebrewDate.YearInterval(year);
            if (interval.Start != first || interval.End != last)
            {
                (interval.Start, interval.End).Should().Be((first, last), "year {0}", year);
            }
        }

        var (start, end) = (HebrewDate.YearInterval(5787).Start, HebrewDate.YearInterval(5787).End);
        (start, end).Should().Be((new LocalDate(2026, 9, 12), new LocalDate(2027, 10, 1)));
        FluentActions.Invoking(() => HebrewDate.YearInterval(0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => HebrewDate.YearInterval(10_000)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void MinAndMaxValue_AreNodaTimesRange()
    {
        HebrewDate.MinValue.Should().Be(default(HebrewDate));
        HebrewDate.MinValue.Should().Be(new HebrewDate(1, HebrewMonth.Tishrei, 1));
        HebrewDate.MaxValue.Should().Be(new HebrewDate(9999, HebrewMonth.Elul, 29));
        HebrewDate.MinValue.ToLocalDate().Should().Be(new LocalDate(CalendarSystem.HebrewCivil.MinYear, 1, 1, CalendarSystem.HebrewCivil).WithCalendar(CalendarSystem.Iso));
        HebrewDate.MaxValue.ToLocalDate().Should().Be(new LocalDate(9999, 12, 29, CalendarSystem.HebrewCivil).WithCalendar(CalendarSystem.Iso));
    }

    [Fact]
    public void FromLocalDate_OutsideTheRange_ThrowsAndIsSupportedSaysSo()
    {
        var before = HebrewDate.MinValue.ToLocalDate().PlusDays(-1);
        var after = HebrewDate.MaxValue.ToLocalDate().PlusDays(1);

        HebrewDate.IsSupported(before).Should().BeFalse();
        HebrewDate.IsSupported(after).Should().BeFalse();
        HebrewDate.IsSupported(new LocalDate(2026, 9, 11)).Should().BeTrue();
        FluentActions.Invoking(() => HebrewDate.FromLocalDate(before)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => HebrewDate.FromLocalDate(after)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void FromLocalDate_DateInAnotherCalendar_ConvertsTheSameDay()
    {
        var iso = new LocalDate(2027, 4, 4);

        HebrewDate.FromLocalDate(iso.WithCalendar(CalendarSystem.Julian)).Should().Be(HebrewDate.FromLocalDate(iso));
        HebrewDate.FromLocalDate(iso.WithCalendar(CalendarSystem.HebrewCivil)).Should().Be(HebrewDate.FromLocalDate(iso));
    }

    public static TheoryData<int, int, int, string, string, string> Examples => new()
    {
        // ISO date, English, Hebrew, and why the row is here.
        { 2026, 9, 11, "29 Elul 5786", "כ״ט באלול תשפ״ו", "the spec's example: the eve of Rosh Hashana 5787" },
        { 2027, 5, 4, "27 Nisan 5787", "כ״ז בניסן תשפ״ז", "DOMAIN.md's example (which pairs it with 2027-04-04, 26 Adar II): Yom HaShoah 5787" },
        { 2027, 1, 23, "15 Sh'vat 5787", "ט״ו בשבט תשפ״ז", "15 is ט״ו, never י״ה" },
        { 2026, 11, 26, "16 Kislev 5787", "ט״ז בכסלו תשפ״ז", "16 is ט״ז, never י״ו" },
        { 2027, 2, 10, "3 Adar I 5787", "ג׳ באדר א׳ תשפ״ז", "a single letter takes a geresh; 5787 is a leap year" },
        { 2027, 3, 23, "14 Adar II 5787", "י״ד באדר ב׳ תשפ״ז", "Purim in a leap year" },
        { 2026, 3, 3, "14 Adar 5786", "י״ד באדר תשפ״ו", "Purim in a common year" },
        { 2025, 9, 23, "1 Tishrei 5786", "א׳ בתשרי תשפ״ו", "the first day of a year" },
        { 2024, 12, 1, "30 Cheshvan 5785", "ל׳ בחשוון תשפ״ה", "a complete year (355 days): Cheshvan has 30" },
        { 1999, 9, 11, "1 Tishrei 5760", "א׳ בתשרי תש״ס", "a year that ends in a round ten" },
        { 1984, 1, 3, "28 Tevet 5744", "כ״ח בטבת תשמ״ד", "5744 is תשמ״ד: the custom for 344 does not apply within 744" },
        { 240, 3, 12, "1 Nisan 4000", "א׳ בניסן ד׳ אלפים", "a whole millennium is written in words" },
        { 1026, 4, 11, "15 Nisan 4786", "ט״ו בניסן ד׳תשפ״ו", "outside 5001–5999 the thousands are written" },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void ToStringAndToHebrewString_Examples_WriteBothForms(int year, int month, int day, string english, string hebrew, string why)
    {
        var date = HebrewDate.FromLocalDate(new LocalDate(year, month, day));

        date.ToString().Should().Be(english, why);
        date.ToHebrewString().Should().Be(hebrew, why);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Parse_BothFormsOfTheExamples_ReadBackTheDate(int year, int month, int day, string english, string hebrew, string why)
    {
        var expected = new LocalDate(year, month, day);

        HebrewDate.Parse(english).Value.ToLocalDate().Should().Be(expected, why);
        HebrewDate.Parse(hebrew).Value.ToLocalDate().Should().Be(expected, why);
    }

    [Theory]
    [InlineData("כט אלול תשפו", "no geresh or gershayim, no prefix")]
    [InlineData("כ\"ט באלול תשפ\"ו", "ASCII quotes for gershayim")]
    [InlineData("  29   elul   5786 ", "extra spaces and lower case")]
    [InlineData("כ״ט באלול ה׳תשפ״ו", "the thousands written out")]
    [InlineData("כ״ט באלול ה'תשפ\"ו", "the thousands with an ASCII apostrophe")]
    [InlineData("כ״ט באלול התשפ״ו", "the thousands as a bare ה")]
    [InlineData("כ״ט באלול 5786", "the year in digits")]
    public void Parse_VariantSpellings_Read29Elul5786(string text, string why)
    {
        HebrewDate.Parse(text).Value.Should().Be(new HebrewDate(5786, HebrewMonth.Elul, 29), why);
    }

    [Theory]
    [InlineData("1 Heshvan 5787", HebrewMonth.Cheshvan)]
    [InlineData("1 Marcheshvan 5787", HebrewMonth.Cheshvan)]
    [InlineData("א׳ במרחשוון תשפ״ז", HebrewMonth.Cheshvan)]
    [InlineData("א׳ בחשון תשפ״ז", HebrewMonth.Cheshvan)]
    [InlineData("1 Shevat 5787", HebrewMonth.Shvat)]
    [InlineData("1 Iyar 5787", HebrewMonth.Iyyar)]
    [InlineData("1 Tammuz 5787", HebrewMonth.Tamuz)]
    [InlineData("1 Adar 1 5787", HebrewMonth.AdarI)]
    [InlineData("א׳ באדר ראשון תשפ״ז", HebrewMonth.AdarI)]
    [InlineData("א׳ באדר שני תשפ״ז", HebrewMonth.AdarII)]
    [InlineData("א׳ בסיון תשפ״ז", HebrewMonth.Sivan)]
    public void Parse_MonthAliases_FindTheMonth(string text, HebrewMonth month)
    {
        HebrewDate.Parse(text).Value.Month.Should().Be(month);
    }

    [Theory]
    [InlineData("", CalendarErrors.HebrewDateUnparsable, "text")]
    [InlineData("29 Elul", CalendarErrors.HebrewDateUnparsable, "text")]
    [InlineData("29 Ellul 5786", CalendarErrors.HebrewDateUnparsable, "text")]
    [InlineData("2026-09-11", CalendarErrors.HebrewDateUnparsable, "text")]
    [InlineData("x9 Elul 5786", CalendarErrors.HebrewDateUnparsable, "text")]
    [InlineData("כ״ט באלולי תשפ״ו", CalendarErrors.HebrewDateUnparsable, "text")]
    [InlineData("א׳ באלול ה׳", CalendarErrors.HebrewYearAmbiguous, "text")]
    [InlineData("14 Adar 5787", CalendarErrors.HebrewMonthNotInYear, "month")]
    [InlineData("30 Cheshvan 5786", CommonErrors.OutOfRange, "day")]
    [InlineData("0 Elul 5786", CommonErrors.OutOfRange, "day")]
    [InlineData("1 Tishrei 10000", CommonErrors.OutOfRange, "year")]
    public void Parse_BadText_IsInvalidWithANamedError(string text, string code, string identifier)
    {
        var result = HebrewDate.Parse(text);

        result.Status.Should().Be(ResultStatus.Invalid);
        result.ValidationErrors.Should().ContainSingle()
            .Which.Should().Match<ValidationError>(e => e.ErrorCode == code && e.Identifier == identifier);
    }

    [Theory]
    [InlineData(0, HebrewMonth.Tishrei, 1, CommonErrors.OutOfRange, "year")]
    [InlineData(10_000, HebrewMonth.Tishrei, 1, CommonErrors.OutOfRange, "year")]
    [InlineData(5787, HebrewMonth.Adar, 1, CalendarErrors.HebrewMonthNotInYear, "month")]
    [InlineData(5786, HebrewMonth.AdarI, 1, CalendarErrors.HebrewMonthNotInYear, "month")]
    [InlineData(5786, HebrewMonth.AdarII, 1, CalendarErrors.HebrewMonthNotInYear, "month")]
    [InlineData(5786, (HebrewMonth)0, 1, CalendarErrors.HebrewMonthNotInYear, "month")]
    [InlineData(5786, (HebrewMonth)15, 1, CalendarErrors.HebrewMonthNotInYear, "month")]
    [InlineData(5784, HebrewMonth.Kislev, 30, CommonErrors.OutOfRange, "day")]
    [InlineData(5786, HebrewMonth.Cheshvan, 30, CommonErrors.OutOfRange, "day")]
    [InlineData(5786, HebrewMonth.Elul, 30, CommonErrors.OutOfRange, "day")]
    public void Create_InvalidParts_IsInvalidAndTheConstructorThrows(int year, HebrewMonth month, int day, string code, string identifier)
    {
        var result = HebrewDate.Create(year, month, day);

        result.ValidationErrors.Should().ContainSingle().Which.Should().Match<ValidationError>(e => e.ErrorCode == code && e.Identifier == identifier);
        FluentActions.Invoking(() => new HebrewDate(year, month, day)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName(identifier);
    }

    [Fact]
    public void Properties_OfADate_DescribeIt()
    {
        var date = new HebrewDate(5787, HebrewMonth.AdarII, 14);

        date.Year.Should().Be(5787);
        date.Month.Should().Be(HebrewMonth.AdarII);
        date.Day.Should().Be(14);
        date.IsInLeapYear.Should().BeTrue();
        date.DayOfWeek.Should().Be(IsoDayOfWeek.Tuesday);
        date.DayOfYear.Should().Be(30 + 30 + 30 + 29 + 30 + 30 + 14, "5787 is complete: Tishrei, Cheshvan and Kislev 30, Tevet 29, Sh'vat and Adar I 30");
        var (year, month, day) = date;
        (year, month, day).Should().Be((5787, HebrewMonth.AdarII, 14));
    }

    [Fact]
    public void EqualityAndOrdering_FollowTheDay()
    {
        EqualityContract.CheckOrdering(
            new HebrewDate(5786, HebrewMonth.Elul, 29),
            HebrewDate.FromLocalDate(new LocalDate(2026, 9, 11)),
            new HebrewDate(5787, HebrewMonth.Tishrei, 1));
    }

    [Fact]
    public void PlusDays_CrossesYearsAndStopsAtTheRange()
    {
        new HebrewDate(5786, HebrewMonth.Elul, 29).PlusDays(1).Should().Be(new HebrewDate(5787, HebrewMonth.Tishrei, 1));
        new HebrewDate(5787, HebrewMonth.Tishrei, 1).PlusDays(-1).Should().Be(new HebrewDate(5786, HebrewMonth.Elul, 29));
        FluentActions.Invoking(() => HebrewDate.MaxValue.PlusDays(1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => HebrewDate.MinValue.PlusDays(-1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => HebrewDate.MinValue.PlusDays(int.MaxValue)).Should().Throw<ArgumentOutOfRangeException>();
    }

    public static TheoryData<int, string, string> Years => new()
    {
        // Hebrew year, its numerals, and why the row is here.
        { 5270, "ע״ר", "270–279 are written ער, not רע (evil)" },
        { 5275, "ער״ה", "the custom for 270–279 keeps the units" },
        { 5298, "רח״צ", "298 is written רח״צ, not רצ״ח (murder)" },
        { 5344, "שד״מ", "344 is written שד״מ, not שמ״ד (destruction)" },
        { 5015, "ט״ו", "15 is ט״ו in a year too" },
        { 5900, "תת״ק", "hundreds above 400 repeat ת" },
        { 5999, "תתקצ״ט", "the longest numerals" },
        { 1270, "א׳ע״ר", "the thousands, then the custom" },
        { 9999, "ט׳תתקצ״ט", "the last year" },
        { 6000, "ו׳ אלפים", "a whole millennium in words" },
        { 23, "23", "before 1000 a numeral alone would mean 5023: the year is written in digits" },
    };

    [Theory]
    [MemberData(nameof(Years))]
    public void ToHebrewString_Years_FollowTheCustoms(int year, string numerals, string why) =>
        new HebrewDate(year, HebrewMonth.Tishrei, 1).ToHebrewString().Should().Be($"א׳ בתשרי {numerals}", why);

    [Fact]
    public void TryFormat_AnyDate_IsToStringOrToHebrewStringWithoutAllocating()
    {
        Gen.Int[HebrewArithmetic.MinDay, HebrewArithmetic.MaxDay].Select(HebrewDate.FromEpochDay).Sample(date =>
        {
            Span<char> text = stackalloc char[20];
            date.TryFormat(text, out var english).Should().BeTrue();
            text[..english].ToString().Should().Be(date.ToString());
            date.TryFormat(text, out var hebrew, "H").Should().BeTrue();
            text[..hebrew].ToString().Should().Be(date.ToHebrewString());
            $"{date}|{date:G}|{date:H}".Should().Be($"{date.ToString()}|{date.ToString()}|{date.ToHebrewString()}");
        });
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        Span<char> buffer = stackalloc char[20];
        new HebrewDate(5786, HebrewMonth.Elul, 29).TryFormat(buffer, out _, "H");
        GC.GetAllocatedBytesForCurrentThread().Should().Be(allocated);
    }

    [Fact]
    public void TryFormat_TooSmallOrUnknownFormat_IsFalseOrThrows()
    {
        var date = new HebrewDate(5786, HebrewMonth.Elul, 29);
        var text = new char[15];

        date.TryFormat(text.AsSpan(0, 11), out var written).Should().BeFalse();
        written.Should().Be(0);
        date.TryFormat(text, out written, "H").Should().BeTrue();
        written.Should().Be(15);
        FluentActions.Invoking(() => date.ToString("D", null)).Should().Throw<FormatException>();
    }

    [Fact]
    public void ParseOfToStringAndToHebrewString_AnyDate_RoundTrips()
    {
        Gen.Int[HebrewArithmetic.MinDay, HebrewArithmetic.MaxDay].Select(HebrewDate.FromEpochDay).Sample(date =>
        {
            HebrewDate.Parse(date.ToString()).Value.Should().Be(date);
            HebrewDate.Parse(date.ToHebrewString()).Value.Should().Be(date);
        });
    }

    [Fact]
    public void DaysInMonth_BadArguments_Throw()
    {
        FluentActions.Invoking(() => HebrewDate.DaysInMonth(0, HebrewMonth.Nisan)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => HebrewDate.DaysInMonth(5786, (HebrewMonth)99)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => HebrewDate.IsLeapYear(10_000)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => HebrewDate.DaysInYear(-1)).Should().Throw<ArgumentOutOfRangeException>();
        HebrewDate.DaysInMonth(5786, HebrewMonth.AdarI).Should().Be(0, "a common year has no Adar I");
    }
}
