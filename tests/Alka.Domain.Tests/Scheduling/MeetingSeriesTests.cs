using Alka.Domain.Geography;
using Alka.Domain.Scheduling;
using Alka.Domain.Sources;
using Alka.Domain.Tests.Support;

namespace Alka.Domain.Tests.Scheduling;

public class MeetingSeriesTests
{
    private static readonly BilingualText Name = BilingualText.Create("Forum", "פורום");

    [Fact]
    public void Create_HostVenueWithoutRoaming_IsRejected()
    {
        var result = MeetingSeries.Create("forum", MeetingKind.Forum, MeetingGroup.All, Name, SourceDocument.CouncilHeadsForumPage, venue: VenueKind.HostCouncil);

        result.Should().HaveError("roaming", SchedulingErrors.HostVenueWithoutRoaming);
    }

    [Fact]
    public void Create_RoamingWithoutHostPool_IsRejected() =>
        RoamingPolicy.Create(null!, spotlightOnHost: true).Should().HaveError("hostPool", SchedulingErrors.RoamingWithoutHostPool);

    [Fact]
    public void Create_HostsOfAnotherKindThanTheVenue_IsRejected()
    {
        var roaming = RoamingPolicy.Create(HostPool.Create(VenueKind.HostMinistryOffice).Value, spotlightOnHost: true).Value;

        var result = MeetingSeries.Create("forum", MeetingKind.Forum, MeetingGroup.All, Name, SourceDocument.CouncilHeadsForumPage, venue: VenueKind.HostCouncil, roaming: roaming);

        result.Should().HaveError("roaming.hostPool.hostKind", SchedulingErrors.HostPoolKind);
    }

    [Fact]
    public void HostPool_NotAHostVenueOrRepeatedHosts_ListsEveryProblem() =>
        HostPool.Create(VenueKind.GuestHouse, ["kfar-yona", "kfar-yona", "Not An Id"]).Should()
            .HaveError("hostKind", SchedulingErrors.HostPoolKind)
            .And.HaveError("hostIds[1]", Validation.CommonErrors.DuplicateId)
            .And.HaveError("hostIds[2]", Validation.CommonErrors.InvalidId);

    [Fact]
    public void Create_InvalidIdAndRepeatedActivity_ListsEveryProblem() =>
        MeetingSeries.Create("North!", MeetingKind.Forum, MeetingGroup.All, Name, SourceDocument.DistrictManagersForumPage, activities: [MeetingActivity.PeerLearning, MeetingActivity.PeerLearning])
            .Should().HaveError("id", Validation.CommonErrors.InvalidId)
            .And.HaveError("activities[1]", Validation.CommonErrors.Duplicate);

    [Fact]
    public void Create_RoamingForumOfTheSources_IsValid()
    {
        var roaming = RoamingPolicy.Create(HostPool.Create(VenueKind.HostMinistryOffice).Value, spotlightOnHost: true).Value;

        var result = MeetingSeries.Create("north", MeetingKind.Forum, MeetingGroup.Of(Region.North), Name, SourceDocument.DistrictManagersForumPage, Cadence.Every(5, CadenceUnit.Week), MeetingLength.HalfDay, VenueKind.HostMinistryOffice, roaming);

        result.IsSuccess.Should().BeTrue();
        result.Value.ToString().Should().Be("north (forum, every 5 weeks)");
    }
}
