using System.Text.Unicode;
using Ardalis.Result;

namespace Alka.Domain.Budget;

/// <summary>
/// Writes and reads <see cref="Money"/> in its four <see cref="MoneyFormat"/>s, without culture data and without
/// allocating (beyond the <see cref="Result{T}"/> of a parse).
/// </summary>
internal static class MoneyText
{
    /// <summary>The longest text of any format: <c>U+200F-999,999,999,999,999.99 ₪</c> is 26 characters.</summary>
    public const int MaxLength = 32;

    private const char RightToLeftMark = '\u200F';
    private const char NoBreakSpace = '\u00A0';
    private const char Shekel = '₪';
    private const string Millions = "מלש״ח";
    private const string MillionsAscii = "מלש\"ח";

    // One unit of the compact form, 0.01 million NIS, in agorot.
    private const ulong CompactUnit = 1_000_000;

    /// <summary>The format named by a format string: none or <c>E</c>, <c>H</c>, <c>M</c>, <c>I</c>.</summary>
    /// <exception cref="FormatException"><paramref name="format"/> is none of them.</exception>
    public static MoneyFormat FormatOf(ReadOnlySpan<char> format) => format switch
    {
        [] or ['E'] => MoneyFormat.English,
        ['H'] => MoneyFormat.Hebrew,
        ['M'] => MoneyFormat.HebrewMillions,
        ['I'] => MoneyFormat.Invariant,
        _ => throw new FormatException($"'{format}' is not a money format: use E (English), H (Hebrew), M (Hebrew millions) or I (invariant)."),
    };

    /// <summary>Throws unless <paramref name="format"/> is a defined <see cref="MoneyFormat"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined value.</exception>
    public static void Check(MoneyFormat format)
    {
        if (format is < MoneyFormat.English or > MoneyFormat.Invariant)
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "Not a MoneyFormat.");
        }
    }

    /// <summary>Writes <paramref name="agorot"/> in <paramref name="format"/> to <paramref name="destination"/>, if it fits.</summary>
    public static bool TryFormat(long agorot, MoneyFormat format, Span<char> destination, out int charsWritten)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        var text = buffer[Write(agorot, format, buffer)..];
        if (text.TryCopyTo(destination))
        {
            charsWritten = text.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }

    /// <summary>Writes <paramref name="agorot"/> in <paramref name="format"/> as UTF-8 to <paramref name="destination"/>, if it fits.</summary>
    public static bool TryFormat(long agorot, MoneyFormat format, Span<byte> destination, out int bytesWritten)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        var text = buffer[Write(agorot, format, buffer)..];
        if (Utf8.FromUtf16(text, destination, out _, out bytesWritten) == System.Buffers.OperationStatus.Done)
        {
            return true;
        }

        bytesWritten = 0;
        return false;
    }

    /// <summary>The text of <paramref name="agorot"/> in <paramref name="format"/>.</summary>
    public static string Format(long agorot, MoneyFormat format)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        return new string(buffer[Write(agorot, format, buffer)..]);
    }

    /// <summary>Reads an amount written in <paramref name="format"/>; see <see cref="Money.Parse(ReadOnlySpan{char}, MoneyFormat)"/>.</summary>
    public static Result<Money> Parse(ReadOnlySpan<char> text, MoneyFormat format)
    {
        var rest = text;
        bool negative;
        var grouped = true;
        var unit = 1UL;
        switch (format)
        {
            case MoneyFormat.English:
                negative = Skip(ref rest, '-');
                if (!Skip(ref rest, Shekel))
                {
                    return Unparsable(text, format);
                }

                break;
            case MoneyFormat.Hebrew:
                Skip(ref rest, RightToLeftMark);
                negative = Skip(ref rest, '-');
                if (!SkipSuffix(ref rest, [Shekel]))
                {
                    return Unparsable(text, format);
                }

                break;
            case MoneyFormat.HebrewMillions:
                Skip(ref rest, RightToLeftMark);
                negative = Skip(ref rest, '-');
                if (!SkipSuffix(ref rest, Millions) && !SkipSuffix(ref rest, MillionsAscii))
                {
                    return Unparsable(text, format);
                }

                unit = CompactUnit;
                break;
            default:
                negative = Skip(ref rest, '-');
                grouped = false;
                break;
        }

        return ReadNumber(rest, grouped, out var hundredths) switch
        {
            NumberStatus.Unparsable => Unparsable(text, format),
            NumberStatus.TooPrecise => Invalid(
                BudgetErrors.MoneyTooPrecise,
                format == MoneyFormat.HebrewMillions
                    ? $"'{text}' has more than two decimals of a million shekels."
                    : $"'{text}' has more than two decimals: an amount is exact to the agora."),
            _ when hundredths > Money.MaxAgorot / unit => Invalid(BudgetErrors.MoneyOutOfRange, $"'{text}' is beyond {Money.MaxValue}."),
            _ => Money.FromAgorotUnchecked(negative ? -(long)(hundredths * unit) : (long)(hundredths * unit)),
        };
    }

    // Writes the text right-aligned in buffer and returns where it starts.
    private static int Write(long agorot, MoneyFormat format, Span<char> buffer)
    {
        var negative = agorot < 0;
        var magnitude = (ulong)Math.Abs(agorot);
        var i = buffer.Length;
        switch (format)
        {
            case MoneyFormat.English:
                i = WriteNumber(magnitude, grouped: true, buffer, i);
                buffer[--i] = Shekel;
                break;
            case MoneyFormat.Hebrew:
                buffer[--i] = Shekel;
                buffer[--i] = ' ';
                i = WriteNumber(magnitude, grouped: true, buffer, i);
                break;
            case MoneyFormat.HebrewMillions:
                i -= Millions.Length;
                Millions.CopyTo(buffer[i..]);
                buffer[--i] = ' ';
                var units = (magnitude + (CompactUnit / 2)) / CompactUnit;
                i = WriteNumber(units, grouped: true, buffer, i);
                negative &= units != 0;
                break;
            default:
                i = WriteNumber(magnitude, grouped: false, buffer, i);
                break;
        }

        if (negative)
        {
            buffer[--i] = '-';
        }

        if (format == MoneyFormat.Hebrew)
        {
            buffer[--i] = RightToLeftMark;
        }

        return i;
    }

    // Writes hundredths as digits, '.', two decimals, right-aligned before index i; returns the new start.
    private static int WriteNumber(ulong hundredths, bool grouped, Span<char> buffer, int i)
    {
        var (whole, fraction) = Math.DivRem(hundredths, 100UL);
        buffer[--i] = (char)('0' + (fraction % 10));
        buffer[--i] = (char)('0' + (fraction / 10));
        buffer[--i] = '.';
        var digits = 0;
        do
        {
            if (grouped && digits > 0 && digits % 3 == 0)
            {
                buffer[--i] = ',';
            }

            (whole, var digit) = Math.DivRem(whole, 10UL);
            buffer[--i] = (char)('0' + digit);
            digits++;
        }
        while (whole != 0);

        return i;
    }

    private enum NumberStatus
    {
        Ok = 1,
        Unparsable,
        TooPrecise,
    }

    // Reads "digits[.d[d]]" in hundredths: digits grouped by ',' in threes (when allowed) or not at all, no leading zero
    // before another digit. More than 17 integer digits read as ulong.MaxValue, which every caller reports as out of range.
    private static NumberStatus ReadNumber(ReadOnlySpan<char> text, bool grouped, out ulong hundredths)
    {
        const int MaxDigits = 17;
        hundredths = 0;
        var whole = 0UL;
        var digits = 0;
        var groupDigits = 0;
        var groups = 0;
        var i = 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                if (digits == 1 && whole == 0)
                {
                    return NumberStatus.Unparsable; // a leading zero
                }

                if (digits < MaxDigits)
                {
                    whole = (whole * 10) + (ulong)(c - '0');
                }

                digits++;
                groupDigits++;
            }
            else if (c == ',' && grouped && groupDigits is >= 1 and <= 3 && (groups == 0 || groupDigits == 3))
            {
                groups++;
                groupDigits = 0;
            }
            else
            {
                break;
            }
        }

        if (digits == 0 || (groups > 0 && groupDigits != 3))
        {
            return NumberStatus.Unparsable;
        }

        var fraction = 0UL;
        if (i < text.Length)
        {
            var decimals = text[(i + 1)..];
            if (text[i] != '.' || decimals.Length == 0 || decimals.ContainsAnyExceptInRange('0', '9'))
            {
                return NumberStatus.Unparsable;
            }

            if (decimals.Length > 2)
            {
                return NumberStatus.TooPrecise;
            }

            fraction = decimals.Length == 2 ? (ulong)(((decimals[0] - '0') * 10) + (decimals[1] - '0')) : (ulong)((decimals[0] - '0') * 10);
        }

        hundredths = digits > MaxDigits ? ulong.MaxValue : (whole * 100) + fraction;
        return NumberStatus.Ok;
    }

    private static bool Skip(ref ReadOnlySpan<char> text, char c)
    {
        if (text.Length > 0 && text[0] == c)
        {
            text = text[1..];
            return true;
        }

        return false;
    }

    // Removes " " + suffix (or a no-break space before it) from the end of text.
    private static bool SkipSuffix(ref ReadOnlySpan<char> text, ReadOnlySpan<char> suffix)
    {
        if (text.Length > suffix.Length && text.EndsWith(suffix) && text[^(suffix.Length + 1)] is ' ' or NoBreakSpace)
        {
            text = text[..^(suffix.Length + 1)];
            return true;
        }

        return false;
    }

    private static Result<Money> Unparsable(ReadOnlySpan<char> text, MoneyFormat format) => Invalid(
        BudgetErrors.MoneyUnparsable,
        $"'{text}' is not an amount in the {format} form ({Format(-123_450, format)}, {Format(346_666_667, format)}).");

    private static Result<Money> Invalid(string code, string message) =>
        Result<Money>.Invalid(new ValidationError("text", message, code, ValidationSeverity.Error));
}
