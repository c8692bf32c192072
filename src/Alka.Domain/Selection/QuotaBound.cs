using System.Globalization;
using System.Text.Json.Serialization;
using Alka.Domain.Validation;

namespace Alka.Domain.Selection;

/// <summary>
/// One end of a <see cref="Quota"/>: a count of participants (<c>4</c>) or a share of the cohort (<c>0.3</c>). A share
/// turns into a count of the cohort's size: as a minimum it rounds up (30% of 25 is 8), as a maximum down (80% of 25
/// is 20).
/// </summary>
/// <remarks>
/// Immutable. Exactly one of <see cref="Count"/> and <see cref="Share"/> is set in a valid bound; the
/// <see langword="default"/> value sets neither and no valid quota holds it. In JSON <c>{"count": 4}</c> or
/// <c>{"share": 0.3}</c>. Equality compares both members.
/// </remarks>
public readonly struct QuotaBound : IEquatable<QuotaBound>
{
    [JsonConstructor]
    internal QuotaBound(int? count = null, decimal? share = null)
    {
        Count = count;
        Share = share;
    }

    /// <summary>A number of participants, at least 0; or <see langword="null"/> for a share.</summary>
    public int? Count { get; }

    /// <summary>A share of the cohort from 0 to 1 (<c>0.3</c> is 30%); or <see langword="null"/> for a count.</summary>
    public decimal? Share { get; }

    /// <summary>A bound of <paramref name="count"/> participants.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static QuotaBound OfCount(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return new QuotaBound(count, null);
    }

    /// <summary>A bound of <paramref name="share"/> of the cohort (<c>0.3m</c> for 30%).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="share"/> is not between 0 and 1.</exception>
    public static QuotaBound OfShare(decimal share)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(share);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(share, 1m);
        return new QuotaBound(null, share);
    }

    /// <summary>The bound as a minimum for a cohort of <paramref name="cohortSize"/>: a share rounds up.</summary>
    public int MinimumFor(int cohortSize) => Count ?? (int)decimal.Ceiling(Share.GetValueOrDefault() * cohortSize);

    /// <summary>The bound as a maximum for a cohort of <paramref name="cohortSize"/>: a share rounds down.</summary>
    public int MaximumFor(int cohortSize) => Count ?? (int)decimal.Floor(Share.GetValueOrDefault() * cohortSize);

    /// <inheritdoc/>
    public bool Equals(QuotaBound other) => Count == other.Count && Share == other.Share;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is QuotaBound other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Count, Share);

    /// <summary>Returns <c>4</c> for a count and <c>30%</c> for a share.</summary>
    public override string ToString() => Share is { } share
        ? (share * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%"
        : Count?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>Whether both are equal.</summary>
    public static bool operator ==(QuotaBound left, QuotaBound right) => left.Equals(right);

    /// <summary>Whether they differ.</summary>
    public static bool operator !=(QuotaBound left, QuotaBound right) => !left.Equals(right);

    internal void Validate(Problems problems, string path)
    {
        if ((Count is null) == (Share is null))
        {
            problems.Add(path, SelectionErrors.QuotaBound, "A bound is a count or a share, one of the two.");
        }
        else if (Count < 0 || Share is < 0m or > 1m)
        {
            problems.Add(path, SelectionErrors.QuotaBound, $"{this} is not a count from 0 up or a share from 0 to 1.");
        }
    }
}
