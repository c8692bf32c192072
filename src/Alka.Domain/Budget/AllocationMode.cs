using System.Text.Json.Serialization;
using Alka.Domain.Serialization;

namespace Alka.Domain.Budget;

/// <summary>How <see cref="Money.Allocate(ReadOnlySpan{int}, AllocationMode)"/> shares an amount out.</summary>
/// <remarks>
/// Every mode keeps the sum: the shares add up exactly to the amount, to the agora. The value <c>0</c> is not a mode,
/// so a caller always names one.
/// </remarks>
[JsonConverter(typeof(IdJsonConverter<AllocationMode>))]
public enum AllocationMode
{
    /// <summary>
    /// Largest remainder (Hamilton's method): each share first gets its exact quota rounded down to the agora; the
    /// agorot left over, fewer than the number of shares, go one each to the shares with the largest remainders, and
    /// among equal remainders to the earlier share. No share differs from its exact quota by a whole agora; equal
    /// weights get shares that differ by at most one agora, the larger ones first.
    /// </summary>
    [JsonStringEnumMemberName("largest-remainder")]
    LargestRemainder = 1,
}
