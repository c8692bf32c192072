using Alka.Domain.Calendar;
using Alka.Domain.Organizations;
using Alka.Domain.Selection;
using Alka.Domain.Sources;
using CsCheck;

namespace Alka.Domain.Tests.Selection;

/// <summary>
/// The cohort is the contract's, proved against brute force (<see cref="SelectionOracle"/>, every subset) on random
/// small pools and policies: quotas that agree, quotas that conflict, pools where no cohort keeps every quota, ties.
/// The explanations are checked against the cohort: every decision, rank, waiting list and reason follows from it.
/// </summary>
public class SelectionOptimalityTests
{
    private static readonly Community[] Communities = [Community.Jewish, Community.Muslim, Community.Druze, Community.ChristianOrthodox];
    private static readonly Sector[] Sectors = [Sector.CentralGovernment, Sector.LocalGovernment, Sector.CivilSociety];

    // Marks 3–5 on a few criteria make ties common; the id's prefix is random so that id order is not pool order.
    private static readonly Gen<Func<int, Candidate>> GenCandidate = Gen.Select(
        Gen.Int[0, 3], Gen.Bool, Gen.Int[1, 10], Gen.Int[0, 2], Gen.Int[0, 2], Gen.Int[0, 7], Gen.Int[0, 728], Gen.Int[0, 99],
        (community, center, cluster, sector, organization, flags, marks, prefix) => new Func<int, Candidate>(index => Candidates.Make(
            $"c{prefix:00}-{index}",
            scores: new CriterionScores(3 + (marks % 3), 3 + (marks / 3 % 3), 3 + (marks / 9 % 3), 3 + (marks / 27 % 3), 3 + (marks / 81 % 3), 3 + (marks / 243 % 3)),
            community: Communities[community],
            periphery: center ? PeripheryStatus.Center : PeripheryStatus.Periphery,
            cluster: cluster,
            sector: Sectors[sector],
            organization: "org-" + organization,
            serving: (flags & 1) != 0 || flags == 0,
            nominated: (flags & 2) != 0 || flags < 4,
            recommended: true)));

    private static readonly Gen<CandidatePool> GenPool = GenCandidate.Array[0, 12]
        .Select(makers => Candidates.Pool([.. makers.Select((make, i) => make(i))]));

    // A menu of quotas, some in shares, some in counts, minimums and maximums, one for each organization.
    private static readonly Func<int, Quota>[] QuotaMenu =
    [
        n => Candidates.AtLeast("community-arab", MixDimension.Community, n % 2 == 0 ? 0.3m : 0.5m, "muslim", "druze", "christian-orthodox"),
        n => Candidates.AtLeastCount("community-jewish", MixDimension.Community, 1 + (n % 3), "jewish"),
        n => Candidates.AtLeast("center", MixDimension.Periphery, n % 2 == 0 ? 0.2m : 0.4m, "center"),
        n => Quota.Create("periphery", MixDimension.Periphery, ["periphery"], maximum: QuotaBound.OfShare(n % 2 == 0 ? 0.5m : 0.7m)).Value,
        n => Candidates.AtLeastCount("ses-low", MixDimension.SocioeconomicStanding, 1 + (n % 2), "1", "2", "3", "4"),
        n => Candidates.AtLeast("ses-high", MixDimension.SocioeconomicStanding, 0.2m, "7", "8", "9", "10"),
        n => Candidates.EachAtMost("organization-max", MixDimension.Organization, 1 + (n % 3)),
        n => Quota.Create("central-government", MixDimension.Sector, ["central-government"], QuotaBound.OfShare(0.4m), QuotaBound.OfShare(n % 2 == 0 ? 0.6m : 0.8m)).Value,
    ];

    private static readonly Gen<SelectionPolicy> GenPolicy = Gen.Select(
        Gen.Int[1, 5], Gen.Int[0, 4], Gen.Int[0, 255], Gen.Int[0, 7], Gen.Int[0, 3], Gen.Int[0, 728],
        (minimum, extra, quotas, variant, rules, weights) => SelectionPolicy.Create(
            Provenance.Default,
            [
                .. (rules & 1) != 0 ? [ServingEligibility.Create(Provenance.Default).Value] : Array.Empty<EligibilityRule>(),
                .. (rules & 2) != 0 ? [DirectorGeneralNomination.Create(Provenance.Default).Value] : Array.Empty<EligibilityRule>(),
            ],
            Ids.All<MeritCriterion>().Select((c, i) => CriterionWeight.Of(c, 1 + (weights / (int)Math.Pow(3, i) % 3))).Take(1 + (weights % 6)),
            SeatRange.Between(minimum, minimum + extra, Provenance.Default),
            QuotaMenu.Where((_, i) => (quotas & (1 << i)) != 0).Select(make => make(variant)),
            Waitlist.Of(variant % 4, Provenance.Default)).Value);

    [Fact]
    public void Select_RandomPoolsAndPolicies_IsTheBestCohortOfEverySubset() =>
        Gen.Select(GenPolicy, GenPool).Sample((policy, pool) =>
        {
            var selection = policy.Select(pool).Value;
            var oracle = SelectionOracle.Select(policy, pool);

            selection.Size.Should().Be(oracle.Size);
            selection.Misses.Sum(m => m.Missing).Should().Be(oracle.Miss);
            selection.TotalScore.Points.Should().Be(oracle.Points);
            selection.Admitted.Select(c => c.Id).Should().Equal(oracle.Members, "ties go to the best-ranked candidate of the difference");
        }, iter: 3000);

    [Fact]
    public void Select_PoolsWhereNoCohortKeepsEveryQuota_MissesByTheLeast()
    {
        // Conflicting quotas: most members Arab and most Jewish, at least 2 from the center and at most 1 per organization.
        var conflicting = Gen.Select(Gen.Int[1, 4], Gen.Int[0, 3], (minimum, extra) => Candidates.Policy(
            minimum,
            minimum + extra,
            [
                Candidates.AtLeast("community-arab", MixDimension.Community, 0.6m, "muslim", "druze", "christian-orthodox"),
                Candidates.AtLeast("community-jewish", MixDimension.Community, 0.6m, "jewish"),
                Candidates.AtLeastCount("center", MixDimension.Periphery, 2, "center"),
                Candidates.EachAtMost("organization-max", MixDimension.Organization, 1),
            ],
            waitlist: 2));
        var missed = 0;
        Gen.Select(conflicting, GenPool).Sample((policy, pool) =>
        {
            var selection = policy.Select(pool).Value;
            var oracle = SelectionOracle.Select(policy, pool);

            selection.Admitted.Select(c => c.Id).Should().Equal(oracle.Members);
            selection.Misses.Sum(m => m.Missing).Should().Be(oracle.Miss);
            selection.Misses.Should().OnlyContain(m => !m.IsMet && m.Missing == SelectionOracle.Miss(m.Quota, selection.Admitted.ToList()));
            missed += oracle.Miss > 0 ? 1 : 0;
        }, iter: 1000);
        missed.Should().BeGreaterThan(100, "most of these pools keep no cohort within every quota");
    }

    [Fact]
    public void Select_RandomPoolsAndPolicies_ExplainsEveryDecisionFromTheCohort() =>
        Gen.Select(GenPolicy, GenPool).Sample((policy, pool) =>
        {
            var selection = policy.Select(pool).Value;
            var ranked = SelectionOracle.Ranked(policy, pool);
            var admitted = selection.Admitted.Select(c => c.Id).ToHashSet();
            var notAdmitted = ranked.Where(c => !admitted.Contains(c.Id)).ToList();
            var waitlist = notAdmitted.Take(policy.Waitlist.Length).Select(c => c.Id).ToList();
            var full = selection.Size == policy.Seats!.Value.Maximum;

            selection.Waitlisted.Select(c => c.Id).Should().Equal(waitlist);
            selection.Decisions.Select(d => d.Decision).Should().BeInAscendingOrder();
            selection.Decisions.Should().HaveCount(pool.Count);
            foreach (var decision in selection.Decisions)
            {
                var c = decision.Candidate;
                var reasons = decision.Reasons;
                var rank = ranked.FindIndex(r => r.Id == c.Id);
                var quotaReasons = reasons.Where(r => r.StartsWith(SelectionReasons.QuotaPrefix, StringComparison.Ordinal)).ToList();
                decision.Score.Points.Should().Be(SelectionOracle.Points(policy, c));
                if (rank < 0)
                {
                    decision.Decision.Should().Be(SelectionDecision.Ineligible);
                    decision.Rank.Should().BeNull();
                    reasons.Should().Equal(policy.Eligibility.Where(rule => !SelectionOracle.IsEligible(Only(policy, rule), c)).Select(r => r.RuleId));
                    continue;
                }

                decision.Rank.Should().Be(rank + 1);
                quotaReasons.All(r => policy.Quotas.Any(q => q.ReasonId == r)).Should().BeTrue("a quota reason names a quota of the policy");
                var outranked = ranked.Take(rank).Any(r => !admitted.Contains(r.Id));
                var outranks = ranked.Skip(rank + 1).Any(r => admitted.Contains(r.Id));
                if (admitted.Contains(c.Id))
                {
                    decision.Decision.Should().Be(SelectionDecision.Admitted);
                    reasons.Should().Equal(quotaReasons, "an admitted candidate is there by rank or for quotas");
                    if (outranked)
                    {
                        quotaReasons.Should().NotBeEmpty($"{c.Id} was admitted below a better candidate: a quota made it so");
                    }
                    else
                    {
                        reasons.Should().BeEmpty($"{c.Id} was admitted by rank alone");
                    }

                    continue;
                }

                decision.Decision.Should().Be(waitlist.Contains(c.Id) ? SelectionDecision.Waitlisted : SelectionDecision.NotSelected);
                reasons.Contains(SelectionReasons.Merit).Should().Be(!outranks, "merit: every admitted candidate outranks it");
                reasons.Contains(SelectionReasons.Seats).Should().Be(full, "seats: the cohort is full");
                reasons.Contains(SelectionReasons.Waitlist).Should().Be(waitlist.Contains(c.Id));
                if (outranks || !full)
                {
                    quotaReasons.Should().NotBeEmpty($"{c.Id} outranks an admitted candidate or could join a cohort with room: a quota kept it out");
                }
            }
        }, iter: 1000);

    [Fact]
    public void Select_QuotaReasonOfAKeptOutCandidate_IsAQuotaTheSwapWouldBreak() =>
        Gen.Select(GenPolicy, GenPool).Sample((policy, pool) =>
        {
            var selection = policy.Select(pool).Value;
            var ranked = SelectionOracle.Ranked(policy, pool);
            var admitted = selection.Admitted.ToList();
            foreach (var decision in selection.Decisions.Where(d => d.Decision is SelectionDecision.Waitlisted or SelectionDecision.NotSelected))
            {
                var x = decision.Candidate;
                var rank = ranked.FindIndex(r => r.Id == x.Id);
                var below = admitted.Where(y => ranked.FindIndex(r => r.Id == y.Id) > rank).ToList();
                foreach (var reason in decision.Reasons.Where(r => r.StartsWith(SelectionReasons.QuotaPrefix, StringComparison.Ordinal)))
                {
                    var quota = policy.Quotas.Single(q => q.ReasonId == reason);
                    var bySwap = below.Any(y => Worse(quota, admitted, [.. admitted.Where(m => m != y), x]));
                    var byAdding = selection.Size < policy.Seats!.Value.Maximum && Worse(quota, admitted, [.. admitted, x]);
                    (bySwap || byAdding).Should().BeTrue($"{x.Id} names {reason}: taking it in breaks that quota");
                }
            }
        }, iter: 500);

    [Fact]
    public void Replacement_IsTheFirstWaitlistedWhoKeepsEveryQuotaKept() =>
        Gen.Select(GenPolicy, GenPool).Sample((policy, pool) =>
        {
            var selection = policy.Select(pool).Value;
            var cohort = selection.Admitted.ToList();
            var kept = policy.Quotas.Where(q => SelectionOracle.Miss(q, cohort) == 0).ToList();
            foreach (var leaving in cohort)
            {
                var expected = selection.Waitlisted.FirstOrDefault(w => kept.All(q => SelectionOracle.Miss(q, [.. cohort.Where(m => m != leaving), w]) == 0));
                selection.Replacement(leaving.Id).Value.Should().Be(expected);
            }
        }, iter: 500);

    [Fact]
    public void WhatIf_IsTheFirstSingleChangeThatAdmits_ByBruteForce() =>
        Gen.Select(GenPolicy, GenPool).Sample((policy, pool) =>
        {
            var selection = policy.Select(pool).Value;
            foreach (var decision in selection.Decisions.Where(d => d.Decision != SelectionDecision.Admitted))
            {
                var c = decision.Candidate;
                var changes = policy.Criteria.OrderBy(w => w.Weight).Where(w => c.Scores[w.Criterion] < 5)
                    .Select(w => (Kind: AdmissionChangeKind.CriterionPoint, Changed: c.With(c.Scores.With(w.Criterion, c.Scores[w.Criterion] + 1))))
                    .Append((Kind: AdmissionChangeKind.Nomination, Changed: c.With(true, c.IsRecommendedBySteering)))
                    .Append((Kind: AdmissionChangeKind.Recommendation, Changed: c.With(c.IsNominatedByDirectorGeneral, true)))
                    .Where(change => change.Kind == AdmissionChangeKind.CriterionPoint ? SelectionOracle.IsEligible(policy, c) : !SelectionOracle.IsEligible(policy, c));
                var expected = changes.FirstOrDefault(change =>
                    SelectionOracle.Select(policy, Candidates.Pool([.. pool.Candidates.Select(p => p == c ? change.Changed : p)])).Members.Contains(c.Id));

                var actual = selection.WhatIf(c.Id).Value;

                (actual is null).Should().Be(expected.Changed is null, $"{c.Id}: {actual}");
                if (actual is { } change)
                {
                    change.Kind.Should().Be(expected.Kind);
                    if (change.Criterion is { } criterion)
                    {
                        c.Scores.With(criterion, change.Mark!.Value).Should().Be(expected.Changed!.Scores, "the lightest criterion that admits, in policy order");
                    }
                }
            }
        }, iter: 300);

    private static bool Worse(Quota quota, List<Candidate> before, List<Candidate> after) =>
        SelectionOracle.Miss(quota, after) > SelectionOracle.Miss(quota, before);

    private static SelectionPolicy Only(SelectionPolicy policy, EligibilityRule rule) =>
        SelectionPolicy.Create(policy.Source, [rule], policy.Criteria, policy.Seats).Value;
}
