using Alka.Domain.Calendar;
using Alka.Domain.Geography;
using Alka.Domain.Organizations;
using Alka.Domain.Selection;
using Alka.Domain.Sources;
using Alka.Domain.Tests.Support;
using Alka.Domain.Validation;

namespace Alka.Domain.Tests.Selection;

public class QuotaTests
{
    [Theory]
    [InlineData(0.3, 25, 8, 7)]     // 7.5: a minimum rounds up, a maximum down
    [InlineData(0.3, 30, 9, 9)]
    [InlineData(0.8, 25, 20, 20)]
    [InlineData(0.7, 25, 18, 17)]   // 17.5
    [InlineData(0.2, 0, 0, 0)]
    [InlineData(1, 7, 7, 7)]
    public void Share_TurnsIntoCounts_MinimumUpMaximumDown(decimal share, int size, int minimum, int maximum)
    {
        QuotaBound.OfShare(share).MinimumFor(size).Should().Be(minimum);
        QuotaBound.OfShare(share).MaximumFor(size).Should().Be(maximum);
        QuotaBound.OfCount(4).MinimumFor(size).Should().Be(4);
    }

    [Fact]
    public void Bound_OutOfRange_Throws()
    {
        FluentActions.Invoking(() => QuotaBound.OfShare(1.01m)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => QuotaBound.OfShare(-0.1m)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => QuotaBound.OfCount(-1)).Should().Throw<ArgumentOutOfRangeException>();
        QuotaBound.OfShare(0.3m).ToString().Should().Be("30%");
        QuotaBound.OfCount(4).ToString().Should().Be("4");
    }

    public static TheoryData<MixDimension, string[], Candidate, bool> Membership => new()
    {
        { MixDimension.Community, ["muslim", "druze"], Candidates.Make("a", community: Community.Druze), true },
        { MixDimension.Community, ["muslim", "druze"], Candidates.Make("a", community: Community.ChristianWestern), false },
        { MixDimension.Periphery, ["center"], Candidates.Make("a", periphery: PeripheryStatus.Center), true },
        { MixDimension.SocioeconomicStanding, ["1", "2", "3", "4"], Candidates.Make("a", cluster: 4), true },
        { MixDimension.SocioeconomicStanding, ["1", "2", "3", "4"], Candidates.Make("a", cluster: 5), false },
        { MixDimension.SocioeconomicStanding, ["10"], Candidates.Make("a", cluster: 10), true },
        { MixDimension.District, ["south"], Candidates.Make("a", district: Region.South), true },
        { MixDimension.Sector, ["central-government"], Candidates.Make("a", sector: Sector.CentralGovernment), true },
        { MixDimension.Role, ["manager"], Candidates.Make("a", role: ParticipantRole.CouncilHead), false },
        { MixDimension.Organization, ["ministry-of-interior"], Candidates.Make("a", organization: "ministry-of-interior"), true },
        { MixDimension.Organization, ["ministry-of-interior"], Candidates.Make("a", organization: "Ministry-of-interior"), false },
    };

    [Theory]
    [MemberData(nameof(Membership))]
    public void Counts_EveryDimension_ByTheCandidatesValue(MixDimension dimension, string[] values, Candidate candidate, bool counts)
    {
        var quota = Quota.Create("q", dimension, values, QuotaBound.OfCount(1)).Value;

        quota.Counts(candidate).Should().Be(counts);
        values.Contains(Quota.ValueOf(candidate, dimension)).Should().Be(counts);
    }

    [Fact]
    public void Counts_ForEachValue_EveryCandidateCountsTowardTheirOwn() =>
        Candidates.EachAtMost("organization-max", MixDimension.Organization, 4).Counts(Candidates.Make("a")).Should().BeTrue();

    [Fact]
    public void Create_EveryProblem_IsListedWithItsPath()
    {
        Quota.Create("Bad Id", MixDimension.Community, [], null, null, Provenance.Default)
            .Should().HaveError("id", CommonErrors.InvalidId)
            .And.HaveError("values", SelectionErrors.QuotaNoValues)
            .And.HaveError(string.Empty, SelectionErrors.QuotaNoBound);
        Quota.Create("q", MixDimension.SocioeconomicStanding, ["0", "11", "04", "4", "4"], QuotaBound.OfCount(1))
            .Should().HaveError("values[0]", SelectionErrors.QuotaUnknownValue)
            .And.HaveError("values[1]", SelectionErrors.QuotaUnknownValue)
            .And.HaveError("values[2]", SelectionErrors.QuotaUnknownValue)
            .And.HaveError("values[4]", CommonErrors.Duplicate);
        Quota.Create("q", MixDimension.Community, ["bedouin"], QuotaBound.OfCount(1)).Should().HaveError("values[0]", SelectionErrors.QuotaUnknownValue);
        Quota.Create("q", MixDimension.Sector, ["central-government"], QuotaBound.OfCount(5), QuotaBound.OfCount(4))
            .Should().HaveError("minimum", SelectionErrors.QuotaBound);
        Quota.Create("q", MixDimension.Sector, ["central-government"], QuotaBound.OfShare(0.8m), QuotaBound.OfShare(0.7m))
            .Should().HaveError("minimum", SelectionErrors.QuotaBound);
        Quota.Create("q", (MixDimension)99, ["x"], QuotaBound.OfCount(1)).Should().HaveError("dimension", CommonErrors.Undefined);
        Quota.Create("q", MixDimension.Organization, ["ministry", ""], QuotaBound.OfCount(1), source: (Sources.SourceDocument)99)
            .Should().HaveError("values[1]", CommonErrors.Required)
            .And.HaveError("source", CommonErrors.Undefined);
    }

    [Fact]
    public void ForEachValue_WithoutAMaximumOrWithAMinimum_IsInvalid()
    {
        var each = new Quota("q", MixDimension.Organization, [], eachValue: true, QuotaBound.OfCount(1));
        var problems = new Problems();
        each.Validate(problems, "quotas[0]");

        problems.Errors.Select(e => (e.Identifier, e.ErrorCode)).Should().Equal(
            ("quotas[0].minimum", SelectionErrors.QuotaBound));
        var valued = new Quota("q", MixDimension.Organization, ["x"], eachValue: true, maximum: QuotaBound.OfCount(1));
        problems = new Problems();
        valued.Validate(problems, string.Empty);
        problems.Errors.Select(e => e.ErrorCode).Should().Equal(SelectionErrors.QuotaNoValues);
    }

    [Fact]
    public void Equality_ComparesEveryMember() =>
        EqualityContract.Check(
            Candidates.AtLeast("community-arab", MixDimension.Community, 0.3m, "muslim"),
            Candidates.AtLeast("community-arab", MixDimension.Community, 0.3m, "muslim"),
            Candidates.AtLeast("community-arab", MixDimension.Community, 0.4m, "muslim"),
            Candidates.AtLeast("community-arab", MixDimension.Community, 0.3m, "druze"),
            Candidates.AtLeast("other", MixDimension.Community, 0.3m, "muslim"),
            Quota.Create("community-arab", MixDimension.Community, ["muslim"], QuotaBound.OfShare(0.3m), source: Sources.SourceDocument.CouncilHeadsForumPage).Value);

    [Fact]
    public void ToString_SaysTheBoundsAndWhoCounts()
    {
        Candidates.AtLeast("community-arab", MixDimension.Community, 0.3m, "muslim", "druze").ToString()
            .Should().Be("community-arab: at least 30% with community muslim or druze");
        Candidates.EachAtMost("organization-max", MixDimension.Organization, 4).ToString().Should().Be("organization-max: at most 4 from one organization");
        Quota.Create("central-government", MixDimension.Sector, ["central-government"], QuotaBound.OfShare(0.7m), QuotaBound.OfShare(0.8m)).Value.ToString()
            .Should().Be("central-government: 70%–80% with sector central-government");
    }
}
