using Alka.Domain.Geography;
using Alka.Domain.Scheduling;
using Alka.Domain.Tests.Support;

namespace Alka.Domain.Tests.Scheduling;

public class MeetingGroupTests
{
    public static TheoryData<string> EveryId => ["all", "national", "north", "haifa", "tel-aviv-center", "jerusalem", "south"];

    [Theory]
    [MemberData(nameof(EveryId))]
    public void TryParse_EveryId_RoundTrips(string id)
    {
        MeetingGroup.TryParse(id, out var group).Should().BeTrue();
        group.Id.Should().Be(id);
        group.ToString().Should().Be(id);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("All")]
    [InlineData("center")]
    [InlineData("tel-aviv")]
    public void TryParse_NotAGroup_IsFalse(string? id) => MeetingGroup.TryParse(id, out _).Should().BeFalse();

    [Fact]
    public void Region_IsSetOnlyForARegionsForum()
    {
        MeetingGroup.Of(Region.South).Region.Should().Be(Region.South);
        MeetingGroup.All.Region.Should().BeNull();
        MeetingGroup.National.Region.Should().BeNull();
    }

    [Fact]
    public void Default_IsAll() => default(MeetingGroup).Should().Be(MeetingGroup.All);

    [Fact]
    public void Of_UndefinedRegion_Throws() =>
        FluentActions.Invoking(() => MeetingGroup.Of((Region)99)).Should().Throw<ArgumentOutOfRangeException>();

    [Fact]
    public void Equality_IsByGroup() =>
        EqualityContract.Check(MeetingGroup.Of(Region.North), MeetingGroup.Of(Region.North), MeetingGroup.Of(Region.Haifa), MeetingGroup.All, MeetingGroup.National);
}
