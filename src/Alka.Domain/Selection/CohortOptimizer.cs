namespace Alka.Domain.Selection;

/// <summary>
/// The exact search for a cohort of a given size (see <c>docs/selection.md</c>, "How the cohort is found").
/// </summary>
/// <remarks>
/// <para>
/// A cohort takes some number k of each group's members, always its best k (they are interchangeable but for their
/// points, and better rank breaks ties). A dynamic program visits the groups in the model's order; its state after a
/// group is the number taken so far and the tally of each open constraint, capped where more makes no difference (a
/// minimum at its target; a maximum at its limit, beyond which a cohort is infeasible). A constraint closes after its
/// last group, where it is checked (strict) or its miss is counted (least miss), and leaves the state.
/// </para>
/// <para>
/// The value of a partial cohort is its points minus <c>M</c> × its miss so far, where <c>M</c> exceeds any cohort's
/// points: least miss first, then most points. Equal values are broken by the rank order: the cohort that holds the
/// best-ranked candidate of the two cohorts' difference wins; since the rest of a cohort is drawn from later groups,
/// this comparison of two partial cohorts holds for every completion, so the program stays exact.
/// </para>
/// <para>
/// States are pruned when they cannot reach the cohort's size, cannot meet a minimum with the members left (strict),
/// break a maximum (strict), or cannot reach a threshold even taking the best members left regardless of quotas. The
/// threshold starts at that quota-free best and is lowered in doubling steps until a cohort is found (or, with no
/// threshold, none exists): the answer is exact at every step, and the search usually ends in the first.
/// </para>
/// </remarks>
internal static class CohortOptimizer
{
    /// <summary>The best cohort of <paramref name="size"/>: strict (every constraint kept, or <see langword="null"/>), or of least miss.</summary>
    /// <exception cref="SelectionTooComplexException">The open constraints' tallies do not fit a 128-bit state key.</exception>
    public static Solution? Solve(SelectionModel model, int size, bool strict)
    {
        var search = new Search(model, size, strict);
        return search.Run();
    }

    /// <summary>How many of each group's best members a cohort takes, in the model's group order.</summary>
    internal sealed class Solution(int[] take, long points, int miss)
    {
        public int[] Take { get; } = take;

        public long Points { get; } = points;

        /// <summary>The sum of every constraint's missing count (0 for a strict solution).</summary>
        public int Miss { get; } = miss;

        /// <summary>The rank positions of the cohort's members, best first.</summary>
        public int[] Members(SelectionModel model)
        {
            var members = new List<int>();
            for (var g = 0; g < Take.Length; g++)
            {
                members.AddRange(model.Groups[g].Members.AsSpan(0, Take[g]));
            }

            members.Sort();
            return [.. members];
        }
    }

    private sealed class Search
    {
        private readonly SelectionModel _model;
        private readonly int _size;
        private readonly bool _strict;
        private readonly int _groupCount;
        private readonly int[] _available;           // members of each group worth taking: at most the cohort's size
        private readonly long[][] _prefix;           // points of each group's best k
        private readonly long[][] _bestRest;         // [i][m]: the best m points among groups i.., ignoring quotas
        private readonly int[] _capacityRest;        // [i]: members available among groups i..
        private readonly ConstraintState[] _constraints;
        private readonly int[][] _open;              // [i]: tracked constraints open after group i (in the key)
        private readonly Step[][] _steps;            // [i]: how group i moves each open or closing constraint
        private readonly UInt128[][] _radix;         // [i]: the key's place value of taken and of each open tally
        private readonly long _penalty;              // M: one missing count outweighs any points
        private readonly int _baseMiss;              // minimums of constraints no eligible candidate counts toward
        private readonly bool _infeasible;
        private List<Layer> _layers = [];

        public Search(SelectionModel model, int size, bool strict)
        {
            _model = model;
            _size = size;
            _strict = strict;
            var groups = model.Groups;
            _groupCount = groups.Length;
            _available = [.. groups.Select(g => Math.Min(g.Members.Length, size))];
            _prefix = new long[_groupCount][];
            for (var g = 0; g < _groupCount; g++)
            {
                var prefix = new long[_available[g] + 1];
                for (var k = 0; k < _available[g]; k++)
                {
                    prefix[k + 1] = prefix[k] + model.Points[groups[g].Members[k]];
                }

                _prefix[g] = prefix;
            }

            _capacityRest = new int[_groupCount + 1];
            for (var g = _groupCount - 1; g >= 0; g--)
            {
                _capacityRest[g] = _capacityRest[g + 1] + _available[g];
            }

            _bestRest = BestRest();
            var maxPoints = model.Points.Length == 0 ? 1 : Math.Max(1, model.Points.Max());
            _penalty = (maxPoints * size) + 1;
            _constraints = new ConstraintState[model.Constraints.Length];
            for (var c = 0; c < _constraints.Length; c++)
            {
                var constraint = model.Constraints[c];
                var minimum = constraint.Minimum(size);
                var maximum = constraint.Maximum(size);
                var state = new ConstraintState(minimum, maximum >= size ? int.MaxValue : maximum);
                var members = constraint.Groups.Sum(g => _available[g]);
                if ((state.Minimum == 0 && !state.HasMaximum) || constraint.Groups.Length == 0)
                {
                    // Nothing to track: vacuous, or no eligible member (a minimum is then missed whatever the cohort).
                    _baseMiss += state.Minimum;
                    _infeasible |= strict && state.Minimum > 0;
                    continue;
                }

                _infeasible |= strict && (state.Minimum > members || state.Minimum > size);
                state.First = constraint.Groups[0];
                state.Last = constraint.Groups[^1];
                state.Cap = state.HasMaximum ? (strict ? state.Maximum : size) : state.Minimum;
                state.Rest = new int[_groupCount + 1];
                for (var g = _groupCount - 1; g >= 0; g--)
                {
                    state.Rest[g] = state.Rest[g + 1] + (groups[g].CountsToward(c) ? _available[g] : 0);
                }

                _constraints[c] = state;
            }

            (_open, _steps, _radix) = Plan();
        }

        public Solution? Run()
        {
            if (_infeasible || _capacityRest[0] < _size)
            {
                return null;
            }

            var best = _bestRest[0][_size] - (_penalty * _baseMiss);
            var floor = _strict ? 0 : -_penalty * (_baseMiss + _constraints.Where(c => c is not null).Sum(c => (long)c.Minimum + _size));
            for (long gap = 0; ; gap = gap == 0 ? 1 : gap * 2)
            {
                var exhaustive = best - gap < floor;
                var found = Pass(exhaustive ? long.MinValue : best - gap);
                if (found is not null || exhaustive)
                {
                    return found;
                }
            }
        }

        private Solution? Pass(long threshold)
        {
            _layers = new List<Layer>(_groupCount);
            var previous = Layer.Initial(-_penalty * _baseMiss);
            var tallies = new int[_constraints.Length];
            for (var i = 0; i < _groupCount; i++)
            {
                var layer = new Layer(_open[i].Length);
                var steps = _steps[i];
                var open = _open[i];
                for (var s = 0; s < previous.Count; s++)
                {
                    var taken = previous.Taken[s];
                    var low = Math.Max(0, _size - taken - _capacityRest[i + 1]);
                    var high = Math.Min(_available[i], _size - taken);
                    for (var k = low; k <= high; k++)
                    {
                        if (Extend(previous, s, i, k, steps, tallies, out var value, threshold))
                        {
                            Insert(layer, i, s, k, taken + k, value, open, tallies);
                        }
                    }
                }

                _layers.Add(layer);
                previous = layer;
            }

            return previous.Count == 0 ? null : Reconstruct(previous);
        }

        // Moves state s of the previous layer through group i taking k: the new tallies, the value, and whether it lives.
        private bool Extend(Layer previous, int s, int i, int k, Step[] steps, int[] tallies, out long value, long threshold)
        {
            var taken = previous.Taken[s] + k;
            var left = _size - taken;
            value = previous.Value[s] + _prefix[i][k];
            long unavoidable = 0;
            foreach (var step in steps)
            {
                var constraint = _constraints[step.Constraint];
                var tally = (step.From >= 0 ? previous.Tally(s, step.From) : 0) + (step.Counts ? k : 0);
                if (step.Closes)
                {
                    if (_strict)
                    {
                        if (tally < constraint.Minimum || tally > constraint.Maximum)
                        {
                            return false;
                        }
                    }
                    else
                    {
                        value -= _penalty * (Math.Max(0, constraint.Minimum - tally) + Math.Max(0, tally - constraint.Maximum));
                    }

                    continue;
                }

                var reachable = tally + Math.Min(constraint.Rest[i + 1], left);
                if (_strict && (tally > constraint.Maximum || reachable < constraint.Minimum))
                {
                    return false;
                }

                unavoidable += Math.Max(0, constraint.Minimum - reachable) + Math.Max(0, tally - constraint.Maximum);
                tallies[step.Constraint] = Math.Min(tally, constraint.Cap);
            }

            return value - (_penalty * unavoidable) + _bestRest[i + 1][left] >= threshold;
        }

        private void Insert(Layer layer, int i, int previous, int k, int taken, long value, int[] open, int[] tallies)
        {
            var radix = _radix[i];
            var key = (UInt128)taken;
            for (var o = 0; o < open.Length; o++)
            {
                key += radix[o + 1] * (UInt128)tallies[open[o]];
            }

            if (!layer.Index.TryGetValue(key, out var at))
            {
                layer.Add(key, taken, value, previous, k, open, tallies);
                return;
            }

            if (value > layer.Value[at] || (value == layer.Value[at] && Better(i, previous, k, layer.Previous[at], layer.Take[at])))
            {
                layer.Value[at] = value;
                layer.Previous[at] = previous;
                layer.Take[at] = k;
            }
        }

        // Whether partial cohort A (previous state a, taking ka of group i) beats B of equal value: A holds the best-ranked
        // candidate of their difference. Walks both histories back to the state they share.
        private bool Better(int i, int a, int ka, int b, int kb)
        {
            var bestRank = int.MaxValue;
            var aBetter = false;
            for (var j = i; ; j--)
            {
                if (ka != kb)
                {
                    var rank = _model.Groups[j].Members[Math.Min(ka, kb)];
                    if (rank < bestRank)
                    {
                        bestRank = rank;
                        aBetter = ka > kb;
                    }
                }

                if (a == b || j == 0)
                {
                    return aBetter;
                }

                var layer = _layers[j - 1];
                (ka, kb) = (layer.Take[a], layer.Take[b]);
                (a, b) = (layer.Previous[a], layer.Previous[b]);
            }
        }

        private Solution Reconstruct(Layer last)
        {
            var take = new int[_groupCount];
            var state = 0;
            for (var i = _groupCount - 1; i >= 0; i--)
            {
                var layer = _layers[i];
                take[i] = layer.Take[state];
                state = layer.Previous[state];
            }

            long points = 0;
            for (var g = 0; g < _groupCount; g++)
            {
                points += _prefix[g][take[g]];
            }

            var miss = (int)((points - last.Value[0]) / _penalty);
            return new Solution(take, points, miss);
        }

        // Which constraints are open after each group, how the group moves each, and the key's place values.
        private (int[][] Open, Step[][] Steps, UInt128[][] Radix) Plan()
        {
            var open = new int[_groupCount][];
            var steps = new Step[_groupCount][];
            var radix = new UInt128[_groupCount][];
            int[] before = [];
            for (var i = 0; i < _groupCount; i++)
            {
                var after = new List<int>();
                var moves = new List<Step>();
                for (var c = 0; c < _constraints.Length; c++)
                {
                    if (_constraints[c] is not { } constraint || i < constraint.First || i > constraint.Last)
                    {
                        continue;
                    }

                    var from = Array.IndexOf(before, c);
                    moves.Add(new Step(c, from, _model.Groups[i].CountsToward(c), Closes: i == constraint.Last));
                    if (i < constraint.Last)
                    {
                        after.Add(c);
                    }
                }

                open[i] = [.. after];
                steps[i] = [.. moves];
                radix[i] = Radix(open[i]);
                before = open[i];
            }

            return (open, steps, radix);
        }

        private UInt128[] Radix(int[] open)
        {
            var radix = new UInt128[open.Length + 1];
            radix[0] = 1;
            var place = (UInt128)(_size + 1);
            for (var o = 0; o < open.Length; o++)
            {
                radix[o + 1] = place;
                var cap = (UInt128)(_constraints[open[o]].Cap + 1);
                if (place > UInt128.MaxValue / cap)
                {
                    throw new SelectionTooComplexException();
                }

                place *= cap;
            }

            return radix;
        }

        private long[][] BestRest()
        {
            var best = new long[_groupCount + 1][];
            var pointsRest = Array.Empty<long>();
            for (var g = _groupCount; g >= 0; g--)
            {
                if (g < _groupCount)
                {
                    // The best members of groups g.. are the best of group g's and of groups g+1..'s, merged.
                    var group = _model.Groups[g].Members;
                    var merged = new long[Math.Min(_size, pointsRest.Length + _available[g])];
                    int a = 0, b = 0;
                    for (var m = 0; m < merged.Length; m++)
                    {
                        var fromGroup = b < _available[g] && (a >= pointsRest.Length || _model.Points[group[b]] > pointsRest[a]);
                        merged[m] = fromGroup ? _model.Points[group[b++]] : pointsRest[a++];
                    }

                    pointsRest = merged;
                }

                var sums = new long[_size + 1];
                Array.Fill(sums, long.MinValue / 4);
                sums[0] = 0;
                for (var m = 0; m < pointsRest.Length; m++)
                {
                    sums[m + 1] = sums[m] + pointsRest[m];
                }

                best[g] = sums;
            }

            return best;
        }
    }

    private sealed class ConstraintState(int minimum, int maximum)
    {
        public int Minimum { get; } = minimum;

        /// <summary>The maximum, or <see cref="int.MaxValue"/> when none binds a cohort of this size.</summary>
        public int Maximum { get; } = maximum;

        public bool HasMaximum => Maximum != int.MaxValue;

        public int First { get; set; }

        public int Last { get; set; }

        /// <summary>The largest tally the state distinguishes.</summary>
        public int Cap { get; set; }

        /// <summary>[g]: the members of groups g.. that count toward it.</summary>
        public int[] Rest { get; set; } = [];
    }

    /// <summary>How a group moves a constraint: its tally comes from the previous state's tally at <paramref name="From"/> (or 0).</summary>
    private readonly record struct Step(int Constraint, int From, bool Counts, bool Closes);

    /// <summary>The states after one group: parallel lists, the tallies flat.</summary>
    private sealed class Layer(int width)
    {
        private readonly List<int> _tallies = [];

        public Dictionary<UInt128, int> Index { get; } = [];

        public List<int> Taken { get; } = [];

        public List<long> Value { get; } = [];

        public List<int> Previous { get; } = [];

        public List<int> Take { get; } = [];

        public int Count => Taken.Count;

        public static Layer Initial(long value)
        {
            var layer = new Layer(0);
            layer.Taken.Add(0);
            layer.Value.Add(value);
            layer.Previous.Add(-1);
            layer.Take.Add(0);
            return layer;
        }

        public int Tally(int state, int slot) => _tallies[(state * width) + slot];

        public void Add(UInt128 key, int taken, long value, int previous, int take, int[] open, int[] tallies)
        {
            Index.Add(key, Count);
            Taken.Add(taken);
            Value.Add(value);
            Previous.Add(previous);
            Take.Add(take);
            foreach (var c in open)
            {
                _tallies.Add(tallies[c]);
            }
        }
    }
}

/// <summary>The quotas' open tallies do not fit the search's state key; <see cref="SelectionErrors.TooComplex"/>.</summary>
internal sealed class SelectionTooComplexException : Exception
{
    public SelectionTooComplexException()
        : base("The quotas overlap too much for the exact search.")
    {
    }
}
