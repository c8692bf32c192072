using System.Numerics;
using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Budget;

/// <summary>An amount of money in new Israeli shekels (NIS, ₪, ISO 4217 <c>ILS</c>), exact to the agora (0.01 NIS).</summary>
/// <remarks>
/// <para>
/// <b>Shekels only.</b> Every amount of the institute's sources is in shekels, so the type carries no currency, and
/// arithmetic that mixes currencies cannot be written at all, rather than failing when it runs. Another currency
/// would be another type, converted explicitly at a stated rate.
/// </para>
/// <para>
/// <b>Exact.</b> An amount is a whole number of agorot (<see cref="Agorot"/>), a 64-bit integer; <see cref="Amount"/>
/// gives it as a <see cref="decimal"/> with two decimals. Nothing is floating point. A decimal with more than two
/// decimals becomes money only through a named <see cref="MidpointRounding"/>
/// (<see cref="Create(decimal, MidpointRounding)"/>); without one it is an error (<see cref="Create(decimal)"/>,
/// <see cref="BudgetErrors.MoneyTooPrecise"/>). Multiplying by a decimal factor names its rounding too
/// (<see cref="Multiply"/>). There is no division, which would lose or invent agorot: an amount is divided by
/// <see cref="Allocate(int, AllocationMode)"/>, whose shares sum exactly to it.
/// </para>
/// <para>
/// <b>Range.</b> <see cref="MinValue"/> to <see cref="MaxValue"/>, ±999,999,999,999,999.99 NIS, just under a
/// quadrillion shekels (the state budget is under a trillion). Factories and parsing report an amount beyond it as
/// <see cref="BudgetErrors.MoneyOutOfRange"/>; arithmetic whose result leaves it throws
/// <see cref="OverflowException"/>, as checked integer arithmetic does: no budget comes near the range, so crossing it
/// is a programmer error, not an input to report.
/// </para>
/// <para>
/// <b>Text.</b> Four culture-independent forms (<see cref="MoneyFormat"/>), each with a format string for
/// <see cref="ToString(string?, IFormatProvider?)"/>, <see cref="TryFormat(Span{char}, out int, ReadOnlySpan{char}, IFormatProvider?)"/>
/// and interpolation: <c>E</c> English <c>₪3,466,666.67</c> (the default), <c>H</c> Hebrew <c>‏3,466,666.67 ₪</c>,
/// <c>M</c> Hebrew millions <c>3.47 מלש״ח</c>, <c>I</c> invariant <c>3466666.67</c> (CSV). The format provider is
/// ignored. Formatting to a span, in characters or UTF-8 bytes, does not allocate. <see cref="Parse(string, MoneyFormat)"/>
/// reads each form back and returns a <see cref="Result{T}"/>.
/// </para>
/// <para>
/// <b>Default, equality, ordering.</b> <c>default(Money)</c> is <see cref="Zero"/>, ₪0.00. Equality and ordering are
/// those of the amount. The type is an immutable 8-byte value and thread-safe.
/// </para>
/// </remarks>
public readonly struct Money : IEquatable<Money>, IComparable<Money>, IComparable, ISpanFormattable, IUtf8SpanFormattable
{
    /// <summary>The ISO 4217 code of the currency of every amount, <c>ILS</c>.</summary>
    public const string CurrencyCode = "ILS";

    /// <summary>The largest magnitude in agorot: 10¹⁷ − 1, so that a sum of two amounts never overflows a long.</summary>
    internal const long MaxAgorot = 99_999_999_999_999_999;

    private const decimal MaxAmount = 999_999_999_999_999.99m;

    // Up to this many weights are widened to UInt128 on the stack (1 KiB).
    private const int StackallocWeights = 64;

    private readonly long _agorot;

    private Money(long agorot) => _agorot = agorot;

    /// <summary>₪0.00; also the default value.</summary>
    public static Money Zero => default;

    /// <summary>The smallest amount, -₪999,999,999,999,999.99.</summary>
    public static Money MinValue => new(-MaxAgorot);

    /// <summary>The largest amount, ₪999,999,999,999,999.99.</summary>
    public static Money MaxValue => new(MaxAgorot);

    /// <summary>The amount in shekels, always with two decimals (<c>3466666.67</c>, <c>3000000.00</c>).</summary>
    public decimal Amount
    {
        get
        {
            var magnitude = (ulong)Math.Abs(_agorot);
            return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, _agorot < 0, 2);
        }
    }

    /// <summary>The amount in agorot (hundredths of a shekel).</summary>
    public long Agorot => _agorot;

    /// <summary>The amount of <paramref name="agorot"/> agorot.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The amount is beyond <see cref="MinValue"/> … <see cref="MaxValue"/>.</exception>
    public static Money FromAgorot(long agorot)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(agorot, MaxAgorot);
        ArgumentOutOfRangeException.ThrowIfLessThan(agorot, -MaxAgorot);
        return new Money(agorot);
    }

    /// <summary>
    /// The amount of <paramref name="amount"/> shekels, for amounts known to be exact (<c>Money.Of(3_000_000m)</c>); for
    /// input use <see cref="Create(decimal)"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The amount has more than two decimals.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The amount is beyond <see cref="MinValue"/> … <see cref="MaxValue"/>.</exception>
    public static Money Of(decimal amount)
    {
        if (!IsExact(amount))
        {
            throw new ArgumentException(FormattableString.Invariant($"{amount} NIS is finer than the agora."), nameof(amount));
        }

        if (!IsInRange(amount))
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "The amount is beyond the range of Money.");
        }

        return new Money((long)(amount * 100m));
    }

    /// <summary>The amount of <paramref name="amount"/> shekels, which must be exact to the agora.</summary>
    /// <remarks>Trailing zeros do not count: <c>1.230m</c> is ₪1.23. Nothing is rounded.</remarks>
    /// <returns>
    /// The amount, or every problem at <c>amount</c>: more than two decimals (<see cref="BudgetErrors.MoneyTooPrecise"/>),
    /// beyond the range (<see cref="BudgetErrors.MoneyOutOfRange"/>).
    /// </returns>
    public static Result<Money> Create(decimal amount)
    {
        var problems = new Problems();
        if (!IsExact(amount))
        {
            problems.Add(nameof(amount), BudgetErrors.MoneyTooPrecise, FormattableString.Invariant($"{amount} NIS is finer than the agora: name a rounding to convert it."));
        }

        CheckRange(amount, problems);
        return problems.Any ? problems.ToResult(default(Money)) : new Money((long)(amount * 100m));
    }

    /// <summary>The amount of <paramref name="amount"/> shekels rounded to the agora by <paramref name="rounding"/>.</summary>
    /// <returns>The rounded amount, or <see cref="BudgetErrors.MoneyOutOfRange"/> at <c>amount</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rounding"/> is not a defined value.</exception>
    public static Result<Money> Create(decimal amount, MidpointRounding rounding)
    {
        IntegerRounding.Check(rounding);
        var rounded = decimal.Round(amount, 2, rounding);
        var problems = new Problems();
        CheckRange(rounded, problems);
        return problems.Any ? problems.ToResult(default(Money)) : new Money((long)(rounded * 100m));
    }

    /// <summary>
    /// Reads an amount written in <paramref name="format"/>. Only that form is read, and never by guessing: the sign
    /// and symbol where the form puts them, thousands grouped by <c>,</c> in threes or not at all (never in
    /// <see cref="MoneyFormat.Invariant"/>), no leading zeros, and no white space but the single space (or no-break
    /// space) of the Hebrew forms. Up to two decimals are read (<c>₪5</c>, <c>₪5.5</c>, <c>₪5.50</c>); more are refused,
    /// even zeros, because <c>5.500</c> is also how five thousand five hundred is written in much of Europe. The
    /// right-to-left mark of the Hebrew forms may be missing, and <c>מלש"ח</c> may be written with an ASCII quote.
    /// <see cref="MoneyFormat.HebrewMillions"/> reads at its own precision: <c>3.47 מלש״ח</c> is ₪3,470,000.00.
    /// </summary>
    /// <returns>
    /// The amount, or one problem at <c>text</c>: <see cref="BudgetErrors.MoneyUnparsable"/>,
    /// <see cref="BudgetErrors.MoneyTooPrecise"/> or <see cref="BudgetErrors.MoneyOutOfRange"/>.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined value.</exception>
    public static Result<Money> Parse(ReadOnlySpan<char> text, MoneyFormat format)
    {
        MoneyText.Check(format);
        return MoneyText.Parse(text, format);
    }

    /// <inheritdoc cref="Parse(ReadOnlySpan{char}, MoneyFormat)"/>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static Result<Money> Parse(string text, MoneyFormat format)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text.AsSpan(), format);
    }

    /// <summary>The sum of <paramref name="amounts"/>; ₪0.00 for none.</summary>
    /// <exception cref="OverflowException">A partial sum is beyond <see cref="MinValue"/> … <see cref="MaxValue"/>.</exception>
    public static Money Sum(IEnumerable<Money> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        var sum = Zero;
        foreach (var amount in amounts)
        {
            sum += amount;
        }

        return sum;
    }

    /// <summary>This amount times <paramref name="factor"/>, rounded to the agora by <paramref name="rounding"/>.</summary>
    /// <remarks>The product is computed exactly, whatever the factor's digits, and rounded once.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rounding"/> is not a defined value.</exception>
    /// <exception cref="OverflowException">The product is beyond <see cref="MinValue"/> … <see cref="MaxValue"/>.</exception>
    public Money Multiply(decimal factor, MidpointRounding rounding)
    {
        IntegerRounding.Check(rounding);
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(factor, bits);
        var mantissa = ((UInt128)(uint)bits[2] << 64) | ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
        var scale = (bits[3] >> 16) & 0xFF;
        var negative = (_agorot < 0) != (bits[3] < 0);
        var magnitude = (ulong)Math.Abs(_agorot);

        // |agorot| < 2^57: with a mantissa under 2^64 the product fits a UInt128; otherwise it needs a BigInteger.
        UInt128 product;
        if (mantissa <= ulong.MaxValue)
        {
            product = IntegerRounding.Divide(magnitude * mantissa, IntegerRounding.PowerOfTen(scale), negative, rounding);
        }
        else
        {
            var big = IntegerRounding.Divide(magnitude * (BigInteger)mantissa, (BigInteger)IntegerRounding.PowerOfTen(scale), negative, rounding);
            product = big > MaxAgorot ? UInt128.MaxValue : (UInt128)big;
        }

        if (product > MaxAgorot)
        {
            throw new OverflowException(FormattableString.Invariant($"{this} × {factor} is beyond the range of Money."));
        }

        return new Money(negative ? -(long)product : (long)product);
    }

    /// <summary>Divides this amount into <paramref name="shares"/> shares that sum exactly to it.</summary>
    /// <remarks>
    /// <see cref="AllocationMode.LargestRemainder"/> gives every share the amount divided by the count, rounded down to
    /// the agora, and one agora more to each of the first shares until the sum is reached: ₪100.00 in three is ₪33.34,
    /// ₪33.33, ₪33.33. A negative amount is divided as its magnitude, each share negative.
    /// </remarks>
    /// <returns>The shares in order, or <see cref="BudgetErrors.AllocationNoShares"/> at <c>shares</c> when it is below one.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined value.</exception>
    public Result<IReadOnlyList<Money>> Allocate(int shares, AllocationMode mode)
    {
        CheckMode(mode);
        if (shares < 1)
        {
            return NoShares(nameof(shares), FormattableString.Invariant($"{shares} is not a number of shares: allocate to at least one."));
        }

        // Largest remainder with equal weights: every remainder is equal, so the earlier shares get the extra agorot.
        var (each, left) = Math.DivRem((ulong)Math.Abs(_agorot), (ulong)shares);
        var result = new Money[shares];
        for (var i = 0; i < result.Length; i++)
        {
            var share = (long)each + (i < (int)left ? 1 : 0);
            result[i] = new Money(_agorot < 0 ? -share : share);
        }

        return Array.AsReadOnly(result);
    }

    /// <summary>Divides this amount in proportion to <paramref name="weights"/>, in shares that sum exactly to it.</summary>
    /// <remarks>
    /// With <see cref="AllocationMode.LargestRemainder"/>, each share is its exact quota (amount × weight / sum of
    /// weights) rounded down to the agora, and the agorot left over go one each to the shares with the largest
    /// remainders, the earlier share first among equal remainders: ₪100.00 by 1, 1, 1 is ₪33.34, ₪33.33, ₪33.33. No
    /// share is a whole agora from its quota, and a zero weight gets ₪0.00. The arithmetic is exact integer arithmetic.
    /// A negative amount is divided as its magnitude, each share negative.
    /// </remarks>
    /// <returns>
    /// The shares in the order of the weights, or every problem: no weights (<see cref="BudgetErrors.AllocationNoShares"/>
    /// at <c>weights</c>), each negative weight (<see cref="BudgetErrors.AllocationNegativeWeight"/> at
    /// <c>weights[i]</c>), no positive weight (<see cref="BudgetErrors.AllocationZeroWeights"/> at <c>weights</c>).
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined value.</exception>
    public Result<IReadOnlyList<Money>> Allocate(ReadOnlySpan<int> weights, AllocationMode mode)
    {
        CheckMode(mode);
        var problems = new Problems();
        var positive = false;
        for (var i = 0; i < weights.Length; i++)
        {
            positive |= weights[i] > 0;
            if (weights[i] < 0)
            {
                NegativeWeight(problems, i, weights[i]);
            }
        }

        if (!CheckWeights(problems, weights.Length, positive))
        {
            return problems.ToResult<IReadOnlyList<Money>>([]);
        }

        Span<UInt128> wide = weights.Length <= StackallocWeights ? stackalloc UInt128[weights.Length] : new UInt128[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            wide[i] = (uint)weights[i];
        }

        return Apportion<UInt128>(wide);
    }

    /// <inheritdoc cref="Allocate(ReadOnlySpan{int}, AllocationMode)"/>
    public Result<IReadOnlyList<Money>> Allocate(ReadOnlySpan<decimal> weights, AllocationMode mode)
    {
        CheckMode(mode);
        var problems = new Problems();
        var positive = false;
        var scale = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            positive |= weights[i] > 0;
            scale = Math.Max(scale, weights[i].Scale);
            if (weights[i] < 0)
            {
                NegativeWeight(problems, i, weights[i]);
            }
        }

        if (!CheckWeights(problems, weights.Length, positive))
        {
            return problems.ToResult<IReadOnlyList<Money>>([]);
        }

        // Weights as integers at one scale: w × 10^scale. They usually fit 64 bits, keeping the products in a UInt128.
        Span<UInt128> wide = weights.Length <= StackallocWeights ? stackalloc UInt128[weights.Length] : new UInt128[weights.Length];
        var fits = true;
        for (var i = 0; i < weights.Length && fits; i++)
        {
            var mantissa = Mantissa(weights[i]);
            var power = IntegerRounding.PowerOfTen(scale - weights[i].Scale);
            fits = mantissa <= ulong.MaxValue / power;
            wide[i] = fits ? mantissa * power : 0;
        }

        if (fits)
        {
            return Apportion<UInt128>(wide);
        }

        var big = new BigInteger[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            big[i] = (BigInteger)Mantissa(weights[i]) * (BigInteger)IntegerRounding.PowerOfTen(scale - weights[i].Scale);
        }

        return Apportion<BigInteger>(big);
    }

    /// <summary>Writes the amount in English: <c>₪3,466,666.67</c>, <c>-₪1,234.50</c>.</summary>
    public override string ToString() => MoneyText.Format(_agorot, MoneyFormat.English);

    /// <summary>Writes the amount in <paramref name="format"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined value.</exception>
    public string ToString(MoneyFormat format)
    {
        MoneyText.Check(format);
        return MoneyText.Format(_agorot, format);
    }

    /// <summary>Writes the amount in the form named by <paramref name="format"/>: none or <c>E</c>, <c>H</c>, <c>M</c>, <c>I</c>.</summary>
    /// <param name="format">The format string (see <see cref="MoneyFormat"/>).</param>
    /// <param name="formatProvider">Ignored: every form is culture-independent.</param>
    /// <exception cref="FormatException"><paramref name="format"/> is not a money format string.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => MoneyText.Format(_agorot, MoneyText.FormatOf(format));

    /// <summary>Writes the amount in the form named by <paramref name="format"/> to <paramref name="destination"/>, without allocating.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">The characters written, or 0 when the destination is too small.</param>
    /// <param name="format">The format string: none or <c>E</c>, <c>H</c>, <c>M</c>, <c>I</c> (see <see cref="MoneyFormat"/>).</param>
    /// <param name="provider">Ignored: every form is culture-independent.</param>
    /// <returns>Whether the text fit.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a money format string.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        MoneyText.TryFormat(_agorot, MoneyText.FormatOf(format), destination, out charsWritten);

    /// <summary>Writes the amount as UTF-8 in the form named by <paramref name="format"/> to <paramref name="utf8Destination"/>, without allocating.</summary>
    /// <param name="utf8Destination">Where to write.</param>
    /// <param name="bytesWritten">The bytes written, or 0 when the destination is too small.</param>
    /// <param name="format">The format string: none or <c>E</c>, <c>H</c>, <c>M</c>, <c>I</c> (see <see cref="MoneyFormat"/>).</param>
    /// <param name="provider">Ignored: every form is culture-independent.</param>
    /// <returns>Whether the text fit.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a money format string.</exception>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        MoneyText.TryFormat(_agorot, MoneyText.FormatOf(format), utf8Destination, out bytesWritten);

    /// <inheritdoc/>
    public bool Equals(Money other) => _agorot == other._agorot;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _agorot.GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(Money other) => _agorot.CompareTo(other._agorot);

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is neither null nor a <see cref="Money"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Money other => CompareTo(other),
        _ => throw new ArgumentException("The object is not an amount of Money.", nameof(obj)),
    };

    /// <summary>Whether both amounts are equal.</summary>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Whether the amounts differ.</summary>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is less than <paramref name="right"/>.</summary>
    public static bool operator <(Money left, Money right) => left._agorot < right._agorot;

    /// <summary>Whether <paramref name="left"/> is at most <paramref name="right"/>.</summary>
    public static bool operator <=(Money left, Money right) => left._agorot <= right._agorot;

    /// <summary>Whether <paramref name="left"/> is more than <paramref name="right"/>.</summary>
    public static bool operator >(Money left, Money right) => left._agorot > right._agorot;

    /// <summary>Whether <paramref name="left"/> is at least <paramref name="right"/>.</summary>
    public static bool operator >=(Money left, Money right) => left._agorot >= right._agorot;

    /// <summary>The sum of two amounts.</summary>
    /// <exception cref="OverflowException">The sum is beyond <see cref="MinValue"/> … <see cref="MaxValue"/>.</exception>
    public static Money operator +(Money left, Money right) => Checked(left._agorot + right._agorot);

    /// <summary>The difference of two amounts.</summary>
    /// <exception cref="OverflowException">The difference is beyond <see cref="MinValue"/> … <see cref="MaxValue"/>.</exception>
    public static Money operator -(Money left, Money right) => Checked(left._agorot - right._agorot);

    /// <summary>The amount with the opposite sign (the range is symmetric, so this never overflows).</summary>
    public static Money operator -(Money value) => new(-value._agorot);

    /// <summary>The amount <paramref name="count"/> times.</summary>
    /// <exception cref="OverflowException">The product is beyond <see cref="MinValue"/> … <see cref="MaxValue"/>.</exception>
    public static Money operator *(Money money, long count) => Checked(checked(money._agorot * count));

    /// <summary>The amount <paramref name="count"/> times.</summary>
    /// <exception cref="OverflowException">The product is beyond <see cref="MinValue"/> … <see cref="MaxValue"/>.</exception>
    public static Money operator *(long count, Money money) => money * count;

    /// <summary>An amount from agorot known to be in range (the caller's arithmetic guarantees it).</summary>
    internal static Money FromAgorotUnchecked(long agorot) => new(agorot);

    // The sum or difference of two amounts in range is within ±2 × MaxAgorot, which a long holds.
    private static Money Checked(long agorot) =>
        agorot is >= -MaxAgorot and <= MaxAgorot ? new Money(agorot) : throw new OverflowException("The result is beyond the range of Money.");

    /// <summary>Whether <paramref name="amount"/> is a whole number of agorot.</summary>
    internal static bool IsExact(decimal amount) => decimal.Round(amount, 2) == amount;

    /// <summary>Whether <paramref name="amount"/> lies within <see cref="MinValue"/> … <see cref="MaxValue"/>.</summary>
    internal static bool IsInRange(decimal amount) => amount is >= -MaxAmount and <= MaxAmount;

    private static void CheckRange(decimal amount, Problems problems)
    {
        if (!IsInRange(amount))
        {
            problems.Add("amount", BudgetErrors.MoneyOutOfRange, FormattableString.Invariant($"{amount} NIS is beyond the range of Money, ±{MaxAmount} NIS."));
        }
    }

    private static void CheckMode(AllocationMode mode)
    {
        if (mode != AllocationMode.LargestRemainder)
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "Not an AllocationMode.");
        }
    }

    private static void NegativeWeight<T>(Problems problems, int index, T weight) =>
        problems.Add(At.Index("weights", index), BudgetErrors.AllocationNegativeWeight, FormattableString.Invariant($"The weight {weight} is negative."));

    private static bool CheckWeights(Problems problems, int count, bool positive)
    {
        if (count == 0)
        {
            problems.Add("weights", BudgetErrors.AllocationNoShares, "There are no weights: allocate to at least one share.");
        }
        else if (!positive)
        {
            problems.Add("weights", BudgetErrors.AllocationZeroWeights, "No weight is positive: there is no proportion to allocate by.");
        }

        return !problems.Any;
    }

    private static Result<IReadOnlyList<Money>> NoShares(string identifier, string message) =>
        Result<IReadOnlyList<Money>>.Invalid(new ValidationError(identifier, message, BudgetErrors.AllocationNoShares, ValidationSeverity.Error));

    private static UInt128 Mantissa(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        return ((UInt128)(uint)bits[2] << 64) | ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
    }

    private Result<IReadOnlyList<Money>> Apportion<T>(ReadOnlySpan<T> weights)
        where T : IBinaryInteger<T> => Array.AsReadOnly(LargestRemainder.Apportion(this, weights));
}
