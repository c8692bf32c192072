namespace Alka.Domain.Selection;

/// <summary>
/// What a policy makes of one candidate before any cohort is chosen: which eligibility rules they fail and their score.
/// Written by <see cref="SelectionPolicy.Assess(ReadOnlySpan{Candidate}, Span{Assessment})"/> into a caller's buffer.
/// </summary>
/// <remarks>
/// Immutable, 24 bytes, allocation-free. <see langword="default"/> is an eligible candidate with <see cref="Score.None"/>.
/// Equality compares the failed rules and the score.
/// </remarks>
public readonly struct Assessment : IEquatable<Assessment>
{
    private readonly int _failures;

    internal Assessment(int failures, Score score)
    {
        _failures = failures;
        Score = score;
    }

    /// <summary>Whether the candidate meets every eligibility rule of the policy.</summary>
    public bool IsEligible => _failures == 0;

    /// <summary>How many of the policy's rules the candidate fails.</summary>
    public int FailureCount => System.Numerics.BitOperations.PopCount((uint)_failures);

    /// <summary>The candidate's score under the policy's criteria (also for an ineligible candidate).</summary>
    public Score Score { get; }

    /// <summary>Whether the candidate fails the policy's rule of kind <paramref name="rule"/>.</summary>
    public bool Fails(EligibilityRuleKind rule) => (_failures & Bit(rule)) != 0;

    /// <inheritdoc/>
    public bool Equals(Assessment other) => _failures == other._failures && Score.Equals(other.Score);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Assessment other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_failures, Score);

    /// <summary>Returns <c>eligible 4.17</c> or <c>ineligible (sector, dg-nomination) 4.17</c>.</summary>
    public override string ToString()
    {
        if (IsEligible)
        {
            return $"eligible {Score}";
        }

        var failures = this;
        return $"ineligible ({string.Join(", ", Ids.All<EligibilityRuleKind>().Where(failures.Fails).Select(k => k.ToId()))}) {Score}";
    }

    /// <summary>Whether both are equal.</summary>
    public static bool operator ==(Assessment left, Assessment right) => left.Equals(right);

    /// <summary>Whether they differ.</summary>
    public static bool operator !=(Assessment left, Assessment right) => !left.Equals(right);

    internal static int Bit(EligibilityRuleKind rule) => 1 << (int)rule;
}
