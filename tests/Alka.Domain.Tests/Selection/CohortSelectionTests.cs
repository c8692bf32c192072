using Alka.Domain.Calendar;
using Alka.Domain.Selection;
using Alka.Domain.Sources;
using Alka.Domain.Tests.Support;
using static Alka.Domain.Tests.Selection.Candidates;

namespace Alka.Domain.Tests.Selection;

/// <summary>Hand-worked selections: every decision, rank, score, reason id and quota outcome, what-if and replacement.</summary>
public class CohortSelectionTests
{
    // Eligible by rank: a 5, b 5, c 4, d 3 (muslim), e 2, g 1 (muslim); f is not serving. Seats 2–3, at least one Arab.
    private static readonly CandidatePool Pool = Candidates.Pool(
        Make("a", 5),
        Make("b", 5),
        Make("c", 4),
        Make("d", 3, community: Community.Muslim),
        Make("e", 2),
        Make("f", 2, community: Community.Muslim, serving: false),
        Make("g", 1, community: Community.Druze));

    private static readonly SelectionPolicy Policy = Candidates.Policy(
        2,
        3,
        [AtLeastCount("community-arab", MixDimension.Community, 1, "muslim", "druze")],
        waitlist: 3,
        rules: [ServingEligibility.Create(Provenance.Default).Value]);

    private static readonly CohortSelection Selection = Policy.Select(Pool).Value;

    [Fact]
    public void Select_ArabQuota_AdmitsTheBestArabBelowABetterJewishCandidate()
    {
        Selection.Admitted.Select(c => c.Id).Should().Equal("a", "b", "d");
        Selection.Waitlisted.Select(c => c.Id).Should().Equal("c", "e", "g");
        Selection.Size.Should().Be(3);
        Selection.TotalScore.ToString().Should().Be("13.00");
        Selection.EligibleCount.Should().Be(6);
        Selection.Misses.Should().BeEmpty();
        Selection.SeatsShort.Should().Be(0);
    }

    [Fact]
    public void Decisions_InOutputOrder_WithRankScoreAndEveryReason() =>
        Selection.Decisions.Select(d => d.ToString()).Should().Equal(
            "a admitted 1 5.00",
            "b admitted 2 5.00",
            "d admitted 4 3.00 quota:community-arab",
            "c waitlisted 3 4.00 quota:community-arab|waitlist|seats",
            "e waitlisted 5 2.00 merit|waitlist|seats",
            "g waitlisted 6 1.00 merit|waitlist|seats",
            "f ineligible serving");

    [Fact]
    public void Decision_Breakdown_IsEachCriterionWithMarkAndWeight()
    {
        var decision = Selection.Find("c")!;

        decision.Breakdown.Should().HaveCount(6);
        decision.Breakdown.Should().OnlyContain(m => m.Mark == 4 && m.Weight == 1);
        decision.Breakdown.Select(m => m.Criterion).Should().Equal(Ids.All<MeritCriterion>());
        Selection.Find("nobody").Should().BeNull();
    }

    [Fact]
    public void Quotas_TargetAndReach_ForTheCohortsSize()
    {
        var outcome = Selection.Quotas.Single();

        (outcome.Minimum, outcome.Maximum, outcome.Reached, outcome.Missing, outcome.IsMet).Should().Be((1, (int?)null, 1, 0, true));
        outcome.ToString().Should().Be("community-arab: at least 1 of 3 with community muslim or druze; reached 1");
    }

    [Fact]
    public void Select_MaximumPerOrganization_KeepsTheSecondOfAnOrganizationOut()
    {
        var policy = Candidates.Policy(2, 2, [EachAtMost("organization-max", MixDimension.Organization, 1)]);
        var pool = Candidates.Pool(Make("a", 5, organization: "x"), Make("b", 5, organization: "x"), Make("c", 3, organization: "y"));

        var selection = policy.Select(pool).Value;

        selection.Decisions.Select(d => d.ToString()).Should().Equal(
            "a admitted 1 5.00",
            "c admitted 3 3.00 quota:organization-max",
            "b not-selected 2 5.00 quota:organization-max|seats");
        var outcome = selection.Quotas.Single();
        (outcome.Maximum, outcome.Reached, outcome.Value).Should().Be((1, 1, "x"));
    }

    [Fact]
    public void Select_ShareThatCapsTheSize_TakesTheLargestFeasibleCohortAndNamesTheQuotaThatStopsGrowth()
    {
        // Half the cohort Arab with one Arab candidate: 3 is impossible, 2 is {a, d}.
        var policy = Candidates.Policy(1, 3, [AtLeast("community-arab", MixDimension.Community, 0.5m, "muslim")]);
        var pool = Candidates.Pool(Make("a", 5), Make("b", 4), Make("d", 3, community: Community.Muslim));

        var selection = policy.Select(pool).Value;

        selection.Decisions.Select(d => d.ToString()).Should().Equal(
            "a admitted 1 5.00",
            "d admitted 3 3.00 quota:community-arab",
            "b not-selected 2 4.00 quota:community-arab");
        selection.Quotas.Single().Minimum.Should().Be(1, "50% of 2, rounded up");
    }

    [Fact]
    public void Select_QuotaNoCohortKeeps_MissesItByTheLeastAndNamesTheMiss()
    {
        var policy = Candidates.Policy(2, 3, [AtLeastCount("community-arab", MixDimension.Community, 2, "muslim")]);
        var pool = Candidates.Pool(Make("a", 5), Make("b", 4), Make("c", 3), Make("d", 1, community: Community.Muslim));

        var selection = policy.Select(pool).Value;

        selection.Admitted.Select(c => c.Id).Should().Equal("a", "b", "d");
        var miss = selection.Misses.Single();
        (miss.Quota.Id, miss.Minimum, miss.Reached, miss.Missing).Should().Be(("community-arab", 2, 1, 1));
        miss.ToString().Should().Be("community-arab: at least 2 of 3 with community muslim; reached 1, 1 short");
    }

    [Fact]
    public void Select_PoolSmallerThanTheSeats_AdmitsEveryEligibleAndSaysHowManySeatsAreShort()
    {
        var policy = Candidates.Policy(3, 5);
        var selection = policy.Select(Candidates.Pool(Make("a", 4), Make("b", 3))).Value;

        selection.Size.Should().Be(2);
        selection.SeatsShort.Should().Be(1);
        selection.Decisions.Should().OnlyContain(d => d.Decision == SelectionDecision.Admitted && d.Reasons.Count == 0);
    }

    [Fact]
    public void Select_EqualScores_RankAndAdmitByIdOrdinal()
    {
        var policy = Candidates.Policy(1, 1);
        var selection = policy.Select(Candidates.Pool(Make("b", 4), Make("B", 4), Make("a", 4))).Value;

        selection.Decisions.Select(d => (d.Candidate.Id, d.Rank)).Should().Equal(("B", 1), ("a", 2), ("b", 3));
    }

    [Fact]
    public void Select_PolicyWithoutSeatsOrCriteria_IsInvalid()
    {
        var open = SelectionPolicy.Create(Provenance.Default, [ServingEligibility.Create(Provenance.Default).Value]).Value;

        open.Select(Pool).Should().HaveError("seats", SelectionErrors.NoSeats).And.HaveError("criteria", SelectionErrors.NoCriteria);
        open.Audit(Pool, ["a"]).Should().HaveError("seats", SelectionErrors.NoSeats);
    }

    [Fact]
    public void WhatIf_OnePointOnTheLightestCriterion_AdmitsTheFirstOutOnATie()
    {
        // b and c tie at 4 × 3 + 4 × 5 = 32; b ranks first by id. One point on the lightest criterion puts c ahead.
        CriterionWeight[] weights = [CriterionWeight.Of(MeritCriterion.Leadership, 3), .. Ids.All<MeritCriterion>().Skip(1).Select(c => CriterionWeight.Of(c))];
        var policy = Candidates.Policy(2, 2, criteria: weights);
        var selection = policy.Select(Candidates.Pool(Make("a", 5), Make("b", 4), Make("c", 4))).Value;

        var change = selection.WhatIf("c").Value;

        change.Should().NotBeNull();
        (change!.Value.Kind, change.Value.Criterion, change.Value.Mark, change.Value.Rank).Should().Be((AdmissionChangeKind.CriterionPoint, MeritCriterion.LeadsChange, 5, 2));
        change.Value.ToString().Should().Be("leads-change 5 (rank 2, 4.13)");
    }

    [Fact]
    public void WhatIf_MissingNominationOrRecommendation_IsTheChangeWhenItAdmits()
    {
        var policy = Candidates.Policy(1, 2, rules: [DirectorGeneralNomination.Create(Provenance.Default).Value, SteeringRecommendation.Create("p", "steering-committee", Provenance.Default).Value]);
        var pool = Candidates.Pool(Make("a", 3), Make("b", 5, nominated: false), Make("c", 5, recommended: false), Make("d", 5, nominated: false, recommended: false));
        var selection = policy.Select(pool).Value;

        selection.WhatIf("b").Value!.Value.Kind.Should().Be(AdmissionChangeKind.Nomination);
        selection.WhatIf("b").Value!.Value.Rank.Should().Be(1);
        selection.WhatIf("c").Value!.Value.Kind.Should().Be(AdmissionChangeKind.Recommendation);
        selection.WhatIf("d").Value.Should().BeNull("two rules fail: no single change admits");
    }

    [Fact]
    public void WhatIf_NoSingleChangeIsEnough_IsNull() =>
        Selection.WhatIf("e").Value.Should().BeNull("two points below the cohort's last member, and d is kept for the quota");

    [Fact]
    public void WhatIf_AdmittedOrUnknownCandidate_IsInvalid()
    {
        Selection.WhatIf("a").Should().HaveError("candidateId", SelectionErrors.WrongDecision);
        Selection.WhatIf("zz").Should().HaveError("candidateId", SelectionErrors.UnknownCandidate);
    }

    [Fact]
    public void Replacement_OfTheArabMember_IsTheFirstWaitlistedArab_AndOfAnotherTheFirstWaitlisted()
    {
        Selection.Replacement("d").Value!.Id.Should().Be("g", "c and e would leave the cohort without an Arab member");
        Selection.Replacement("a").Value!.Id.Should().Be("c");
    }

    [Fact]
    public void Replacement_NoWaitlistedCandidateKeepsTheQuotas_IsNull()
    {
        var policy = Candidates.Policy(2, 2, [AtLeastCount("community-arab", MixDimension.Community, 1, "muslim")], waitlist: 1);
        var selection = policy.Select(Candidates.Pool(Make("a", 5), Make("b", 4), Make("d", 1, community: Community.Muslim))).Value;

        selection.Replacement("d").Value.Should().BeNull();
    }

    [Fact]
    public void Replacement_NotAdmittedOrUnknownCandidate_IsInvalid()
    {
        Selection.Replacement("c").Should().HaveError("candidateId", SelectionErrors.WrongDecision);
        Selection.Replacement("f").Should().HaveError("candidateId", SelectionErrors.WrongDecision);
        Selection.Replacement("zz").Should().HaveError("candidateId", SelectionErrors.UnknownCandidate);
    }

    [Fact]
    public void Audit_ThePlannedCohort_IsValid()
    {
        var audit = Policy.Audit(Pool, ["a", "b", "d"]).Value;

        audit.IsValid.Should().BeTrue();
        audit.ToString().Should().Be("valid");
        audit.BestTotalScore.Should().Be(audit.TotalScore);
    }

    [Fact]
    public void Audit_PlantedIneligibleMember_IsFound_AndTheBetterCohortNamed()
    {
        var audit = Policy.Audit(Pool, ["a", "b", "f"]).Value;

        audit.Findings.Select(f => f.ToString()).Should().Equal(
            "serving: f is admitted but it is not serving.",
            "merit: a cohort of 3 that keeps every rule scores 1.00 more in total (13.00, against 12.00).");
        audit.Findings[0].CandidateId.Should().Be("f");
    }

    [Fact]
    public void Audit_PlantedLowerMeritCohort_IsFoundWithTheDifference()
    {
        var audit = Policy.Audit(Pool, ["a", "c", "d"]).Value;

        audit.Findings.Select(f => f.RuleId).Should().Equal(SelectionReasons.Merit);
        (audit.TotalScore.ToString(), audit.BestTotalScore.ToString()).Should().Be(("12.00", "13.00"));
    }

    [Fact]
    public void Audit_UnknownRepeatedIdsSizeAndQuota_AreEachFound()
    {
        var audit = Policy.Audit(Pool, ["a", "a", "zz"]).Value;

        audit.Findings.Select(f => f.ToString()).Should().Equal(
            "candidate-duplicate: 'a' is listed more than once.",
            "candidate-unknown: 'zz' is not a candidate of the pool.",
            "seats: the cohort has 1 members; the policy seats 2–3.",
            "quota:community-arab: at least 1 of 1 with community muslim or druze; reached 0, 1 short");
        audit.Size.Should().Be(1);
        audit.BestTotalScore.Should().BeNull("no cohort of one keeps the seat range");
    }
}
