using Alka.Domain.Calendar;
using Alka.Domain.Programs;
using Alka.Domain.Scheduling;
using Alka.Domain.Serialization;
using Alka.Domain.Sources;
using Alka.Domain.Tests.Support;

namespace Alka.Domain.Tests.Scheduling;

public class ProgramScheduleTests
{
    private static readonly BilingualText Name = BilingualText.Create("Meetings", "מפגשים");

    private static MeetingSeries Series(string id) =>
        MeetingSeries.Create(id, MeetingKind.Forum, MeetingGroup.All, Name, SourceDocument.CouncilHeadsForumPage).Value;

    [Fact]
    public void Create_RepeatedSeriesAndAnEmptyMix_ListsEveryProblem() =>
        ProgramSchedule.Create([Series("forum"), Series("forum")], CommunityMix.Empty)
            .Should().HaveError("meetings[1]", Validation.CommonErrors.DuplicateId)
            .And.HaveError("communities", Validation.CommonErrors.Required);

    [Fact]
    public void None_HasNoMeetingsAndStatesNothing()
    {
        ProgramSchedule.None.Meetings.Should().BeEmpty();
        (ProgramSchedule.None.Communities, ProgramSchedule.None.DayPolicy).Should().Be(((CommunityMix?)null, (DayPolicy?)null));
    }

    [Fact]
    public void BuiltIn_CouncilHeadsForum_MixesEveryCommunity_AndItsPlanningTeamPrecedesTheForumSeries()
    {
        var forum = BuiltInCatalog.Instance.Find("council-heads-forum")!;

        forum.Schedule.Communities.Should().Be(CommunityMix.All);
        var before = forum.Governance.FindBody("planning-team")!.Cadence!.Value.Before;
        forum.Schedule.FindMeetings(before!)!.Kind.Should().Be(MeetingKind.Forum);
    }

    [Fact]
    public void BuiltIn_ProgramsWhoseSourcesGiveNoMix_StateNone() =>
        BuiltInCatalog.Instance.Programs.Where(p => p.Id != "council-heads-forum").Should().OnlyContain(p => p.Schedule.Communities == null);

    [Fact]
    public void Json_ScheduleWithMixAndPolicy_RoundTripsThroughTheCatalog()
    {
        var policy = DayPolicy.GovernmentForum
            .With(ObservanceCategories.CholHamoed, DayAction.Allow)
            .With(IsraeliCalendar.Default.FindObservance("yom-yerushalayim")!, DayAction.Block);
        var program = InstituteProgram.Create(
            "roaming-test", Name, [SourceDocument.CouncilHeadsForumPage], PeerForumFormat.Instance,
            schedule: ProgramSchedule.Create([Series("forum")], CommunityMix.Of(Community.Druze, Community.Jewish), policy).Value).Value;
        var catalog = ProgramCatalog.Create(BuiltInCatalog.Instance.Institute, BuiltInCatalog.Instance.Organizations, [.. BuiltInCatalog.Instance.Programs, program]).Value;

        var json = CatalogJson.Write(catalog);
        var read = CatalogJson.Read(json);

        read.IsSuccess.Should().BeTrue();
        read.Value.Should().Be(catalog);
        json.Should().Contain("\"communities\": [\n          \"jewish\",\n          \"druze\"\n        ]");
        json.Should().Contain("\"chol-hamoed\": \"allow\"").And.Contain("\"observance:yom-yerushalayim\": \"block\"");
    }

    [Theory]
    [InlineData("\"communities\": [\"jewish\", \"jewish\"]", "$.programs[0].schedule.communities")]
    [InlineData("\"communities\": [\"catholic\"]", "$.programs[0].schedule.communities")]
    [InlineData("\"dayPolicy\": {\"weekend\": \"maybe\"}", "$.programs[0].schedule.dayPolicy")]
    [InlineData("\"dayPolicy\": {\"observance:No Such Day\": \"block\"}", "$.programs[0].schedule.dayPolicy")]
    [InlineData("\"meetings\": [{ \"id\": \"m\", \"kind\": \"forum\", \"group\": \"center\", \"source\": \"merhav-page\", \"name\": { \"english\": \"M\", \"hebrew\": \"מ\" } }]", "$.programs[0].schedule.meetings[0].group")]
    public void Json_BadScheduleMember_IsInvalidAtItsPath(string member, string path)
    {
        var json = $$"""
            {
              "schemaVersion": 3,
              "institute": {
                "organizationId": "alka", "parentOrganizationId": "jdc-israel", "source": "newsletter-2012-03",
                "approach": { "english": "Collective Impact", "hebrew": "השפעה קולקטיבית" }, "strategies": [], "centers": []
              },
              "organizations": [
                { "id": "jdc-israel", "name": { "english": "JDC Israel", "hebrew": "ג'וינט ישראל" }, "kind": "institute", "source": "digital-leaders-page" },
                { "id": "alka", "name": { "english": "Alka", "hebrew": "אלכא" }, "kind": "institute", "source": "digital-leaders-page", "parentId": "jdc-israel" }
              ],
              "programs": [
                { "id": "p", "name": { "english": "P", "hebrew": "פ" }, "sources": [ "merhav-page" ], "format": { "kind": "peer-forum" },
                  "schedule": { {{member}} } }
              ]
            }
            """;

        CatalogJson.Read(json).ValidationErrors.Should().ContainSingle()
            .Which.Should().Match<Ardalis.Result.ValidationError>(e => e.Identifier.StartsWith(path, StringComparison.Ordinal) && e.ErrorCode == SerializationErrors.Invalid);
    }

    [Fact]
    public void Equality_IsStructural() =>
        EqualityContract.Check(
            ProgramSchedule.Create([Series("forum")], CommunityMix.All).Value,
            ProgramSchedule.Create([Series("forum")], CommunityMix.All).Value,
            ProgramSchedule.Create([Series("forum")]).Value,
            ProgramSchedule.Create([Series("forum")], CommunityMix.All, DayPolicy.GovernmentForum.With(DayCondition.Weekend, DayAction.Avoid)).Value,
            ProgramSchedule.None);
}
