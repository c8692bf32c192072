namespace Alka.Domain.Selection;

/// <summary>
/// A pool as the optimizer sees it: the eligible candidates in rank order with their points, the quotas expanded into
/// constraints (a quota for each value becomes one constraint per value present), and the groups of candidates who
/// agree on every constraint — interchangeable but for their points — in the order the search visits them.
/// </summary>
internal sealed class SelectionModel
{
    private SelectionModel(SelectionPolicy policy, CandidatePool pool, Assessment[] assessments, int[] ranked)
    {
        Policy = policy;
        Pool = pool;
        Assessments = assessments;
        Ranked = ranked;
        RankOf = new int[pool.Count];
        Array.Fill(RankOf, -1);
        Points = new long[ranked.Length];
        for (var r = 0; r < ranked.Length; r++)
        {
            RankOf[ranked[r]] = r;
            Points[r] = assessments[ranked[r]].Score.Points;
        }

        Constraints = BuildConstraints();
        (Groups, GroupOf) = BuildGroups();
    }

    public SelectionPolicy Policy { get; }

    public CandidatePool Pool { get; }

    /// <summary>Every candidate's assessment, by position in the pool.</summary>
    public Assessment[] Assessments { get; }

    /// <summary>The pool positions of the eligible candidates, best first: score descending, then id ordinal ascending.</summary>
    public int[] Ranked { get; }

    /// <summary>A pool position's rank position (0 for the best), or -1 for an ineligible candidate.</summary>
    public int[] RankOf { get; }

    /// <summary>The points of each rank position (the score's numerator; every score has the policy's weight).</summary>
    public long[] Points { get; }

    public Constraint[] Constraints { get; }

    /// <summary>The groups in search order; each holds its members' rank positions, best first.</summary>
    public Group[] Groups { get; }

    /// <summary>A rank position's group.</summary>
    public int[] GroupOf { get; }

    public int Eligible => Ranked.Length;

    public static SelectionModel Build(SelectionPolicy policy, CandidatePool pool)
    {
        var assessments = new Assessment[pool.Count];
        policy.Assess(pool.Span, assessments);
        var eligible = new List<int>(pool.Count);
        for (var i = 0; i < assessments.Length; i++)
        {
            if (assessments[i].IsEligible)
            {
                eligible.Add(i);
            }
        }

        var candidates = pool.Candidates;
        var ranked = eligible.ToArray();
        Array.Sort(ranked, (a, b) =>
        {
            var byPoints = assessments[b].Score.Points.CompareTo(assessments[a].Score.Points);
            return byPoints != 0 ? byPoints : string.CompareOrdinal(candidates[a].Id, candidates[b].Id);
        });
        return new SelectionModel(policy, pool, assessments, ranked);
    }

    public Candidate CandidateAt(int rank) => Pool.Candidates[Ranked[rank]];

    /// <summary>How many members of a set of rank positions count toward each constraint.</summary>
    public int[] Tallies(IEnumerable<int> ranks)
    {
        var tallies = new int[Constraints.Length];
        foreach (var rank in ranks)
        {
            foreach (var c in Groups[GroupOf[rank]].Constraints)
            {
                tallies[c]++;
            }
        }

        return tallies;
    }

    private Constraint[] BuildConstraints()
    {
        var constraints = new List<Constraint>();
        var quotas = Policy.Quotas;
        for (var q = 0; q < quotas.Count; q++)
        {
            var quota = quotas[q];
            if (!quota.EachValue)
            {
                constraints.Add(new Constraint(quota, q, null));
                continue;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var position in Ranked)
            {
                var value = Quota.ValueOf(Pool.Candidates[position], quota.Dimension);
                if (seen.Add(value))
                {
                    constraints.Add(new Constraint(quota, q, value));
                }
            }
        }

        return [.. constraints];
    }

    private (Group[] Groups, int[] GroupOf) BuildGroups()
    {
        // Each-value constraints of one quota, by value, so that a candidate finds theirs without a scan.
        var byValue = new Dictionary<(int Quota, string Value), int>();
        for (var c = 0; c < Constraints.Length; c++)
        {
            if (Constraints[c].Value is { } value)
            {
                byValue[(Constraints[c].QuotaIndex, value)] = c;
            }
        }

        var keys = new Dictionary<int[], int>(SequenceComparer.Instance);
        var memberships = new List<int[]>();
        var members = new List<List<int>>();
        var groupOf = new int[Ranked.Length];
        var quotas = Policy.Quotas;
        var scratch = new List<int>(Constraints.Length);
        for (var r = 0; r < Ranked.Length; r++)
        {
            var candidate = Pool.Candidates[Ranked[r]];
            scratch.Clear();
            for (var c = 0; c < Constraints.Length; c++)
            {
                var constraint = Constraints[c];
                if (constraint.Value is null && constraint.Quota.Counts(candidate))
                {
                    scratch.Add(c);
                }
            }

            for (var q = 0; q < quotas.Count; q++)
            {
                if (quotas[q].EachValue)
                {
                    scratch.Add(byValue[(q, Quota.ValueOf(candidate, quotas[q].Dimension))]);
                }
            }

            scratch.Sort();
            var key = scratch.ToArray();
            if (!keys.TryGetValue(key, out var g))
            {
                g = memberships.Count;
                keys.Add(key, g);
                memberships.Add(key);
                members.Add([]);
            }

            members[g].Add(r);
            groupOf[r] = g;
        }

        var order = SearchOrder(memberships);
        var position = new int[order.Length];
        var groups = new Group[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            position[order[i]] = i;
            groups[i] = new Group([.. members[order[i]]], memberships[order[i]]);
        }

        for (var r = 0; r < groupOf.Length; r++)
        {
            groupOf[r] = position[groupOf[r]];
        }

        for (var c = 0; c < Constraints.Length; c++)
        {
            var constraint = c;
            Constraints[c].Groups = [.. Enumerable.Range(0, groups.Length).Where(g => groups[g].Constraints.Contains(constraint))];
        }

        return (groups, groupOf);
    }

    // The search keeps a tally of every constraint that is open (some of its groups visited, some not), so groups are
    // visited dimension by dimension: those of the dimension with the most classes of group outermost, so that its
    // constraints (one per organization, say) close as early as possible. Classes are numbered in order of first
    // appearance by rank, so the order is deterministic.
    private int[] SearchOrder(List<int[]> memberships)
    {
        var dimensions = Constraints.Select(c => c.Quota.Dimension).Distinct().ToList();
        var classes = new int[memberships.Count][];
        var classCounts = new int[dimensions.Count];
        for (var d = 0; d < dimensions.Count; d++)
        {
            var ids = new Dictionary<int[], int>(SequenceComparer.Instance);
            for (var g = 0; g < memberships.Count; g++)
            {
                classes[g] ??= new int[dimensions.Count];
                var key = memberships[g].Where(c => Constraints[c].Quota.Dimension == dimensions[d]).ToArray();
                if (!ids.TryGetValue(key, out var id))
                {
                    id = ids.Count;
                    ids.Add(key, id);
                }

                classes[g][d] = id;
            }

            classCounts[d] = ids.Count;
        }

        var dimensionOrder = Enumerable.Range(0, dimensions.Count)
            .OrderByDescending(d => classCounts[d]).ThenBy(d => dimensions[d]).ToArray();
        return [.. Enumerable.Range(0, memberships.Count).Order(Comparer<int>.Create((a, b) =>
        {
            foreach (var d in dimensionOrder)
            {
                var byClass = classes[a][d].CompareTo(classes[b][d]);
                if (byClass != 0)
                {
                    return byClass;
                }
            }

            return a.CompareTo(b);
        }))];
    }

    /// <summary>One constraint of the search: a quota, or one value's share of a quota for each value.</summary>
    internal sealed class Constraint(Quota quota, int quotaIndex, string? value)
    {
        public Quota Quota { get; } = quota;

        /// <summary>The quota's position in the policy.</summary>
        public int QuotaIndex { get; } = quotaIndex;

        /// <summary>The value this constraint counts, for a quota for each value; otherwise <see langword="null"/>.</summary>
        public string? Value { get; } = value;

        /// <summary>The groups whose members count toward it, in search order.</summary>
        public int[] Groups { get; set; } = [];

        public int Minimum(int size) => Quota.MinimumFor(size) ?? 0;

        /// <summary>The maximum for a cohort of <paramref name="size"/>, or <see cref="int.MaxValue"/> for none.</summary>
        public int Maximum(int size) => Quota.MaximumFor(size) ?? int.MaxValue;

        /// <summary>How far a tally misses the constraint: the missing count below the minimum or the excess above the maximum.</summary>
        public int Miss(int tally, int size) => Math.Max(0, Minimum(size) - tally) + Math.Max(0, tally - Maximum(size));
    }

    /// <summary>Candidates who agree on every constraint: <see cref="Members"/> (rank positions, best first).</summary>
    internal sealed class Group(int[] members, int[] constraints)
    {
        public int[] Members { get; } = members;

        /// <summary>The constraints its members count toward, ascending.</summary>
        public int[] Constraints { get; } = constraints;

        public bool CountsToward(int constraint) => Array.BinarySearch(Constraints, constraint) >= 0;
    }

    private sealed class SequenceComparer : IEqualityComparer<int[]>
    {
        public static readonly SequenceComparer Instance = new();

        public bool Equals(int[]? x, int[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(int[] obj)
        {
            var hash = new HashCode();
            foreach (var item in obj)
            {
                hash.Add(item);
            }

            return hash.ToHashCode();
        }
    }
}
