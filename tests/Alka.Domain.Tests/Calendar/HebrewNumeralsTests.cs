using Alka.Domain.Calendar;

namespace Alka.Domain.Tests.Calendar;

public class HebrewNumeralsTests
{
    [Fact]
    public void Format_EveryNumber_MatchesTheGreedySpelling()
    {
        for (var n = 1; n <= 999; n++)
        {
            HebrewNumerals.Format(n).Should().Be(HebrewSpellings.WithMarks(HebrewSpellings.Letters(n), "׳", "״"), "n = {0}", n);
            HebrewNumerals.Format(n, isYear: true).Should().Be(HebrewSpellings.WithMarks(HebrewSpellings.YearLetters(n), "׳", "״"), "year {0}", n);
        }
    }

    [Fact]
    public void Parse_EveryNumberInEverySpelling_ReadsIt()
    {
        var failures = new List<string>();
        for (var n = 1; n <= 999; n++)
        {
            foreach (var text in HebrewSpellings.Numerals(n, isYear: true))
            {
                if (HebrewNumerals.Parse(text) != n)
                {
                    failures.Add($"{text}: {HebrewNumerals.Parse(text)}, not {n}");
                }
            }
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public void Numerals_NoneButHeItself_BeginWithHe()
    {
        // Why a bare ה before a numeral (התשפ״ו) can only be the thousands: ה is a unit, and units come last.
        var startingWithHe = Enumerable.Range(1, 999)
            .SelectMany(n => new[] { HebrewSpellings.Letters(n), HebrewSpellings.YearLetters(n) })
            .Where(letters => letters[0] == 'ה')
            .Distinct();

        startingWithHe.Should().Equal("ה");
    }

    [Theory]
    [InlineData("יה", "15 is ט״ו")]
    [InlineData("י״ו", "16 is ט״ז")]
    [InlineData("ופשת", "letters out of order")]
    [InlineData("תשףו", "a final letter within the numeral")]
    [InlineData("תש״פ״ו", "two gershayim")]
    [InlineData("ת״שפו", "the gershayim not before the last letter")]
    [InlineData("תשפו׳", "a geresh after several letters")]
    [InlineData("ה״", "a gershayim after a single letter")]
    [InlineData("״ה", "a mark before the letters")]
    [InlineData("ב׳ב", "a geresh within a numeral")]
    [InlineData("תתתת", "1600 is beyond 999")]
    [InlineData("", "no letter")]
    [InlineData("5", "a digit")]
    public void Parse_AnythingButTheUsualSpelling_IsNotANumber(string text, string why)
    {
        HebrewNumerals.Parse(text).Should().Be(-1, why);
    }
}
