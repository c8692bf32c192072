using Alka.Domain.Geography;
using Alka.Domain.Organizations;
using Alka.Domain.Programs;
using Alka.Domain.Selection;
using Alka.Domain.Sources;
using CsCheck;

namespace Alka.Domain.Tests.Selection;

/// <summary>
/// The four built-in policies are the contract's (selection.md), number for number, and choose well on realistic
/// pools: the council heads of Israel's real local councils, ministries' managers, government and local officials.
/// </summary>
public class BuiltInSelectionPoliciesTests
{
    private static SelectionPolicy Policy(string program) => BuiltInCatalog.Instance.Find(program)!.Selection!;

    [Fact]
    public void Merhav_SectorNominationRecommendation_20To30_AtMost4PerOrganization()
    {
        var policy = Policy("merhav");

        policy.Eligibility.Select(r => (r.RuleId, r.Source)).Should().Equal(
            ("sector", (Provenance)SourceDocument.MerhavPage), ("dg-nomination", SourceDocument.MerhavPage), ("steering-recommendation", SourceDocument.MerhavPage));
        policy.Rule<SectorEligibility>()!.Sectors.Should().Equal(Sector.CentralGovernment, Sector.LocalGovernment);
        policy.Criteria.Should().Equal(CriterionWeight.Equally(Ids.All<MeritCriterion>()));
        policy.Seats.Should().Be(SeatRange.Between(20, 30, Provenance.Default));
        policy.Waitlist.Should().Be(Waitlist.Of(5, Provenance.Default));
        var quota = policy.Quotas.Single();
        (quota.Id, quota.Dimension, quota.EachValue, quota.Maximum, quota.Minimum, quota.Source.IsDefault).Should()
            .Be(("organization-max", MixDimension.Organization, true, QuotaBound.OfCount(4), (QuotaBound?)null, true));
    }

    [Fact]
    public void CouncilHeads_ServingHeadsUpTo20000_15To30_SixQuotas()
    {
        var policy = Policy("council-heads-forum");

        policy.Eligibility.Select(r => r.RuleId).Should().Equal("role", "serving", "locality-population");
        policy.Eligibility.Should().OnlyContain(r => r.Source == SourceDocument.CouncilHeadsForumPage);
        policy.Seats.Should().Be(SeatRange.Between(15, 30, Provenance.Default));
        policy.Waitlist.Should().Be(Waitlist.Of(5, Provenance.Default));
        policy.Quotas.Select(q => (q.Id, q.Dimension, string.Join(",", q.Values), q.Minimum, q.Maximum, q.Source)).Should().Equal(
            ("community-jewish", MixDimension.Community, "jewish", QuotaBound.OfShare(0.3m), null, Provenance.Default),
            ("community-arab", MixDimension.Community, "muslim,christian-western,christian-orthodox,druze", QuotaBound.OfShare(0.3m), null, Provenance.Default),
            ("periphery", MixDimension.Periphery, "periphery", QuotaBound.OfShare(0.3m), null, Provenance.Default),
            ("center", MixDimension.Periphery, "center", QuotaBound.OfShare(0.2m), null, Provenance.Default),
            ("ses-low", MixDimension.SocioeconomicStanding, "1,2,3,4", QuotaBound.OfShare(0.3m), null, Provenance.Default),
            ("ses-high", MixDimension.SocioeconomicStanding, "7,8,9,10", QuotaBound.OfShare(0.2m), null, Provenance.Default));
    }

    [Theory]
    [InlineData("digital-leaders-government", "central-government")]
    [InlineData("digital-leaders-local", "local-government")]
    public void DigitalLeaders_Nominated_ThreeSectors_25To40_SeventyToEightyPercentOfTheProgramsSector(string program, string sector)
    {
        var policy = Policy(program);

        policy.Eligibility.Select(r => r.RuleId).Should().Equal("dg-nomination", "sector");
        policy.Rule<SectorEligibility>()!.Sectors.Should().Equal(Sector.CentralGovernment, Sector.LocalGovernment, Sector.CivilSociety);
        policy.Seats.Should().Be(SeatRange.Between(25, 40, SourceDocument.DigitalLeadersPage), "the budget band");
        policy.Waitlist.Should().Be(Waitlist.Of(5, Provenance.Default));
        var quota = policy.Quotas.Single();
        (quota.Id, quota.Values.Single(), quota.Minimum, quota.Maximum, quota.Source).Should()
            .Be((sector, sector, QuotaBound.OfShare(0.7m), QuotaBound.OfShare(0.8m), Provenance.Default));
    }

    [Theory]
    [InlineData(5, 4, 4, 3, 5, 2, "3.83")] // 23/6
    [InlineData(1, 1, 1, 1, 1, 2, "1.17")] // 7/6
    [InlineData(3, 4, 3, 4, 3, 4, "3.50")]
    [InlineData(5, 5, 5, 5, 5, 4, "4.83")] // 29/6
    [InlineData(2, 1, 1, 1, 1, 1, "1.17")] // 7/6, the same exact value whichever criterion holds the point
    public void Assess_EveryBuiltInPolicy_ScoresTheMeanOfTheSixMarks(int leadership, int leadsChange, int teamwork, int socialAwareness, int affinity, int commitment, string printed)
    {
        // selection.md: the weighted mean of the six criteria, equal weights, printed with two decimals, compared exactly.
        var marks = new CriterionScores(leadership, leadsChange, teamwork, socialAwareness, affinity, commitment);
        var candidate = Candidates.Make("c", scores: marks);
        var reversed = Candidates.Make("d", scores: new CriterionScores(commitment, affinity, socialAwareness, teamwork, leadsChange, leadership));
        decimal sum = leadership + leadsChange + teamwork + socialAwareness + affinity + commitment;

        foreach (var program in new[] { "merhav", "council-heads-forum", "digital-leaders-government", "digital-leaders-local" })
        {
            var score = Policy(program).Assess(candidate).Score;

            score.ToString().Should().Be(printed, program);
            score.Should().Be(Policy(program).Assess(reversed).Score, "equal weights: which criterion holds which mark does not matter");
            (score.Points * 6).Should().Be((long)sum * score.Weight, "the mean of six marks is their sum over six");
        }
    }

    [Fact]
    public void Assess_EveryBuiltInPolicy_ScoreAgreesWithTheMeanForEveryMarking() =>
        Gen.Int[1, 5].Array[6].Sample(marks =>
        {
            var candidate = Candidates.Make("c", scores: new CriterionScores(marks[0], marks[1], marks[2], marks[3], marks[4], marks[5]));
            var mean = marks.Sum() / 6m;
            foreach (var program in new[] { "merhav", "council-heads-forum", "digital-leaders-government", "digital-leaders-local" })
            {
                var score = Policy(program).Assess(candidate).Score;
                score.Value.Should().Be(mean, program);
                score.ToString().Should().Be(Math.Round(mean, 2, MidpointRounding.AwayFromZero).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), program);
            }
        });

    [Fact]
    public void CouncilHeads_TheRealLocalCouncils_ChoosesThirtyThatKeepEveryQuota()
    {
        var random = new Random(2026);
        var heads = LocalCouncils.All.Select(c => LocalCouncils.Head(c, random, serving: !c.Code.EndsWith('7'))).ToList();
        var pool = CandidatePool.Create(heads, LocalityDirectory.LocalAuthorities).Value;
        var policy = Policy("council-heads-forum");

        var selection = policy.Select(pool).Value;

        LocalCouncils.All.Should().HaveCount(122);
        var eligible = LocalCouncils.All.Where(c => c.Population.Value <= 20_000 && !c.Code.EndsWith('7')).Select(c => "head-" + c.Code).ToHashSet();
        selection.Decisions.Where(d => d.Decision != SelectionDecision.Ineligible).Select(d => d.Candidate.Id).Should().BeEquivalentTo(eligible);
        selection.Decisions.Where(d => d.Decision == SelectionDecision.Ineligible).Should().OnlyContain(d =>
            d.Reasons.SequenceEqual(new[] { "serving", "locality-population" }.Where(r =>
                r == "serving" ? !d.Candidate.IsServing : d.Candidate.LocalityPopulation > 20_000)));
        selection.Size.Should().Be(30);
        selection.Quotas.Select(q => q.Minimum).Should().Equal(9, 9, 9, 6, 9, 6);
        selection.Quotas.Should().OnlyContain(q => q.IsMet && q.Reached >= q.Minimum);
        selection.Waitlisted.Should().HaveCount(5);
        NoSingleExchangeImproves(policy, pool, selection);
    }

    [Fact]
    public void CouncilHeads_OnlyNorthernArabCouncils_MissesTheQuotasByTheLeastAndNamesThem()
    {
        var random = new Random(7);
        var pool = CandidatePool.Create(LocalCouncils.All
            .Where(c => LocalCouncils.IsArab(c) && c.Region == Region.North && c.Population.Value <= 20_000)
            .Select(c => LocalCouncils.Head(c, random))).Value;

        var selection = Policy("council-heads-forum").Select(pool).Value;

        selection.Size.Should().Be(30, "the largest size the pool allows");
        selection.Misses.Select(m => m.Quota.Id).Should().Contain("community-jewish");
        selection.Misses.Single(m => m.Quota.Id == "community-jewish").Should().BeEquivalentTo(new { Minimum = 9, Reached = 0, Missing = 9 });
        var admitted = selection.Admitted.ToList();
        selection.Misses.Sum(m => m.Missing).Should().Be(SelectionOracle.Miss(Policy("council-heads-forum"), admitted));
    }

    [Fact]
    public void Merhav_ManagersOfTwelveMinistries_ChoosesThirtyWithAtMostFourFromAMinistry()
    {
        var random = new Random(12);
        var candidates = Enumerable.Range(0, 90).Select(i => Candidates.Make(
            $"m{i:00}",
            scores: new CriterionScores(random.Next(2, 6), random.Next(2, 6), random.Next(2, 6), random.Next(2, 6), random.Next(2, 6), random.Next(2, 6)),
            role: i % 3 == 0 ? ParticipantRole.SeniorOfficial : ParticipantRole.Manager,
            organization: i % 5 == 0 ? "ministry-of-finance" : $"ministry-{i % 12}",
            sector: i % 9 == 0 ? Sector.CivilSociety : i % 4 == 0 ? Sector.LocalGovernment : Sector.CentralGovernment,
            nominated: i % 7 != 0,
            recommended: i % 11 != 0)).ToArray();
        var pool = Candidates.Pool(candidates);
        var policy = Policy("merhav");

        var selection = policy.Select(pool).Value;

        selection.Size.Should().Be(30);
        selection.Admitted.GroupBy(c => c.Organization).Should().OnlyContain(g => g.Count() <= 4);
        selection.Decisions.Where(d => d.Decision == SelectionDecision.Ineligible).Should().OnlyContain(d => d.Reasons.All(r => r == "sector" || r == "dg-nomination" || r == "steering-recommendation"));
        selection.Decisions.Where(d => d.Candidate.Organization == "ministry-of-finance" && d.Decision != SelectionDecision.Admitted && d.Decision != SelectionDecision.Ineligible && d.Reasons.Contains("quota:organization-max"))
            .Should().NotBeEmpty("the ministry with most candidates fills its four places first");
        NoSingleExchangeImproves(policy, pool, selection);
    }

    [Theory]
    [InlineData("digital-leaders-government", Sector.CentralGovernment)]
    [InlineData("digital-leaders-local", Sector.LocalGovernment)]
    public void DigitalLeaders_OfficialsOfThreeSectors_ChoosesFortyWithSeventyToEightyPercentOfTheProgramsSector(string program, Sector sector)
    {
        var random = new Random(40);
        var other = sector == Sector.CentralGovernment ? Sector.LocalGovernment : Sector.CentralGovernment;
        Sector[] sectors = [sector, sector, sector, other, Sector.CivilSociety, sector, sector, other, Sector.CivilSociety, Sector.Business];
        var pool = Candidates.Pool([.. Enumerable.Range(0, 120).Select(i => Candidates.Make(
            $"d{i:000}",
            scores: new CriterionScores(random.Next(1, 6), random.Next(1, 6), random.Next(1, 6), random.Next(1, 6), random.Next(1, 6), random.Next(1, 6)),
            sector: sectors[i % 10],
            organization: $"org-{i % 17}",
            nominated: i % 6 != 0))]);
        var policy = Policy(program);

        var selection = policy.Select(pool).Value;

        selection.Size.Should().Be(40);
        selection.Admitted.Count(c => c.Sector == sector).Should().BeInRange(28, 32);
        selection.Quotas.Single().Should().BeEquivalentTo(new { Minimum = 28, Maximum = 32 });
        selection.Admitted.Should().OnlyContain(c => c.IsNominatedByDirectorGeneral && c.Sector != Sector.Business);
        NoSingleExchangeImproves(policy, pool, selection);
    }

    // Local optimality, checked independently of the search: no candidate left out could replace an admitted one of
    // lower rank (or, with room, join) and keep every quota the cohort keeps.
    private static void NoSingleExchangeImproves(SelectionPolicy policy, CandidatePool pool, CohortSelection selection)
    {
        var ranked = SelectionOracle.Ranked(policy, pool);
        var admitted = selection.Admitted.ToList();
        var miss = SelectionOracle.Miss(policy, admitted);
        foreach (var x in ranked.Where(c => !admitted.Contains(c)))
        {
            foreach (var y in admitted.Where(y => ranked.IndexOf(y) > ranked.IndexOf(x)))
            {
                SelectionOracle.Miss(policy, [.. admitted.Where(m => m != y), x]).Should().BeGreaterThan(miss, $"{x.Id} would replace {y.Id}");
            }

            if (selection.Size < policy.Seats!.Value.Maximum)
            {
                SelectionOracle.Miss(policy, [.. admitted, x]).Should().BeGreaterThan(0, $"{x.Id} would join");
            }
        }
    }
}
