using System.Text.Json.Serialization;
using Alka.Domain.Serialization;

namespace Alka.Domain.Budget;

/// <summary>
/// The text forms of <see cref="Money"/>, all culture-independent. Each has a one-letter format string for
/// <see cref="Money.ToString(string?, IFormatProvider?)"/> and interpolation (<c>$"{amount:I}"</c>).
/// </summary>
/// <remarks>The value <c>0</c> is not a format.</remarks>
[JsonConverter(typeof(IdJsonConverter<MoneyFormat>))]
public enum MoneyFormat
{
    /// <summary>
    /// English, format string <c>E</c> (also the default): the sign, <c>₪</c>, thousands grouped with <c>,</c>, two
    /// decimals after <c>.</c>: <c>₪3,466,666.67</c>, <c>-₪1,234.50</c>.
    /// </summary>
    [JsonStringEnumMemberName("english")]
    English = 1,

    /// <summary>
    /// Hebrew, format string <c>H</c>: a right-to-left mark (U+200F), the sign, the number as in English, a space and
    /// <c>₪</c> after it: <c>‏3,466,666.67 ₪</c>, <c>‏-1,234.50 ₪</c>. The mark keeps the amount right-to-left in
    /// Hebrew text, where nothing else in it is.
    /// </summary>
    [JsonStringEnumMemberName("hebrew")]
    Hebrew,

    /// <summary>
    /// Hebrew compact, in millions of shekels (מלש״ח, "million NIS"), format string <c>M</c>: two decimals of a million,
    /// rounded half away from zero, a space and <c>מלש״ח</c>: <c>3.47 מלש״ח</c>, <c>-0.25 מלש״ח</c>. A display form:
    /// it keeps the amount to 10,000 NIS, and reads back only at that precision.
    /// </summary>
    [JsonStringEnumMemberName("hebrew-millions")]
    HebrewMillions,

    /// <summary>
    /// Invariant, format string <c>I</c>: the sign, the digits without grouping, <c>.</c> and two decimals:
    /// <c>3466666.67</c>, <c>-1234.50</c>. The form of CSV columns (<c>expected_total_ils</c>).
    /// </summary>
    [JsonStringEnumMemberName("invariant")]
    Invariant,
}
