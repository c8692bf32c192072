using Alka.Domain.Scheduling;

namespace Alka.Domain.Planning;

/// <summary>
/// Assigns the hosts of a roaming series to its dated meetings in rounds: the meetings are cut into rounds of as many
/// meetings as the pool has hosts, and each round takes each host at most once — so no host hosts a second time before
/// every host has hosted once (<c>rotation-order</c>) and the counts differ by at most one (<c>rotation-balance</c>) by
/// construction. Rounds after the first are the planner's choice, stricter than the contract (which lets a host come
/// back a third time before another's second, the counts ending within one). A depth-first search takes, meeting by
/// meeting, first the host that the cheapest assignment of the rest of its round gives it (the Hungarian method: a previous plan's host kept costs
/// nothing, then the nearer the pool's order the better), then the others; a host must be free that day
/// (<c>host-unavailable</c>; <c>blocked-day</c> for a local election), not the previous meeting's (<c>rotation-repeat</c>),
/// and leave the rest of its round a perfect bipartite matching (and the next round one that does not start with it):
/// so the search backtracks only across a round's boundary, and it stops after a fixed budget. With no previous host and
/// every host free, the pool's order round after round is the answer.
/// </summary>
internal static class HostRotation
{
    private const int Budget = 100_000;
    private const long Unfit = Assignment.Unfit;
    private const long Changed = 1L << 20;

    /// <summary>
    /// The host (an index into <paramref name="pool"/>) of each meeting; or, when none fits, <see langword="null"/> and
    /// the meeting whose date the rotation cannot use (<paramref name="failed"/>).
    /// </summary>
    public static int[]? Assign(PlanningContext context, IReadOnlyList<Host> pool, IReadOnlyList<int> dates, IReadOnlyList<string?> preferred, out int failed)
    {
        failed = -1;
        var n = dates.Count;
        var size = pool.Count;
        var free = new bool[n, size];
        for (var i = 0; i < n; i++)
        {
            for (var h = 0; h < size; h++)
            {
                free[i, h] = context.CanHost(pool[h], dates[i]);
            }
        }

        // No previous host and every host free every time: the pool's order, round after round, is the cheapest rotation.
        if (size >= 2 && preferred.All(id => id is null) && AllFree(free))
        {
            return [.. Enumerable.Range(0, n).Select(i => i % size)];
        }

        var search = new Search(free, n, size, preferred.Select(id => id is null ? -1 : IndexOf(pool, id)).ToArray());
        if (search.Run(0))
        {
            return search.Hosts;
        }

        failed = search.FirstUnmatchableMeeting() ?? Math.Min(search.Deepest, n - 1);
        return null;
    }

    private static bool AllFree(bool[,] free)
    {
        foreach (var one in free)
        {
            if (!one)
            {
                return false;
            }
        }

        return true;
    }

    private static int IndexOf(IReadOnlyList<Host> pool, string id)
    {
        for (var h = 0; h < pool.Count; h++)
        {
            if (pool[h].Id == id)
            {
                return h;
            }
        }

        return -1;
    }

    private sealed class Search(bool[,] free, int meetings, int size, int[] preferred)
    {
        private int _steps;

        public int[] Hosts { get; } = Enumerable.Repeat(-1, meetings).ToArray();

        public int Deepest { get; private set; }

        public bool Run(int i)
        {
            if (i == meetings)
            {
                return true;
            }

            if (++_steps > Budget)
            {
                return false;
            }

            Deepest = Math.Max(Deepest, i);
            var roundStart = i / size * size;
            var roundEnd = Math.Min(roundStart + size, meetings) - 1;
            foreach (var h in CandidateOrder(i, roundStart, roundEnd))
            {
                if (!free[i, h] || (i > 0 && Hosts[i - 1] == h) || UsedInRound(h, roundStart, i))
                {
                    continue;
                }

                Hosts[i] = h;
                var fits = RoundMatches(roundStart, i + 1, roundEnd, forbiddenFirst: -1)
                    && (i != roundEnd || i + 1 == meetings || RoundMatches(i + 1, i + 1, Math.Min(i + size, meetings - 1), forbiddenFirst: h));
                if (fits && Run(i + 1))
                {
                    return true;
                }

                Hosts[i] = -1;
                if (_steps > Budget)
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>
        /// The hosts to try for meeting <paramref name="i"/>: first the one the cheapest assignment of the rest of its round
        /// gives it (keeping the most previous hosts, then nearest the pool's order), then the others by their own cost.
        /// </summary>
        private IEnumerable<int> CandidateOrder(int i, int roundStart, int roundEnd)
        {
            var open = Enumerable.Range(0, size).Where(h => !UsedInRound(h, roundStart, i)).ToList();
            var first = -1;
            if (!Simple(i, roundEnd))
            {
                var positions = roundEnd - i + 1;
                var costs = new long[positions, open.Count];
                for (var p = 0; p < positions; p++)
                {
                    for (var k = 0; k < open.Count; k++)
                    {
                        costs[p, k] = p == 0 && i > 0 && Hosts[i - 1] == open[k] ? Unfit : Cost(i + p, open[k], roundStart);
                    }
                }

                var best = Assignment.Cheapest(costs);
                first = best is null ? -1 : open[best[0]];
            }

            if (first >= 0)
            {
                yield return first;
            }

            foreach (var h in open.Where(h => h != first).OrderBy(h => Cost(i, h, roundStart)).ThenBy(h => h))
            {
                yield return h;
            }
        }

        // Whether the rest of the round keeps no previous host and every host is free on every date of it: then the pool's
        // order is the cheapest assignment, and each meeting's cheapest host is its own place in the round.
        private bool Simple(int i, int roundEnd)
        {
            for (var j = i; j <= roundEnd; j++)
            {
                if (preferred[j] >= 0)
                {
                    return false;
                }

                for (var h = 0; h < size; h++)
                {
                    if (!free[j, h])
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        // A previous host kept costs nothing, another costs a change; then the distance from the pool's order.
        private long Cost(int meeting, int host, int roundStart) =>
            !free[meeting, host] ? Unfit : (host == preferred[meeting] ? 0 : Changed) + Math.Abs(host - (meeting - roundStart));

        /// <summary>The first meeting of the first round that has no perfect matching on its own, if any.</summary>
        public int? FirstUnmatchableMeeting()
        {
            for (var start = 0; start < meetings; start += size)
            {
                var end = Math.Min(start + size, meetings) - 1;
                var match = new int[size];
                Array.Fill(match, -1);
                var worst = -1;
                for (var i = start; i <= end; i++)
                {
                    if (!Augment(i, new bool[size], match, -1, -1))
                    {
                        // The unmatched meeting with the fewest free hosts (the latest on a tie) is the one to move.
                        if (worst < 0 || FreeCount(i) <= FreeCount(worst))
                        {
                            worst = i;
                        }
                    }
                }

                if (worst >= 0)
                {
                    return worst;
                }
            }

            return null;
        }

        private int FreeCount(int i)
        {
            var count = 0;
            for (var h = 0; h < size; h++)
            {
                count += free[i, h] ? 1 : 0;
            }

            return count;
        }

        private bool UsedInRound(int h, int roundStart, int i)
        {
            for (var j = roundStart; j < i; j++)
            {
                if (Hosts[j] == h)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether meetings <paramref name="from"/>…<paramref name="to"/> of the round starting at <paramref name="roundStart"/> can take distinct hosts unused in it.</summary>
        private bool RoundMatches(int roundStart, int from, int to, int forbiddenFirst)
        {
            if (from > to)
            {
                return true;
            }

            var match = new int[size];
            Array.Fill(match, -1);
            for (var j = roundStart; j < from; j++)
            {
                if (Hosts[j] >= 0)
                {
                    match[Hosts[j]] = int.MaxValue; // taken
                }
            }

            for (var i = from; i <= to; i++)
            {
                if (!Augment(i, new bool[size], match, from, forbiddenFirst))
                {
                    return false;
                }
            }

            return true;
        }

        // Kuhn's augmenting path from meeting i; match[h] is the meeting host h serves; meeting forbiddenMeeting may not take forbiddenHost.
        private bool Augment(int i, bool[] seen, int[] match, int forbiddenMeeting, int forbiddenHost)
        {
            for (var h = 0; h < size; h++)
            {
                if (!free[i, h] || seen[h] || (i == forbiddenMeeting && h == forbiddenHost) || match[h] == int.MaxValue)
                {
                    continue;
                }

                seen[h] = true;
                if (match[h] < 0 || Augment(match[h], seen, match, forbiddenMeeting, forbiddenHost))
                {
                    match[h] = i;
                    return true;
                }
            }

            return false;
        }
    }
}
