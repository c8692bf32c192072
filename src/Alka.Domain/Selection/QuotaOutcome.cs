using System.Globalization;

namespace Alka.Domain.Selection;

/// <summary>
/// What a cohort made of one quota: its targets for the cohort's size (a share's minimum rounded up, maximum down), what
/// it reached, and by how much it missed them.
/// </summary>
/// <remarks>Immutable and thread-safe. Equality is reference equality.</remarks>
public sealed class QuotaOutcome
{
    internal QuotaOutcome(Quota quota, int cohortSize, int? minimum, int? maximum, int reached, string? value, int missing)
    {
        Quota = quota;
        CohortSize = cohortSize;
        Minimum = minimum;
        Maximum = maximum;
        Reached = reached;
        Value = value;
        Missing = missing;
    }

    /// <summary>The quota.</summary>
    public Quota Quota { get; }

    /// <summary>The size of the cohort the targets are for.</summary>
    public int CohortSize { get; }

    /// <summary>The fewest members who must count toward it, or <see langword="null"/>.</summary>
    public int? Minimum { get; }

    /// <summary>The most members who may count toward it (of one value, for a quota for each value), or <see langword="null"/>.</summary>
    public int? Maximum { get; }

    /// <summary>How many members count toward it (for a quota for each value: of the value with most, <see cref="Value"/>).</summary>
    public int Reached { get; }

    /// <summary>For a quota for each value, the value with most members (the ordinally first on a tie); otherwise <see langword="null"/>.</summary>
    public string? Value { get; }

    /// <summary>The missing count: how many below the minimum, plus how many above the maximum (summed over every value of a quota for each value).</summary>
    public int Missing { get; }

    /// <summary>Whether the cohort keeps the quota.</summary>
    public bool IsMet => Missing == 0;

    /// <summary>
    /// Returns the target and what was reached, e.g. <c>community-arab: at least 9 of 30 with community muslim or druze;
    /// reached 7, 2 short</c>.
    /// </summary>
    public override string ToString() => $"{Quota.Id}: {Describe()}";

    /// <summary>Measures <paramref name="quota"/> on the members of a cohort of <paramref name="size"/>.</summary>
    internal static QuotaOutcome Measure(Quota quota, IReadOnlyCollection<Candidate> members, int size)
    {
        if (!quota.EachValue)
        {
            var reached = members.Count(quota.Counts);
            var minimum = quota.MinimumFor(size);
            var maximum = quota.MaximumFor(size);
            var missing = Math.Max(0, (minimum ?? 0) - reached) + Math.Max(0, reached - (maximum ?? int.MaxValue));
            return new QuotaOutcome(quota, size, minimum, maximum, reached, null, missing);
        }

        var limit = quota.MaximumFor(size) ?? int.MaxValue;
        var counts = members.GroupBy(m => Quota.ValueOf(m, quota.Dimension), StringComparer.Ordinal)
            .Select(g => (Value: g.Key, Count: g.Count()))
            .OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal)
            .ToList();
        var most = counts.FirstOrDefault();
        return new QuotaOutcome(quota, size, null, quota.MaximumFor(size), most.Count, most.Value, counts.Sum(v => Math.Max(0, v.Count - limit)));
    }

    /// <summary>The outcome without the quota's id: <c>at least 9 of 30 with community muslim or druze; reached 7, 2 short</c>.</summary>
    internal string Describe()
    {
        var target = (Minimum, Maximum) switch
        {
            ({ } min, { } max) => $"{min}–{max} of {CohortSize}",
            ({ } min, null) => $"at least {min} of {CohortSize}",
            (null, { } max) => $"at most {max} of {CohortSize}",
            _ => $"of {CohortSize}",
        };
        var reached = Value is null ? $"reached {Reached}" : $"reached {Reached} ({Value})";
        var missing = Missing == 0
            ? string.Empty
            : string.Create(CultureInfo.InvariantCulture, $", {Missing} {(Minimum is { } floor && Reached < floor ? "short" : "over")}");
        return $"{target} {Quota.Members()}; {reached}{missing}";
    }
}
