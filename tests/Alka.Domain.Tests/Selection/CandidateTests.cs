using Alka.Domain.Calendar;
using Alka.Domain.Geography;
using Alka.Domain.Organizations;
using Alka.Domain.Selection;
using Alka.Domain.Tests.Support;
using Alka.Domain.Validation;

namespace Alka.Domain.Tests.Selection;

public class CandidateTests
{
    [Theory]
    [InlineData("c017", true)]
    [InlineData("A-1_b.2", true)]
    [InlineData("0031", true)]
    [InlineData("", false)]
    [InlineData("has space", false)]
    [InlineData("pipe|no", false)]
    [InlineData("עברית", false)]
    public void IsWellFormedId_AsciiLettersDigitsAndDashUnderscoreDot(string id, bool wellFormed)
    {
        Candidate.IsWellFormedId(id).Should().Be(wellFormed);
        Candidate.IsWellFormedId(new string('a', 65)).Should().BeFalse();
        Candidate.IsWellFormedId(new string('a', 64)).Should().BeTrue();
    }

    [Fact]
    public void Create_EveryProblem_IsListedByMember() =>
        Candidate.Create(
                "bad id", " ", (ParticipantRole)0, "", (Sector)9, (Region)0, "", 0, (Community)8, (PeripheryStatus)3, 11,
                isServing: true, isNominatedByDirectorGeneral: true, isRecommendedBySteering: true, new CriterionScores(0, 1, 5, 6, 3, -2))
            .Should().HaveError("id", SelectionErrors.InvalidCandidateId)
            .And.HaveError("name", CommonErrors.Required)
            .And.HaveError("role", CommonErrors.Undefined)
            .And.HaveError("organization", CommonErrors.Required)
            .And.HaveError("sector", CommonErrors.Undefined)
            .And.HaveError("district", CommonErrors.Undefined)
            .And.HaveError("locality", CommonErrors.Required)
            .And.HaveError("localityPopulation", CommonErrors.OutOfRange)
            .And.HaveError("community", CommonErrors.Undefined)
            .And.HaveError("periphery", CommonErrors.Undefined)
            .And.HaveError("socioeconomicCluster", CommonErrors.OutOfRange)
            .And.HaveError("scores.leadership", CommonErrors.OutOfRange)
            .And.HaveError("scores.socialAwareness", CommonErrors.OutOfRange)
            .And.HaveError("scores.commitment", CommonErrors.OutOfRange);

    [Fact]
    public void Create_ErrorCount_IsExactlyTheProblems() =>
        Candidate.Create("a", "A", ParticipantRole.Other, "o", Sector.Business, Region.South, "l", 1, Community.Druze, PeripheryStatus.Center, 1,
                false, false, false, new CriterionScores(1, 1, 1, 1, 1, 6))
            .ValidationErrors.Should().ContainSingle().Which.Identifier.Should().Be("scores.commitment");

    [Fact]
    public void Equality_ComparesEveryMember() =>
        EqualityContract.Check(
            Candidates.Make("a"),
            Candidates.Make("a"),
            Candidates.Make("b"),
            Candidates.Make("a", mark: 4),
            Candidates.Make("a", serving: false),
            Candidates.Make("a", cluster: 6),
            Candidates.Make("a", organization: "other"));

    [Fact]
    public void Scores_IndexerAndWith_FollowTheCriteria()
    {
        var scores = new CriterionScores(1, 2, 3, 4, 5, 1);

        Ids.All<MeritCriterion>().Select(c => scores[c]).Should().Equal(1, 2, 3, 4, 5, 1);
        Ids.All<MeritCriterion>().Select(c => scores.With(c, 5)[c]).Should().OnlyContain(mark => mark == 5);
        scores.With(MeritCriterion.Teamwork, 5).Should().Be(new CriterionScores(1, 2, 5, 4, 5, 1));
        scores.ToString().Should().Be("1 2 3 4 5 1");
        EqualityContract.Check(scores, new CriterionScores(1, 2, 3, 4, 5, 1), new CriterionScores(1, 2, 3, 4, 5, 2), default);
    }
}
