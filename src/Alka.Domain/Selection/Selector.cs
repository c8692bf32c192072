using System.Numerics;
using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Selection;

/// <summary>Chooses the cohort (the largest feasible size, then the exact optimum) and explains every decision.</summary>
internal static class Selector
{
    public static Result<CohortSelection> Select(SelectionPolicy policy, CandidatePool pool)
    {
        var selectable = policy.Selectable();
        if (!selectable.IsSuccess)
        {
            return Result<CohortSelection>.Invalid(selectable.ValidationErrors);
        }

        var model = SelectionModel.Build(policy, pool);
        Choice choice;
        try
        {
            choice = Choose(model, selectable.Value);
        }
        catch (SelectionTooComplexException e)
        {
            return Problems.Invalid<CohortSelection>("quotas", SelectionErrors.TooComplex, e.Message);
        }

        return new CohortSelection(model, choice, Explain(model, choice));
    }

    /// <summary>
    /// The cohort: the largest size in the seat range (and the eligible pool) with a cohort that keeps every quota,
    /// its best; if no size has one, the cohort of least miss at the largest size the pool allows.
    /// </summary>
    public static Choice Choose(SelectionModel model, SeatRange seats)
    {
        var largest = Math.Min(seats.Maximum, model.Eligible);
        for (var size = largest; size >= seats.Minimum; size--)
        {
            if (CohortOptimizer.Solve(model, size, strict: true) is { } solution)
            {
                return new Choice(model, seats, size, solution, strict: true);
            }
        }

        return new Choice(model, seats, largest, CohortOptimizer.Solve(model, largest, strict: false)!, strict: false);
    }

    private static Explanation Explain(SelectionModel model, Choice choice)
    {
        var reasons = new string[model.Pool.Count][];
        var decisions = new SelectionDecision[model.Pool.Count];
        var policy = model.Policy;
        var quotas = policy.Quotas;
        for (var p = 0; p < reasons.Length; p++)
        {
            if (!model.Assessments[p].IsEligible)
            {
                var assessment = model.Assessments[p];
                decisions[p] = SelectionDecision.Ineligible;
                reasons[p] = [.. policy.Eligibility.Where(r => assessment.Fails(r.Kind)).Select(r => r.RuleId)];
            }
        }

        var groups = model.Groups;
        var worstIn = new int[groups.Length];   // the worst-ranked admitted member of each group, or -1
        var bestOut = new int[groups.Length];   // the best-ranked eligible member not admitted, or int.MaxValue
        Array.Fill(worstIn, -1);
        Array.Fill(bestOut, int.MaxValue);
        for (var r = 0; r < model.Eligible; r++)
        {
            var g = model.GroupOf[r];
            if (choice.Admitted[r])
            {
                worstIn[g] = r;
            }
            else if (bestOut[g] == int.MaxValue)
            {
                bestOut[g] = r;
            }
        }

        var byWorstIn = Enumerable.Range(0, groups.Length).Where(g => worstIn[g] >= 0).OrderByDescending(g => worstIn[g]).ToArray();
        var byBestOut = Enumerable.Range(0, groups.Length).Where(g => bestOut[g] != int.MaxValue).OrderBy(g => bestOut[g]).ToArray();
        var swaps = new Dictionary<(int Out, int In), ulong>();
        var additions = new Dictionary<int, ulong>();
        var full = choice.Size == choice.Seats.Maximum;
        var waitlist = choice.Waitlist.ToHashSet();
        for (var r = 0; r < model.Eligible; r++)
        {
            var g = model.GroupOf[r];
            var position = model.Ranked[r];
            var broken = 0ul;
            if (choice.Admitted[r])
            {
                // Admitted below a better candidate left out: the quotas that swapping them would break kept it in.
                foreach (var other in byBestOut)
                {
                    if (bestOut[other] >= r)
                    {
                        break;
                    }

                    broken |= Swap(model, choice, swaps, other, g);
                }

                decisions[position] = SelectionDecision.Admitted;
                reasons[position] = Reasons(quotas, merit: false, broken, waitlisted: false, seats: false);
                continue;
            }

            // Left out above a worse admitted candidate: the quotas that swapping them would break kept it out.
            var outranksAdmitted = false;
            foreach (var other in byWorstIn)
            {
                if (worstIn[other] <= r)
                {
                    break;
                }

                outranksAdmitted = true;
                broken |= Swap(model, choice, swaps, g, other);
            }

            // And it could not simply be added: the cohort was full, or a larger one breaks these quotas.
            if (!full)
            {
                broken |= Add(model, choice, additions, g);
            }

            var waitlisted = waitlist.Contains(r);
            decisions[position] = waitlisted ? SelectionDecision.Waitlisted : SelectionDecision.NotSelected;
            reasons[position] = Reasons(quotas, merit: !outranksAdmitted, broken, waitlisted, seats: full);
        }

        return new Explanation(decisions, reasons);
    }

    private static string[] Reasons(IReadOnlyList<Quota> quotas, bool merit, ulong broken, bool waitlisted, bool seats)
    {
        var reasons = new string[(merit ? 1 : 0) + BitOperations.PopCount(broken) + (waitlisted ? 1 : 0) + (seats ? 1 : 0)];
        var i = 0;
        if (merit)
        {
            reasons[i++] = SelectionReasons.Merit;
        }

        for (var q = 0; q < quotas.Count; q++)
        {
            if ((broken & (1ul << q)) != 0)
            {
                reasons[i++] = quotas[q].ReasonId;
            }
        }

        if (waitlisted)
        {
            reasons[i++] = SelectionReasons.Waitlist;
        }

        if (seats)
        {
            reasons[i] = SelectionReasons.Seats;
        }

        return reasons;
    }

    // The quotas that taking a member of group `into` in place of one of group `outOf` would break (or miss by more).
    private static ulong Swap(SelectionModel model, Choice choice, Dictionary<(int, int), ulong> cache, int into, int outOf)
    {
        if (into == outOf)
        {
            return 0;
        }

        if (!cache.TryGetValue((into, outOf), out var broken))
        {
            var gained = model.Groups[into];
            var lost = model.Groups[outOf];
            broken = Worse(model, choice, gained.Constraints.Union(lost.Constraints), choice.Size, c => (gained.CountsToward(c) ? 1 : 0) - (lost.CountsToward(c) ? 1 : 0));
            cache[(into, outOf)] = broken;
        }

        return broken;
    }

    // The quotas that adding a member of group g would break: every quota's targets for one seat more.
    private static ulong Add(SelectionModel model, Choice choice, Dictionary<int, ulong> cache, int g)
    {
        if (!cache.TryGetValue(g, out var broken))
        {
            var group = model.Groups[g];
            broken = Worse(model, choice, Enumerable.Range(0, model.Constraints.Length), choice.Size + 1, c => group.CountsToward(c) ? 1 : 0);
            cache[g] = broken;
        }

        return broken;
    }

    // The quotas (as bits) that the change of tallies misses by more than the cohort does: a quota for each value sums
    // its values' misses, so that moving a member between two values over the limit changes nothing.
    private static ulong Worse(SelectionModel model, Choice choice, IEnumerable<int> constraints, int size, Func<int, int> change)
    {
        var delta = new int[model.Policy.Quotas.Count];
        foreach (var c in constraints)
        {
            var constraint = model.Constraints[c];
            delta[constraint.QuotaIndex] += constraint.Miss(choice.Tallies[c] + change(c), size) - constraint.Miss(choice.Tallies[c], choice.Size);
        }

        var broken = 0ul;
        for (var q = 0; q < delta.Length; q++)
        {
            broken |= delta[q] > 0 ? 1ul << q : 0;
        }

        return broken;
    }

    /// <summary>The chosen cohort: its size, members (by rank position) and tallies.</summary>
    internal sealed class Choice
    {
        public Choice(SelectionModel model, SeatRange seats, int size, CohortOptimizer.Solution solution, bool strict)
        {
            Model = model;
            Seats = seats;
            Size = size;
            Strict = strict;
            Solution = solution;
            Members = solution.Members(model);
            Admitted = new bool[model.Eligible];
            foreach (var member in Members)
            {
                Admitted[member] = true;
            }

            Tallies = model.Tallies(Members);
            Waitlist = [.. Enumerable.Range(0, model.Eligible).Where(r => !Admitted[r]).Take(model.Policy.Waitlist.Length)];
        }

        public SelectionModel Model { get; }

        public SeatRange Seats { get; }

        public int Size { get; }

        /// <summary>Whether the cohort keeps every quota (a size in the seat range had one).</summary>
        public bool Strict { get; }

        public CohortOptimizer.Solution Solution { get; }

        /// <summary>The members' rank positions, best first.</summary>
        public int[] Members { get; }

        /// <summary>By rank position: whether admitted.</summary>
        public bool[] Admitted { get; }

        /// <summary>The members who count toward each constraint.</summary>
        public int[] Tallies { get; }

        /// <summary>The waiting list's rank positions, best first: the next eligible candidates not admitted.</summary>
        public int[] Waitlist { get; }
    }

    /// <summary>Every pool position's decision and reasons.</summary>
    internal sealed record Explanation(SelectionDecision[] Decisions, string[][] Reasons);
}
