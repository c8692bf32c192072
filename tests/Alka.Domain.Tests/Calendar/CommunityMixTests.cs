using Alka.Domain.Calendar;
using Alka.Domain.Validation;
using Ardalis.Result;
using Alka.Domain.Tests.Support;

namespace Alka.Domain.Tests.Calendar;

public class CommunityMixTests
{
    [Theory]
    [InlineData("jewish", "jewish", "one community")]
    [InlineData("druze,muslim,jewish", "jewish,muslim,druze", "any order in, the canonical order out")]
    [InlineData("jewish,muslim,christian-western,christian-orthodox,druze", "jewish,muslim,christian-western,christian-orthodox,druze", "all five")]
    public void Parse_ValidList_ReadsEveryCommunityAndPrintsCanonically(string text, string canonical, string why)
    {
        var result = CommunityMix.Parse(text);

        result.IsSuccess.Should().BeTrue(why);
        result.Value.ToString().Should().Be(canonical, why);
        CommunityMix.Parse(result.Value.ToString()).Value.Should().Be(result.Value, "ToString reads back");
    }

    [Theory]
    [InlineData("jewish,buddhist", new[] { CommonErrors.UnknownReference }, "an id that is not a community")]
    [InlineData("Jewish", new[] { CommonErrors.UnknownReference }, "ids are case-sensitive")]
    [InlineData("jewish, muslim", new[] { CommonErrors.UnknownReference }, "no spaces: ' muslim' is not an id")]
    [InlineData("jewish,,muslim", new[] { CommonErrors.UnknownReference }, "an empty id between commas")]
    [InlineData("muslim,muslim", new[] { CommonErrors.Duplicate }, "a community named twice is an error, not silently merged")]
    [InlineData("", new[] { CommonErrors.Required }, "an empty list")]
    [InlineData("x,druze,druze,y", new[] { CommonErrors.UnknownReference, CommonErrors.Duplicate, CommonErrors.UnknownReference }, "every problem is listed")]
    public void Parse_BadList_IsInvalidWithEveryProblem(string text, string[] codes, string why)
    {
        var result = CommunityMix.Parse(text);

        result.Status.Should().Be(ResultStatus.Invalid, why);
        result.ValidationErrors.Select(e => e.ErrorCode).Should().Equal(codes, why);
        result.ValidationErrors.Should().OnlyContain(e => e.Identifier == "communities" && e.Severity == ValidationSeverity.Error);
    }

    [Fact]
    public void Parse_Null_IsInvalidNoCommunity() =>
        CommunityMix.Parse(null).ValidationErrors.Single().ErrorCode.Should().Be(CommonErrors.Required);

    [Fact]
    public void Default_IsTheEmptyMix()
    {
        default(CommunityMix).Should().Be(CommunityMix.Empty);
        CommunityMix.Empty.IsEmpty.Should().BeTrue();
        CommunityMix.Empty.Count.Should().Be(0);
        CommunityMix.Empty.ToString().Should().BeEmpty();
        Ids.All<Community>().Should().OnlyContain(c => !CommunityMix.Empty.Contains(c));
    }

    [Fact]
    public void All_HoldsEveryCommunityInCanonicalOrder()
    {
        CommunityMix.All.Count.Should().Be(5);
        CommunityMix.All.Communities.Should().Equal(Ids.All<Community>());
        CommunityMix.Of([.. Ids.All<Community>()]).Should().Be(CommunityMix.All);
    }

    [Fact]
    public void With_AddsOneCommunityAndKeepsTheOriginal()
    {
        var jewish = CommunityMix.Of(Community.Jewish);

        var mixed = jewish.With(Community.Druze);

        mixed.Contains(Community.Druze).Should().BeTrue();
        mixed.Contains(Community.Jewish).Should().BeTrue();
        mixed.Contains(Community.Muslim).Should().BeFalse();
        jewish.Contains(Community.Druze).Should().BeFalse("a mix is immutable");
    }

    [Fact]
    public void Equality_SameCommunitiesInAnyOrder_FulfilsTheContract() =>
        EqualityContract.Check(
            CommunityMix.Of(Community.Muslim, Community.Druze),
            CommunityMix.Of(Community.Druze, Community.Muslim, Community.Druze),
            CommunityMix.Of(Community.Muslim));

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void ContainsAndWith_UndefinedCommunity_Throw(int value)
    {
        FluentActions.Invoking(() => CommunityMix.All.Contains((Community)value)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => CommunityMix.Empty.With((Community)value)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
