using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Selection;

/// <summary>Checks a cohort chosen elsewhere against a policy.</summary>
internal static class Auditor
{
    public static Result<CohortAudit> Audit(SelectionPolicy policy, CandidatePool pool, IReadOnlyList<string> cohort)
    {
        var selectable = policy.Selectable();
        if (!selectable.IsSuccess)
        {
            return Result<CohortAudit>.Invalid(selectable.ValidationErrors);
        }

        var seats = selectable.Value;
        var findings = new List<AuditFinding>();
        var members = new List<Candidate>();
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in cohort)
        {
            ArgumentNullException.ThrowIfNull(id, nameof(cohort));
            if (!listed.Add(id))
            {
                findings.Add(new AuditFinding(SelectionErrors.DuplicateCandidate, id, $"'{id}' is listed more than once."));
            }
            else if (pool.Find(id) is { } candidate)
            {
                members.Add(candidate);
            }
            else
            {
                findings.Add(new AuditFinding(SelectionErrors.UnknownCandidate, id, $"'{id}' is not a candidate of the pool."));
            }
        }

        foreach (var member in members)
        {
            foreach (var rule in policy.Eligibility)
            {
                if (!rule.Admits(member))
                {
                    findings.Add(new AuditFinding(rule.RuleId, member.Id, $"{member.Id} is admitted but {rule.Failure(member)}."));
                }
            }
        }

        var size = members.Count;
        if (!seats.Contains(size))
        {
            findings.Add(new AuditFinding(SelectionReasons.Seats, null, $"the cohort has {size} members; the policy seats {seats}."));
        }

        var quotas = policy.Quotas.Select(q => QuotaOutcome.Measure(q, members, size)).ToArray();
        foreach (var outcome in quotas.Where(q => !q.IsMet))
        {
            findings.Add(new AuditFinding(outcome.Quota.ReasonId, null, outcome.Describe()));
        }

        var total = members.Aggregate(Score.None, (sum, m) => sum + policy.ScoreOf(m.Scores));
        Score? best;
        try
        {
            best = Best(policy, pool, seats, size);
        }
        catch (SelectionTooComplexException e)
        {
            return Problems.Invalid<CohortAudit>("quotas", SelectionErrors.TooComplex, e.Message);
        }

        if (best is { } better && better > total)
        {
            findings.Add(new AuditFinding(
                SelectionReasons.Merit,
                null,
                $"a cohort of {size} that keeps every rule scores {better - total} more in total ({better}, against {total})."));
        }

        return new CohortAudit(members.AsReadOnly(), total, best, Array.AsReadOnly(quotas), findings.AsReadOnly());
    }

    // The best total of a cohort of this size that keeps every rule, if one exists.
    private static Score? Best(SelectionPolicy policy, CandidatePool pool, SeatRange seats, int size)
    {
        if (!seats.Contains(size))
        {
            return null;
        }

        var model = SelectionModel.Build(policy, pool);
        if (size > model.Eligible)
        {
            return null;
        }

        return CohortOptimizer.Solve(model, size, strict: true) is { } solution
            ? new Score(solution.Points, policy.TotalWeight)
            : null;
    }
}
