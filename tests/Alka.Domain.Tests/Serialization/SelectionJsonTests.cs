using System.Text;
using System.Text.Json.Nodes;
using Alka.Domain.Programs;
using Alka.Domain.Selection;
using Alka.Domain.Serialization;
using Alka.Domain.Tests.Selection;
using Alka.Domain.Tests.Support;
using Alka.Domain.Validation;

namespace Alka.Domain.Tests.Serialization;

public class SelectionJsonTests
{
    private static readonly SelectionPolicy CouncilHeads = BuiltInCatalog.Instance.Find("council-heads-forum")!.Selection!;

    public static TheoryData<string> Programs => [.. BuiltInCatalog.Instance.Programs.Where(p => p.Selection is not null).Select(p => p.Id)];

    [Theory]
    [MemberData(nameof(Programs))]
    public void ReadPolicy_EveryBuiltInPolicyWritten_IsAnEqualPolicy(string program)
    {
        var policy = BuiltInCatalog.Instance.Find(program)!.Selection!;
        var json = SelectionJson.Write(policy);

        var read = SelectionJson.ReadPolicy(json);

        EqualityContract.Check(read.Value, policy);
        SelectionJson.Write(read.Value).Should().Be(json);
        SelectionJson.ReadPolicy(new MemoryStream(Encoding.UTF8.GetBytes(json))).Value.Should().Be(policy);
    }

    [Fact]
    public void Write_CouncilHeadsPolicy_IsTheDocumentedFormat()
    {
        var json = JsonNode.Parse(SelectionJson.Write(CouncilHeads))!;

        json["schemaVersion"]!.GetValue<int>().Should().Be(1);
        var policy = json["policy"]!;
        policy["source"]!.GetValue<string>().Should().Be("council-heads-forum-page");
        policy["eligibility"]![2]!.ToJsonString().Should().Be("""{"rule":"locality-population","ceiling":20000,"source":"council-heads-forum-page"}""");
        policy["criteria"]![1]!.ToJsonString().Should().Be("""{"criterion":"leads-change","weight":1}""");
        policy["seats"]!.ToJsonString().Should().Be("""{"minimum":15,"maximum":30,"source":"default"}""");
        policy["quotas"]![1]!.ToJsonString().Should().Be(
            """{"id":"community-arab","dimension":"community","values":["muslim","christian-western","christian-orthodox","druze"],"eachValue":false,"minimum":{"share":0.3},"source":"default"}""");
        policy["waitlist"]!.ToJsonString().Should().Be("""{"length":5,"source":"default"}""");
    }

    [Fact]
    public void ReadPolicy_HandWrittenPartnerPolicy_IsValid()
    {
        const string json = """
            {
              "schemaVersion": 1,
              "policy": {
                "source": "default",
                "eligibility": [ { "rule": "sector", "sectors": [ "civil-society" ], "source": "default" } ],
                "criteria": [ { "criterion": "leadership", "weight": 2 }, { "criterion": "teamwork", "weight": 1 } ],
                "seats": { "minimum": 10, "maximum": 12, "source": "default" },
                "quotas": [ { "id": "organization-max", "dimension": "organization", "eachValue": true, "maximum": { "count": 2 }, "source": "default" } ]
              }
            }
            """;

        var policy = SelectionJson.ReadPolicy(json).Value;

        policy.Criteria.Should().Equal(CriterionWeight.Of(MeritCriterion.Leadership, 2), CriterionWeight.Of(MeritCriterion.Teamwork));
        policy.Waitlist.Should().Be(default(Waitlist));
        policy.Quotas.Single().EachValue.Should().BeTrue();
    }

    public static TheoryData<string, string, string> BadPolicies => new()
    {
        { """{"schemaVersion": 2, "policy": {"source": "default"}}""", "$.schemaVersion", ProgramErrors.UnsupportedSchemaVersion },
        { """{"schemaVersion": 1}""", "$", SerializationErrors.Invalid },
        { """{"schemaVersion": 1, "policy": {"source": "somewhere"}}""", "$.policy.source", SerializationErrors.Invalid },
        { """{"schemaVersion": 1, "policy": {"source": "default", "seats": {"minimum": 0, "maximum": 3, "source": "default"}}}""", "$.policy.seats", CommonErrors.InvalidRange },
        { """{"schemaVersion": 1, "policy": {"source": "default", "criteria": [{"criterion": "leadership", "weight": 0}]}}""", "$.policy.criteria[0].weight", CommonErrors.OutOfRange },
        { """{"schemaVersion": 1, "policy": {"source": "default", "criteria": [{"criterion": "charm", "weight": 1}]}}""", "$.policy.criteria[0].criterion", SerializationErrors.Invalid },
        { """{"schemaVersion": 1, "policy": {"source": "default", "quotas": [{"id": "q", "dimension": "community", "values": ["jewish"], "minimum": {"count": 1, "share": 0.5}, "source": "default"}]}}""", "$.policy.quotas[0].minimum", SelectionErrors.QuotaBound },
        { """{"schemaVersion": 1, "policy": {"source": "default", "quotas": [{"id": "q", "dimension": "community", "values": ["jewish"], "minimum": {"share": 1.5}, "source": "default"}]}}""", "$.policy.quotas[0].minimum", SelectionErrors.QuotaBound },
        { """{"schemaVersion": 1, "policy": {"source": "default", "quotas": [{"id": "q", "dimension": "community", "values": ["jewish"], "source": "default"}]}}""", "$.policy.quotas[0]", SelectionErrors.QuotaNoBound },
        { """{"schemaVersion": 1, "policy": {"source": "default", "quotas": [{"id": "q", "dimension": "ses", "values": ["1"], "maximum": {"count": 1}, "source": "default"}]}}""", "$.policy.quotas[0].dimension", SerializationErrors.Invalid },
        { """{"schemaVersion": 1, "policy": {"source": "default", "eligibility": [{"rule": "dg-nomination", "source": "default"}, {"rule": "dg-nomination", "source": "default"}]}}""", "$.policy.eligibility[1]", CommonErrors.DuplicateId },
        { """{"schemaVersion": 1, "policy": {"source": "default", "eligibility": [{"rule": "director-general-nomination", "source": "default"}]}}""", "$.policy.eligibility[0]", SerializationErrors.Invalid },
        { """{"schemaVersion": 1, "policy": {"source": "default", "waitlist": {"length": -2, "source": "default"}}}""", "$.policy.waitlist.length", CommonErrors.OutOfRange },
        { """{"schemaVersion": 1, "policy": {"source": "default", "extra": 1}}""", "$.policy.extra", SerializationErrors.Invalid },
        { """{"schemaVersion": 1, "policy": {"source": "default"}""", "$", SerializationErrors.Malformed },
    };

    [Theory]
    [MemberData(nameof(BadPolicies))]
    public void ReadPolicy_BadDocument_NamesThePathAndCode(string json, string identifier, string code) =>
        SelectionJson.ReadPolicy(json).Should().HaveError(identifier, code);

    [Fact]
    public void Candidates_WrittenThenRead_IsAnEqualPool()
    {
        var pool = Candidates.Pool(Candidates.Make("a", 4), Candidates.Make("b", scores: new CriterionScores(1, 2, 3, 4, 5, 1), serving: false));
        var json = SelectionJson.Write(pool);

        SelectionJson.ReadCandidates(json).Value.Should().Be(pool);
        SelectionJson.ReadCandidates(new MemoryStream(Encoding.UTF8.GetBytes(json))).Value.Should().Be(pool);
        JsonNode.Parse(json)!["candidates"]![1]!["scores"]!.ToJsonString().Should().Be(
            """{"leadership":1,"leadsChange":2,"teamwork":3,"socialAwareness":4,"affinity":5,"commitment":1}""");
        JsonNode.Parse(json)!["candidates"]![1]!["serving"]!.GetValue<bool>().Should().BeFalse();
    }

    [Fact]
    public void ReadCandidates_EveryProblem_NamesItsJsonPath()
    {
        var json = SelectionJson.Write(Candidates.Pool(Candidates.Make("a"), Candidates.Make("b")))
            .Replace("\"id\": \"b\"", "\"id\": \"a\"", StringComparison.Ordinal)
            .Replace("\"socioeconomicCluster\": 5", "\"socioeconomicCluster\": 12", StringComparison.Ordinal);

        SelectionJson.ReadCandidates(json).Should()
            .HaveError("$.candidates[1].id", SelectionErrors.DuplicateCandidate)
            .And.HaveError("$.candidates[0].socioeconomicCluster", CommonErrors.OutOfRange)
            .And.HaveError("$.candidates[1].socioeconomicCluster", CommonErrors.OutOfRange);
        SelectionJson.ReadCandidates("""{"schemaVersion": 1, "candidates": [{"id": "a"}]}""").Should().HaveError("$.candidates[0]", SerializationErrors.Invalid);
        SelectionJson.ReadCandidates("""{"schemaVersion": 9, "candidates": []}""").Should().HaveError("$.schemaVersion", ProgramErrors.UnsupportedSchemaVersion);
    }

    [Fact]
    public void Write_Selection_HasEveryDecisionWithExactScoreBreakdownAndReasons()
    {
        var pool = Candidates.Pool(
            Candidates.Make("a", 5),
            Candidates.Make("c", scores: new CriterionScores(4, 4, 4, 4, 4, 5)),
            Candidates.Make("d", 3, community: Alka.Domain.Calendar.Community.Muslim),
            Candidates.Make("f", 2, serving: false));
        var policy = Candidates.Policy(2, 2, [Candidates.AtLeastCount("community-arab", MixDimension.Community, 1, "muslim")], 1, [ServingEligibility.Create(default).Value]);

        var json = JsonNode.Parse(SelectionJson.Write(policy.Select(pool).Value))!;

        json["schemaVersion"]!.GetValue<int>().Should().Be(1);
        (json["size"]!.GetValue<int>(), json["eligible"]!.GetValue<int>(), json["seatsShort"]!.GetValue<int>()).Should().Be((2, 3, 0));
        json["totalScore"]!.ToJsonString().Should().Be("""{"points":48,"weight":6,"value":8.00}""");
        json["quotas"]![0]!.ToJsonString().Should().Be("""{"id":"community-arab","minimum":1,"reached":1,"missing":0,"met":true}""");
        var candidates = json["candidates"]!.AsArray();
        candidates.Select(c => c!["candidate"]!.GetValue<string>()).Should().Equal("a", "d", "c", "f");
        candidates[2]!["decision"]!.GetValue<string>().Should().Be("waitlisted");
        candidates[2]!["score"]!.ToJsonString().Should().Be("""{"points":25,"weight":6,"value":4.17}""");
        candidates[2]!["reasons"]!.ToJsonString().Should().Be("""["quota:community-arab","waitlist","seats"]""");
        candidates[2]!["breakdown"]![5]!.ToJsonString().Should().Be("""{"criterion":"commitment","mark":5,"weight":1}""");
        candidates[3]!["rank"].Should().BeNull();
        candidates[3]!["reasons"]!.ToJsonString().Should().Be("""["serving"]""");
    }

    [Fact]
    public void Write_SelectionToAStream_IsTheSameBytes()
    {
        var selection = Candidates.Policy(2, 3, [Candidates.AtLeastCount("community-arab", MixDimension.Community, 1, "muslim")], 1)
            .Select(Candidates.Pool(Candidates.Make("a", 5), Candidates.Make("b", 4), Candidates.Make("d", 3, community: Alka.Domain.Calendar.Community.Muslim))).Value;
        using var stream = new MemoryStream();

        SelectionJson.Write(selection, stream);

        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(SelectionJson.Write(selection));
    }
}
