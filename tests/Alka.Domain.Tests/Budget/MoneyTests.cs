using System.Globalization;
using System.Text;
using Alka.Domain.Budget;
using Alka.Domain.Tests.Support;
using CsCheck;

namespace Alka.Domain.Tests.Budget;

public class MoneyTests
{
    private const long MaxAgorot = 99_999_999_999_999_999;
    private const char Rlm = '\u200F';

    // Amounts across the whole range, with small ones (where the edge cases are) as likely as large ones.
    private static readonly Gen<Money> AnyMoney =
        Gen.OneOf(Gen.Long[-100_000, 100_000], Gen.Long[-MaxAgorot, MaxAgorot]).Select(Money.FromAgorot);

    [Fact]
    public void Default_IsZeroShekels()
    {
        default(Money).Should().Be(Money.Zero);
        Money.Zero.Agorot.Should().Be(0);
        Money.Zero.Amount.Should().Be(0.00m);
        Money.Zero.ToString().Should().Be("₪0.00");
    }

    [Fact]
    public void MinAndMaxValue_AreSymmetricJustUnderAQuadrillion()
    {
        Money.MaxValue.Amount.Should().Be(999_999_999_999_999.99m);
        Money.MinValue.Should().Be(-Money.MaxValue);
        (-Money.MinValue).Should().Be(Money.MaxValue);
    }

    [Fact]
    public void CurrencyCode_IsIls() => Money.CurrencyCode.Should().Be("ILS");

    [Theory]
    [InlineData("0", 0L)]
    [InlineData("0.01", 1L)]
    [InlineData("-0.01", -1L)]
    [InlineData("1.230", 123L)]
    [InlineData("3466666.67", 346_666_667L)]
    [InlineData("999999999999999.99", MaxAgorot)]
    [InlineData("-999999999999999.99", -MaxAgorot)]
    public void Create_AmountExactToTheAgora_KeepsIt(string amount, long agorot)
    {
        var value = decimal.Parse(amount, CultureInfo.InvariantCulture);
        Money.Create(value).Value.Agorot.Should().Be(agorot);
        Money.Of(value).Agorot.Should().Be(agorot);
    }

    [Theory]
    [InlineData("0.001", BudgetErrors.MoneyTooPrecise)]
    [InlineData("-1.005", BudgetErrors.MoneyTooPrecise)]
    [InlineData("1000000000000000", BudgetErrors.MoneyOutOfRange)]
    [InlineData("-1000000000000000", BudgetErrors.MoneyOutOfRange)]
    [InlineData("79228162514264337593543950335", BudgetErrors.MoneyOutOfRange)]
    public void Create_AmountNotMoney_IsAnError(string amount, string code) =>
        Money.Create(decimal.Parse(amount, CultureInfo.InvariantCulture)).Should().HaveError("amount", code);

    [Fact]
    public void Create_TooPreciseAndOutOfRange_ListsBoth()
    {
        var result = Money.Create(1_000_000_000_000_000.001m);
        result.ValidationErrors.Select(e => e.ErrorCode).Should().Equal(BudgetErrors.MoneyTooPrecise, BudgetErrors.MoneyOutOfRange);
    }

    [Fact]
    public void Of_AmountNotMoney_Throws()
    {
        FluentActions.Invoking(() => Money.Of(0.001m)).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("amount");
        FluentActions.Invoking(() => Money.Of(1e15m)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData(MaxAgorot + 1)]
    [InlineData(-MaxAgorot - 1)]
    [InlineData(long.MinValue)]
    public void FromAgorot_OutOfRange_Throws(long agorot) =>
        FluentActions.Invoking(() => Money.FromAgorot(agorot)).Should().Throw<ArgumentOutOfRangeException>();

    public static TheoryData<string, MidpointRounding, long> Roundings => new()
    {
        { "1.005", MidpointRounding.AwayFromZero, 101 },
        { "1.005", MidpointRounding.ToEven, 100 },
        { "1.015", MidpointRounding.ToEven, 102 },
        { "-1.005", MidpointRounding.AwayFromZero, -101 },
        { "-1.005", MidpointRounding.ToEven, -100 },
        { "1.009", MidpointRounding.ToZero, 100 },
        { "-1.009", MidpointRounding.ToZero, -100 },
        { "1.001", MidpointRounding.ToPositiveInfinity, 101 },
        { "-1.009", MidpointRounding.ToPositiveInfinity, -100 },
        { "1.009", MidpointRounding.ToNegativeInfinity, 100 },
        { "-1.001", MidpointRounding.ToNegativeInfinity, -101 },
        { "2.5", MidpointRounding.ToZero, 250 },
        { "999999999999999.994", MidpointRounding.AwayFromZero, MaxAgorot },
    };

    [Theory]
    [MemberData(nameof(Roundings))]
    public void Create_WithRounding_RoundsToTheAgoraAsNamed(string amount, MidpointRounding rounding, long agorot) =>
        Money.Create(decimal.Parse(amount, CultureInfo.InvariantCulture), rounding).Value.Agorot.Should().Be(agorot);

    [Fact]
    public void Create_WithRoundingBeyondTheRange_IsAnError() =>
        Money.Create(999_999_999_999_999.995m, MidpointRounding.AwayFromZero).Should().HaveError("amount", BudgetErrors.MoneyOutOfRange);

    [Fact]
    public void Create_UndefinedRounding_Throws() =>
        FluentActions.Invoking(() => Money.Create(1m, (MidpointRounding)5)).Should().Throw<ArgumentOutOfRangeException>();

    [Fact]
    public void Amount_AlwaysHasTwoDecimals()
    {
        Money.Of(3_000_000m).Amount.ToString(CultureInfo.InvariantCulture).Should().Be("3000000.00");
        Money.FromAgorot(-5).Amount.ToString(CultureInfo.InvariantCulture).Should().Be("-0.05");
    }

    [Fact]
    public void AmountAndAgorot_AnyMoney_AgreeAndConvertBack() =>
        AnyMoney.Sample(money =>
        {
            money.Amount.Should().Be(money.Agorot / 100m);
            Money.Create(money.Amount).Value.Should().Be(money);
        });

    [Fact]
    public void Equality_AndOrdering_AreThoseOfTheAmount() =>
        EqualityContract.CheckOrdering(Money.Of(1m), Money.Of(1.00m), Money.FromAgorot(101));

    [Fact]
    public void Operators_AddSubtractNegateAndMultiplyByCounts()
    {
        var a = Money.Of(1_234.50m);
        var b = Money.Of(0.75m);
        (a + b).Should().Be(Money.Of(1_235.25m));
        (a - b).Should().Be(Money.Of(1_233.75m));
        (b - a).Should().Be(Money.Of(-1_233.75m));
        (-a).Should().Be(Money.Of(-1_234.50m));
        (a * 3).Should().Be(Money.Of(3_703.50m));
        (3 * a).Should().Be(Money.Of(3_703.50m));
        (a * -2L).Should().Be(Money.Of(-2_469m));
        (a * 0).Should().Be(Money.Zero);
    }

    public static TheoryData<Func<Money>, string> Overflows => new()
    {
        { () => Money.MaxValue + Money.FromAgorot(1), "a sum just beyond the top" },
        { () => Money.MinValue - Money.FromAgorot(1), "a difference just below the bottom" },
        { () => Money.MaxValue - Money.MinValue, "the widest difference" },
        { () => Money.MaxValue * 2, "twice the largest amount" },
        { () => Money.FromAgorot(2) * long.MaxValue, "a product beyond a long" },
        { () => Money.MinValue * 2, "a product below the bottom" },
        { () => Money.Sum([Money.MaxValue, Money.MaxValue, Money.MinValue]), "a partial sum beyond the range" },
        { () => Money.MaxValue.Multiply(1.0000000000000000001m, MidpointRounding.ToPositiveInfinity), "a product rounded up beyond the top" },
        { () => Money.Of(1m).Multiply(decimal.MaxValue, MidpointRounding.ToZero), "a factor of 28 digits" },
    };

    [Theory]
    [MemberData(nameof(Overflows))]
    public void Arithmetic_BeyondTheRange_Throws(Func<Money> arithmetic, string why) =>
        FluentActions.Invoking(arithmetic).Should().Throw<OverflowException>(why);

    [Fact]
    public void Sum_AddsEveryAmount_ZeroForNone()
    {
        Money.Sum([]).Should().Be(Money.Zero);
        Money.Sum([Money.Of(1.10m), Money.Of(2.20m), Money.Of(-0.30m)]).Should().Be(Money.Of(3m));
    }

    public static TheoryData<string, string, MidpointRounding, string, string> Products => new()
    {
        { "100.00", "0.15", MidpointRounding.ToEven, "15.00", "an exact product" },
        { "0.05", "0.5", MidpointRounding.AwayFromZero, "0.03", "half an agora away from zero" },
        { "0.05", "0.5", MidpointRounding.ToEven, "0.02", "half an agora to even" },
        { "-0.05", "0.5", MidpointRounding.AwayFromZero, "-0.03", "a negative half away from zero" },
        { "0.05", "-0.5", MidpointRounding.ToNegativeInfinity, "-0.03", "a negative factor towards negative infinity" },
        { "1.00", "0.3333333333333333333333333333", MidpointRounding.ToPositiveInfinity, "0.34", "28 decimals rounded up" },
        { "999999999999999.99", "0.0000000000000000000000000001", MidpointRounding.ToPositiveInfinity, "0.01", "the smallest factor still rounds up exactly" },
        { "999999999999999.99", "0.0000000000000000000000000001", MidpointRounding.ToEven, "0.00", "and is far from the half" },
        { "0.01", "79228162514264337.593543950335", MidpointRounding.ToEven, "792281625142643.38", "a 96-bit mantissa, computed exactly" },
        { "0.00", "79228162514264337593543950335", MidpointRounding.ToZero, "0.00", "zero times the largest decimal" },
        { "-2.00", "-0", MidpointRounding.ToZero, "0.00", "a negative zero factor" },
    };

    [Theory]
    [MemberData(nameof(Products))]
    public void Multiply_ByADecimal_RoundsTheExactProductOnce(string amount, string factor, MidpointRounding rounding, string expected, string why) =>
        Money.Of(Dec(amount)).Multiply(Dec(factor), rounding).Should().Be(Money.Of(Dec(expected)), why);

    [Fact]
    public void Multiply_WhereDecimalArithmeticIsExact_AgreesWithDecimalRound()
    {
        // Up to 12 + 2 digits times up to 9 + 6 digits: the decimal product is exact, so decimal.Round is an oracle,
        // and where it leaves the range, Multiply throws.
        var factors = Gen.Select(Gen.Int[-999_999_999, 999_999_999], Gen.Byte[0, 6], (m, s) => new decimal(Math.Abs(m), 0, 0, m < 0, s));
        var roundings = Gen.Int[0, 4].Select(i => (MidpointRounding)i);
        Gen.Select(Gen.Long[-100_000_000_000_000, 100_000_000_000_000], factors, roundings).Sample((agorot, factor, rounding) =>
        {
            var money = Money.FromAgorot(agorot);
            var expected = decimal.Round(money.Amount * factor, 2, rounding);
            if (Math.Abs(expected) <= Money.MaxValue.Amount)
            {
                money.Multiply(factor, rounding).Amount.Should().Be(expected);
            }
            else
            {
                money.Invoking(m => m.Multiply(factor, rounding)).Should().Throw<OverflowException>();
            }
        });
    }

    // Formatting: every format of one amount per row.
    public static TheoryData<long, string, string, string, string, string> Texts => new()
    {
        { 0, "₪0.00", $"{Rlm}0.00 ₪", "0.00 מלש״ח", "0.00", "zero" },
        { 1, "₪0.01", $"{Rlm}0.01 ₪", "0.00 מלש״ח", "0.01", "one agora" },
        { -1, "-₪0.01", $"{Rlm}-0.01 ₪", "0.00 מלש״ח", "-0.01", "minus one agora; the compact form has no negative zero" },
        { 10, "₪0.10", $"{Rlm}0.10 ₪", "0.00 מלש״ח", "0.10", "ten agorot keep the trailing zero" },
        { 99_999, "₪999.99", $"{Rlm}999.99 ₪", "0.00 מלש״ח", "999.99", "the last amount without a group" },
        { 100_000, "₪1,000.00", $"{Rlm}1,000.00 ₪", "0.00 מלש״ח", "1000.00", "the first group" },
        { -123_450, "-₪1,234.50", $"{Rlm}-1,234.50 ₪", "0.00 מלש״ח", "-1234.50", "a negative amount" },
        { 499_999, "₪4,999.99", $"{Rlm}4,999.99 ₪", "0.00 מלש״ח", "4999.99", "just under half a unit of the compact form" },
        { 500_000, "₪5,000.00", $"{Rlm}5,000.00 ₪", "0.01 מלש״ח", "5000.00", "half a unit rounds away from zero" },
        { -500_000, "-₪5,000.00", $"{Rlm}-5,000.00 ₪", "-0.01 מלש״ח", "-5000.00", "and a negative half too" },
        { -25_000_000, "-₪250,000.00", $"{Rlm}-250,000.00 ₪", "-0.25 מלש״ח", "-250000.00", "a negative compact amount" },
        { 300_000_000, "₪3,000,000.00", $"{Rlm}3,000,000.00 ₪", "3.00 מלש״ח", "3000000.00", "the band's lower point" },
        { 346_666_667, "₪3,466,666.67", $"{Rlm}3,466,666.67 ₪", "3.47 מלש״ח", "3466666.67", "the contract's example" },
        { 360_000_000_000, "₪3,600,000,000.00", $"{Rlm}3,600,000,000.00 ₪", "3,600.00 מלש״ח", "3600000000.00", "thousands of millions are grouped" },
        { MaxAgorot, "₪999,999,999,999,999.99", $"{Rlm}999,999,999,999,999.99 ₪", "1,000,000,000.00 מלש״ח", "999999999999999.99", "the largest amount" },
        { -MaxAgorot, "-₪999,999,999,999,999.99", $"{Rlm}-999,999,999,999,999.99 ₪", "-1,000,000,000.00 מלש״ח", "-999999999999999.99", "the smallest amount: the longest text" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void ToString_EachFormat_WritesTheContractsForm(long agorot, string english, string hebrew, string millions, string invariant, string why)
    {
        var money = Money.FromAgorot(agorot);
        money.ToString().Should().Be(english, why);
        money.ToString(MoneyFormat.English).Should().Be(english, why);
        money.ToString(MoneyFormat.Hebrew).Should().Be(hebrew, why);
        money.ToString(MoneyFormat.HebrewMillions).Should().Be(millions, why);
        money.ToString(MoneyFormat.Invariant).Should().Be(invariant, why);
        money.ToString("E", new NumberFormatInfo { NumberDecimalSeparator = ",", NumberGroupSeparator = "." }).Should().Be(english, "the provider is ignored");
        $"{money:H}|{money:M}|{money:I}|{money}".Should().Be($"{hebrew}|{millions}|{invariant}|{english}", why);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void TryFormat_Utf8_WritesTheSameText(long agorot, string english, string hebrew, string millions, string invariant, string why)
    {
        var money = Money.FromAgorot(agorot);
        foreach (var (format, text) in new[] { ("E", english), ("H", hebrew), ("M", millions), ("I", invariant), ("", english) })
        {
            var expected = Encoding.UTF8.GetBytes(text);
            var buffer = new byte[64];
            money.TryFormat(buffer, out var written, format, null).Should().BeTrue(why);
            buffer[..written].Should().Equal(expected, why);
            money.TryFormat(buffer.AsSpan(0, expected.Length - 1), out written, format, null).Should().BeFalse("one byte short");
            written.Should().Be(0);
        }
    }

    [Fact]
    public void TryFormat_DestinationTooSmall_WritesNothing()
    {
        var destination = new char[12];
        Money.FromAgorot(346_666_667).TryFormat(destination, out var written, "E", null).Should().BeFalse();
        written.Should().Be(0);
        destination.Should().OnlyContain(c => c == '\0');
        Money.FromAgorot(346_666_667).TryFormat(destination.AsSpan(0, 10), out written, "I", null).Should().BeTrue();
        new string(destination, 0, written).Should().Be("3466666.67");
    }

    [Fact]
    public void TryFormat_ToSpans_DoesNotAllocate()
    {
        var money = Money.FromAgorot(-MaxAgorot);
        Span<char> chars = stackalloc char[32];
        Span<byte> bytes = stackalloc byte[64];
        money.TryFormat(chars, out _, "H", null);
        money.TryFormat(bytes, out _, "M", null);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            money.TryFormat(chars, out _, "E", null);
            money.TryFormat(chars, out _, "H", null);
            money.TryFormat(bytes, out _, "M", null);
            money.TryFormat(bytes, out _, "I", null);
        }

        GC.GetAllocatedBytesForCurrentThread().Should().Be(before);
    }

    [Fact]
    public void TextAndMessages_UnderAnyCurrentCulture_AreCultureIndependent()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NumberDecimalSeparator = ",";
        culture.NumberFormat.NegativeSign = "~";
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = culture;
            $"{Money.FromAgorot(-123_450)}".Should().Be("-₪1,234.50");
            Money.Create(-0.001m).ValidationErrors.Single().ErrorMessage.Should().StartWith("-0.001 NIS");
            Money.Of(1m).Allocate([-1.5m], AllocationMode.LargestRemainder).ValidationErrors.First().ErrorMessage.Should().Contain("-1.5");
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Theory]
    [InlineData("G")]
    [InlineData("e")]
    [InlineData("EE")]
    [InlineData("N2")]
    public void ToString_UnknownFormatString_Throws(string format) =>
        FluentActions.Invoking(() => Money.Zero.ToString(format, null)).Should().Throw<FormatException>();

    [Fact]
    public void ToStringAndParse_UndefinedFormat_Throw()
    {
        FluentActions.Invoking(() => Money.Zero.ToString((MoneyFormat)0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Money.Parse("₪0.00", (MoneyFormat)5)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Money.Parse(null!, MoneyFormat.English)).Should().Throw<ArgumentNullException>();
    }

    public static TheoryData<string, MoneyFormat, long, string> Readable => new()
    {
        { "₪3,466,666.67", MoneyFormat.English, 346_666_667, "the English form" },
        { "₪3466666.67", MoneyFormat.English, 346_666_667, "grouping is optional" },
        { "₪5", MoneyFormat.English, 500, "no decimals" },
        { "₪5.5", MoneyFormat.English, 550, "one decimal" },
        { "₪0.01", MoneyFormat.English, 1, "one agora" },
        { "-₪1,234.50", MoneyFormat.English, -123_450, "a negative amount" },
        { "-₪0.00", MoneyFormat.English, 0, "negative zero is zero" },
        { "₪999,999,999,999,999.99", MoneyFormat.English, MaxAgorot, "the largest amount" },
        { $"{Rlm}3,466,666.67 ₪", MoneyFormat.Hebrew, 346_666_667, "the Hebrew form" },
        { "3,466,666.67 ₪", MoneyFormat.Hebrew, 346_666_667, "the right-to-left mark may be missing" },
        { $"{Rlm}-1,234.50\u00A0₪", MoneyFormat.Hebrew, -123_450, "a no-break space" },
        { "3.47 מלש״ח", MoneyFormat.HebrewMillions, 347_000_000, "the compact form, at its precision" },
        { "3.47 מלש\"ח", MoneyFormat.HebrewMillions, 347_000_000, "an ASCII quote for the gershayim" },
        { $"{Rlm}-0.25 מלש״ח", MoneyFormat.HebrewMillions, -25_000_000, "a mark and a negative compact amount" },
        { "3 מלש״ח", MoneyFormat.HebrewMillions, 300_000_000, "whole millions" },
        { "4 מלש\"ח", MoneyFormat.HebrewMillions, 400_000_000, "as the program management page writes the band" },
        { "1,000 מלש״ח", MoneyFormat.HebrewMillions, 100_000_000_000, "a billion, grouped" },
        { "3466666.67", MoneyFormat.Invariant, 346_666_667, "the invariant form" },
        { "-1234.5", MoneyFormat.Invariant, -123_450, "one decimal" },
        { "0", MoneyFormat.Invariant, 0, "a bare zero" },
        { "999999999999999.99", MoneyFormat.Invariant, MaxAgorot, "the largest amount" },
    };

    [Theory]
    [MemberData(nameof(Readable))]
    public void Parse_TextInTheForm_ReadsTheAmount(string text, MoneyFormat format, long agorot, string why)
    {
        Money.Parse(text, format).Value.Agorot.Should().Be(agorot, why);
        Money.Parse(text.AsSpan(), format).Value.Agorot.Should().Be(agorot, why);
    }

    public static TheoryData<string, MoneyFormat, string, string> Unreadable => new()
    {
        { "", MoneyFormat.English, BudgetErrors.MoneyUnparsable, "empty" },
        { "3,466,666.67", MoneyFormat.English, BudgetErrors.MoneyUnparsable, "no shekel sign" },
        { "₪", MoneyFormat.English, BudgetErrors.MoneyUnparsable, "no number" },
        { "₪ 5.00", MoneyFormat.English, BudgetErrors.MoneyUnparsable, "a space after the sign" },
        { " ₪5.00", MoneyFormat.English, BudgetErrors.MoneyUnparsable, "leading white space" },
        { "₪5.00 ", MoneyFormat.English, BudgetErrors.MoneyUnparsable, "trailing white space" },
        { "₪-5.00", MoneyFormat.English, BudgetErrors.MoneyUnparsable, "the minus after the sign" },
        { "+₪5.00", MoneyFormat.English, BudgetErrors.MoneyUnparsable, "a plus sign" },
        { "\u2212₪5.00", MoneyFormat.English, BudgetErrors.MoneyUnparsable, "a minus sign other than the hyphen-minus" },
        { "5.00 ₪", MoneyFormat.English, BudgetErrors.MoneyUnparsable, "the Hebrew form is not the English one" },
        { "₪1,23.00", MoneyFormat.English, BudgetErrors.MoneyUnparsable, "a group of two" },
        { "₪1234,567.00", MoneyFormat.English, BudgetErrors.MoneyUnparsable, "a first group of four" },
        { "₪1,234,56", MoneyFormat.English, BudgetErrors.MoneyUnparsable, "a last group of two (a decimal comma?)" },
        { "₪,123.00", MoneyFormat.English, BudgetErrors.MoneyUnparsable, "a group separator first" },
        { "₪1,,234.00", MoneyFormat.English, BudgetErrors.MoneyUnparsable, "two separators" },
        { "₪1,234.", MoneyFormat.English, BudgetErrors.MoneyUnparsable, "a point without decimals" },
        { "₪.50", MoneyFormat.English, BudgetErrors.MoneyUnparsable, "no whole shekels" },
        { "₪05.00", MoneyFormat.English, BudgetErrors.MoneyUnparsable, "a leading zero" },
        { "₪0,123.00", MoneyFormat.English, BudgetErrors.MoneyUnparsable, "a leading zero before a group" },
        { "₪5.5a", MoneyFormat.English, BudgetErrors.MoneyUnparsable, "a letter among the decimals" },
        { "₪5.a5", MoneyFormat.English, BudgetErrors.MoneyUnparsable, "a letter first among the decimals" },
        { "₪١٢٣", MoneyFormat.English, BudgetErrors.MoneyUnparsable, "Arabic-Indic digits" },
        { "₪1.234", MoneyFormat.English, BudgetErrors.MoneyTooPrecise, "three decimals: also how much of Europe writes 1,234" },
        { "₪5.500", MoneyFormat.English, BudgetErrors.MoneyTooPrecise, "zeros beyond the agora are refused too" },
        { "₪0.001", MoneyFormat.English, BudgetErrors.MoneyTooPrecise, "a tenth of an agora" },
        { "₪1,000,000,000,000,000.00", MoneyFormat.English, BudgetErrors.MoneyOutOfRange, "a quadrillion" },
        { "₪99999999999999999999999999999.00", MoneyFormat.English, BudgetErrors.MoneyOutOfRange, "more digits than any integer holds" },
        { $"{Rlm}{Rlm}5.00 ₪", MoneyFormat.Hebrew, BudgetErrors.MoneyUnparsable, "two marks" },
        { $"{Rlm}5.00₪", MoneyFormat.Hebrew, BudgetErrors.MoneyUnparsable, "no space before the sign" },
        { $"{Rlm}5.00  ₪", MoneyFormat.Hebrew, BudgetErrors.MoneyUnparsable, "two spaces" },
        { $"{Rlm}₪ 5.00", MoneyFormat.Hebrew, BudgetErrors.MoneyUnparsable, "the sign before the number" },
        { $"{Rlm}5.00 ₪-", MoneyFormat.Hebrew, BudgetErrors.MoneyUnparsable, "the minus at the end" },
        { " ₪", MoneyFormat.Hebrew, BudgetErrors.MoneyUnparsable, "no number" },
        { "₪5.00", MoneyFormat.Hebrew, BudgetErrors.MoneyUnparsable, "the English form is not the Hebrew one" },
        { $"{Rlm}5.005 ₪", MoneyFormat.Hebrew, BudgetErrors.MoneyTooPrecise, "three decimals" },
        { "3.475 מלש״ח", MoneyFormat.HebrewMillions, BudgetErrors.MoneyTooPrecise, "three decimals of a million" },
        { "3.47 מיליון", MoneyFormat.HebrewMillions, BudgetErrors.MoneyUnparsable, "another word for million" },
        { "3.47מלש״ח", MoneyFormat.HebrewMillions, BudgetErrors.MoneyUnparsable, "no space" },
        { "3.47 ₪", MoneyFormat.HebrewMillions, BudgetErrors.MoneyUnparsable, "shekels, not millions" },
        { "1,000,000,000 מלש״ח", MoneyFormat.HebrewMillions, BudgetErrors.MoneyOutOfRange, "a quadrillion" },
        { "3,466,666.67", MoneyFormat.Invariant, BudgetErrors.MoneyUnparsable, "no grouping in the invariant form" },
        { "3466666,67", MoneyFormat.Invariant, BudgetErrors.MoneyUnparsable, "a decimal comma" },
        { "₪3466666.67", MoneyFormat.Invariant, BudgetErrors.MoneyUnparsable, "a shekel sign" },
        { "1e3", MoneyFormat.Invariant, BudgetErrors.MoneyUnparsable, "an exponent" },
        { "-", MoneyFormat.Invariant, BudgetErrors.MoneyUnparsable, "a sign alone" },
        { "--5", MoneyFormat.Invariant, BudgetErrors.MoneyUnparsable, "two signs" },
        { "3466666.675", MoneyFormat.Invariant, BudgetErrors.MoneyTooPrecise, "three decimals" },
        { "1000000000000000", MoneyFormat.Invariant, BudgetErrors.MoneyOutOfRange, "a quadrillion" },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void Parse_TextNotInTheForm_IsAnErrorWithItsCode(string text, MoneyFormat format, string code, string why)
    {
        var result = Money.Parse(text, format);
        result.Should().HaveError("text", code);
        result.ValidationErrors.Should().ContainSingle(why);
    }

    [Fact]
    public void Parse_AnyMoneyInEnglishHebrewOrInvariant_RoundTrips() =>
        AnyMoney.Sample(money =>
        {
            foreach (var format in new[] { MoneyFormat.English, MoneyFormat.Hebrew, MoneyFormat.Invariant })
            {
                Money.Parse(money.ToString(format), format).Value.Should().Be(money, format.ToString());
            }
        });

    [Fact]
    public void Parse_AnyMoneyInHebrewMillions_RoundTripsToTheNearest10000Shekels() =>
        Gen.Long[-MaxAgorot + 500_000, MaxAgorot - 500_000].Select(Money.FromAgorot).Sample(money =>
        {
            var nearest = Money.Of(decimal.Round(money.Amount / 10_000m, 0, MidpointRounding.AwayFromZero) * 10_000m);
            Money.Parse(money.ToString(MoneyFormat.HebrewMillions), MoneyFormat.HebrewMillions).Value.Should().Be(nearest);
        });

    [Fact]
    public void Parse_HebrewMillionsWithinHalfAUnitOfTheRangesEnd_IsOutOfRange() =>
        Money.Parse(Money.MaxValue.ToString(MoneyFormat.HebrewMillions), MoneyFormat.HebrewMillions)
            .Should().HaveError("text", BudgetErrors.MoneyOutOfRange);

    private static decimal Dec(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);
}
