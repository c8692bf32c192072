using System.Globalization;
using Alka.Domain.Calendar;
using Alka.Domain.Tests.Support;
using Ardalis.Result;

namespace Alka.Domain.Tests.Calendar;

/// <summary><see cref="HebrewDate.Parse"/> over every year and every spelling; <see cref="HebrewDate.ToHebrewString"/> back.</summary>
public class HebrewDateTextTests
{
    private static readonly HebrewMonth[] CommonYearMonths =
    [
        HebrewMonth.Tishrei, HebrewMonth.Cheshvan, HebrewMonth.Kislev, HebrewMonth.Tevet, HebrewMonth.Shvat, HebrewMonth.Adar,
        HebrewMonth.Nisan, HebrewMonth.Iyyar, HebrewMonth.Sivan, HebrewMonth.Tamuz, HebrewMonth.Av, HebrewMonth.Elul,
    ];

    private static readonly HebrewMonth[] LeapYearMonths =
        [.. CommonYearMonths[..5], HebrewMonth.AdarI, HebrewMonth.AdarII, .. CommonYearMonths[6..]];

    [Fact]
    public void Parse_EveryYearInEverySpelling_ReadsTheDate()
    {
        // One date per year, its month and day varying over the sweep; every spelling of the year (HebrewSpellings.Years),
        // with and without the prefix ב, and both forms the library writes.
        var failures = new List<string>();
        var spellings = 0;
        for (var year = 1; year <= 9999; year++)
        {
            var date = DateIn(year);
            var day = HebrewSpellings.WithMarks(HebrewSpellings.Letters(date.Day), "׳", "״");
            var month = HebrewSpellings.MonthName(date.Month);
            Check(date.ToString());
            Check(date.ToHebrewString());
            foreach (var yearText in HebrewSpellings.Years(year))
            {
                Check($"{day} ב{month} {yearText}");
                Check($"{day} {month} {yearText}");
            }

            void Check(string text)
            {
                spellings++;
                var parsed = HebrewDate.Parse(text);
                if (!parsed.IsSuccess || parsed.Value != date)
                {
                    failures.Add($"{text}: {(parsed.IsSuccess ? parsed.Value.ToString() : parsed.ValidationErrors.First().ErrorCode)}, not {date}");
                }
            }
        }

        failures.Take(20).Should().BeEmpty("{0} spellings were read", spellings);
        spellings.Should().BeGreaterThan(150_000, "every year has several spellings");
    }

    [Fact]
    public void Parse_EveryMonthAndDayInEverySpelling_ReadsTheDate()
    {
        var failures = new List<string>();
        foreach (var (year, months) in new[] { (5786, CommonYearMonths), (5787, LeapYearMonths) })
        {
            foreach (var month in months)
            {
                var yearNumeral = HebrewSpellings.WithMarks(HebrewSpellings.YearLetters(year - 5000), "׳", "״");
                string[] years = [yearNumeral, "ה" + yearNumeral, "ה׳" + yearNumeral, year.ToString(CultureInfo.InvariantCulture)];
                for (var dayNumber = 1; dayNumber <= HebrewDate.DaysInMonth(year, month); dayNumber++)
                {
                    var date = new HebrewDate(year, month, dayNumber);
                    foreach (var text in
                        from day in HebrewSpellings.Numerals(dayNumber)
                        from name in MonthSpellings(month)
                        from prefix in new[] { "ב", "" }
                        from yearText in years
                        select $"{day} {prefix}{name} {yearText}")
                    {
                        var parsed = HebrewDate.Parse(text);
                        if (!parsed.IsSuccess || parsed.Value != date)
                        {
                            failures.Add($"{text}: {(parsed.IsSuccess ? parsed.Value.ToString() : parsed.ValidationErrors.First().ErrorCode)}, not {date}");
                        }
                    }
                }
            }
        }

        failures.Take(20).Should().BeEmpty();
    }

    [Fact]
    public void Parse_ASingleLetterForTheYear_IsAmbiguous()
    {
        // ה׳ is 5005 with the thousands omitted, or the millennium 5000: never guessed.
        foreach (var letter in "אבגדהוזחט")
        {
            foreach (var (geresh, _) in HebrewSpellings.Marks)
            {
                var text = $"א׳ בניסן {letter}{geresh}";
                HebrewDate.Parse(text).Should().HaveError("text", CalendarErrors.HebrewYearAmbiguous);
                HebrewDate.Parse(text).ValidationErrors.Should().ContainSingle(text);
            }
        }
    }

    [Theory]
    [InlineData("ט״ו בשבט התשפ״ו", 5786, HebrewMonth.Shvat, 15, "the thousands as a bare ה: was read as 5791")]
    [InlineData("א׳ בתשרי התשפ״ז", 5787, HebrewMonth.Tishrei, 1, "the thousands as a bare ה: was read as 5792")]
    [InlineData("ט\"ו בשבט התשפ\"ו", 5786, HebrewMonth.Shvat, 15, "the same in ASCII")]
    [InlineData("ט״ו בשבט ה׳ תשפ״ו", 5786, HebrewMonth.Shvat, 15, "ה׳ apart from the numeral")]
    [InlineData("ט״ו באדר ב׳ ה׳ תשפ״ז", 5787, HebrewMonth.AdarII, 15, "ה׳ apart after Adar II")]
    [InlineData("ט״ו באדר א׳ תשפ״ז", 5787, HebrewMonth.AdarI, 15, "א׳ after אדר is the month's, not a millennium")]
    [InlineData("א׳ בתשרי תש״ך", 5720, HebrewMonth.Tishrei, 1, "a final letter at the end")]
    [InlineData("א׳ בתשרי ה׳ה׳", 5005, HebrewMonth.Tishrei, 1, "5005 with its thousands")]
    [InlineData("א׳ בתשרי הה", 5005, HebrewMonth.Tishrei, 1, "5005 with a bare ה")]
    [InlineData("א׳ בתשרי ה׳ אלפים", 5000, HebrewMonth.Tishrei, 1, "the millennium 5000")]
    [InlineData("א׳ בתשרי י׳", 5010, HebrewMonth.Tishrei, 1, "a single letter beyond the units is no millennium")]
    [InlineData("כ״ט באלול 5786", 5786, HebrewMonth.Elul, 29, "the year in digits")]
    [InlineData("א׳ בתשרי 1", 1, HebrewMonth.Tishrei, 1, "the first year, only in digits")]
    [InlineData("ב׳ בניסן ערד", 5274, HebrewMonth.Nisan, 2, "the custom for 274")]
    [InlineData("ב׳ בניסן רעד", 5274, HebrewMonth.Nisan, 2, "274 without the custom")]
    public void Parse_SpellingsPeopleWrite_ReadTheDate(string text, int year, HebrewMonth month, int day, string why)
    {
        HebrewDate.Parse(text).Value.Should().Be(new HebrewDate(year, month, day), why);
    }

    [Theory]
    [InlineData("י״ה בשבט תשפ״ו", "15 is ט״ו, never י״ה")]
    [InlineData("ט״ו בשבט דתשפ״ו", "a thousands letter other than ה needs its geresh")]
    [InlineData("ט״ו בשבט ד׳ תשפ״ו", "only ה׳ stands apart from the numeral")]
    [InlineData("ט״ו בשבט ה תשפ״ו", "a bare ה does not stand apart")]
    [InlineData("ט״ו בשבט ה״תשפ״ו", "a gershayim after the thousands")]
    [InlineData("ט״ו בשבט תשפ״ו׳", "a mark after the gershayim")]
    [InlineData("ט״ו בשבט ופשת", "letters out of order")]
    [InlineData("ט״ו בשבט תשפ''ו", "two apostrophes for a gershayim")]
    [InlineData("ט״ו בשבט י׳ אלפים", "no millennium beyond the ninth")]
    [InlineData("15 Sh'vat תשפ״ו", "English takes the year in digits")]
    public void Parse_OtherSpellings_AreUnparsable(string text, string why)
    {
        var result = HebrewDate.Parse(text);

        result.Status.Should().Be(ResultStatus.Invalid, why);
        result.Should().HaveError("text", CalendarErrors.HebrewDateUnparsable);
    }

    [Fact]
    public void Parse_BareThousandsOtherThanHe_NeverReadTheirYear()
    {
        // ד before a numeral is no thousands: the text is refused, or (ט before ו or ז) read as the numeral 15 or 16.
        foreach (var thousands in new[] { 1, 2, 3, 4, 6, 7, 8, 9 })
        {
            for (var rest = 1; rest <= 999; rest++)
            {
                var text = $"א׳ בניסן {HebrewSpellings.Letters(thousands)}{HebrewSpellings.WithMarks(HebrewSpellings.YearLetters(rest), "׳", "״")}";
                var parsed = HebrewDate.Parse(text);
                if (parsed.IsSuccess)
                {
                    thousands.Should().Be(9, text);
                    rest.Should().BeOneOf([6, 7], text);
                    parsed.Value.Year.Should().Be(5009 + rest, text);
                }
                else
                {
                    parsed.Should().HaveError("text", CalendarErrors.HebrewDateUnparsable);
                }
            }
        }
    }

    [Theory]
    [InlineData(1, "א׳ בתשרי 1")]
    [InlineData(999, "א׳ בתשרי 999")]
    [InlineData(1000, "א׳ בתשרי א׳ אלפים")]
    [InlineData(5000, "א׳ בתשרי ה׳ אלפים")]
    [InlineData(5001, "א׳ בתשרי ה׳א׳")]
    [InlineData(5009, "א׳ בתשרי ה׳ט׳")]
    [InlineData(5010, "א׳ בתשרי י׳")]
    [InlineData(5274, "א׳ בתשרי ער״ד")]
    [InlineData(6001, "א׳ בתשרי ו׳א׳")]
    public void ToHebrewString_YearsWithoutTheUsualSpelling_WriteOneThatReadsBack(int year, string expected)
    {
        var date = new HebrewDate(year, HebrewMonth.Tishrei, 1);

        date.ToHebrewString().Should().Be(expected);
        HebrewDate.Parse(expected).Value.Should().Be(date);
    }

    private static HebrewDate DateIn(int year)
    {
        var months = HebrewDate.IsLeapYear(year) ? LeapYearMonths : CommonYearMonths;
        var month = months[year % months.Length];
        return new HebrewDate(year, month, 1 + (year * 7 % HebrewDate.DaysInMonth(year, month)));
    }

    private static IEnumerable<string> MonthSpellings(HebrewMonth month)
    {
        var name = HebrewSpellings.MonthName(month);
        yield return name;
        if (name.Contains('׳', StringComparison.Ordinal))
        {
            yield return name.Replace('׳', '\'');
            yield return name.Replace("׳", "", StringComparison.Ordinal);
        }
    }
}
