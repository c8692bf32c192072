using System.Text;
using System.Text.Json.Nodes;
using Alka.Domain.Calendar;
using Alka.Domain.Planning;
using Alka.Domain.Serialization;
using Alka.Domain.Tests.Support;
using NodaTime;

namespace Alka.Domain.Tests.Serialization;

public class PlanJsonTests
{
    private static readonly Lazy<Plan> Heads = new(() => PlanningData.Planned(PlanningData.CouncilHeadsYear(studyTour: true)));

    private static readonly Lazy<Plan> Replanned = new(PlanningData.CouncilHeadsReplanned);

    [Fact]
    public void Write_ThenRead_GivesAnEqualPlan()
    {
        foreach (var plan in new[] { Heads.Value, Replanned.Value })
        {
            var read = PlanJson.Read(PlanJson.Write(plan));

            read.IsSuccess.Should().BeTrue(string.Join("; ", read.ValidationErrors.Select(e => $"{e.Identifier}: {e.ErrorCode}: {e.ErrorMessage}")));
            read.Value.Should().Be(plan);
            PlanJson.Write(read.Value).Should().Be(PlanJson.Write(plan));
        }

        Replanned.Value.Changes.Should().NotBeEmpty();
    }

    [Fact]
    public void Write_HasSchemaVersionCamelCaseIdsIsoDatesAndTimesWithOffset()
    {
        var json = JsonNode.Parse(PlanJson.Write(Heads.Value))!;

        json["schemaVersion"]!.GetValue<int>().Should().Be(1);
        json["program"]!.GetValue<string>().Should().Be("council-heads-forum");
        json["from"]!.GetValue<string>().Should().Be("2026-09-01");
        json["communities"]!.AsArray().Should().HaveCount(5);
        var forum = json["meetings"]!.AsArray().First(m => m!["id"]!.GetValue<string>() == "forum-01")!;
        forum["kind"]!.GetValue<string>().Should().Be("forum");
        forum["group"]!.GetValue<string>().Should().Be("all");
        forum["host"]!.GetValue<string>().Should().MatchRegex("^[0-9]{4}$");
        var day = forum["days"]![0]!;
        day["start"]!.GetValue<string>().Should().MatchRegex(@"^\d{4}-\d\d-\d\dT09:00:00\+0[23]:00$");
        day["hebrewDate"]!["hebrew"]!.GetValue<string>().Should().Be(HebrewDate.FromLocalDate(LocalDate.FromDateTime(DateTime.Parse(day["date"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture))).ToHebrewString());
        forum["considered"]!.AsArray().Should().NotBeEmpty();
        forum["considered"]![0]!.AsObject().Select(p => p.Key).Should().Equal("date", "rule", "verdict", "message");
        json["rules"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()).Should().Contain(PlanRules.PlanningTeam);
    }

    public static TheoryData<string, string, string, string> Broken => new()
    {
        { "a schema version of 2", "\"schemaVersion\": 1", "\"schemaVersion\": 2", Domain.Programs.ProgramErrors.UnsupportedSchemaVersion },
        { "a summer offset in winter", "T09:00:00+02:00", "T09:00:00+05:00", SerializationErrors.Invalid },
        { "a made-up rule", "\"rule\": \"blocked-day\"", "\"rule\": \"blocked-week\"", Validation.CommonErrors.UnknownReference },
        { "a Hebrew date of another day", "\"english\": \"19 Elul 5786\"", "\"english\": \"20 Elul 5786\"", PlanningErrors.InvalidMeeting },
        { "an unknown kind", "\"kind\": \"forum\"", "\"kind\": \"fair\"", SerializationErrors.Invalid },
        { "an unknown member", "\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"extra\": 0,", SerializationErrors.Invalid },
        { "a host not in the plan", "\"host\": \"0472\"", "\"host\": \"9999\"", Validation.CommonErrors.UnknownReference },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Read_BrokenDocument_ListsTheProblemWithItsPath(string why, string find, string replace, string code)
    {
        var json = PlanJson.Write(Heads.Value);
        json.Should().Contain(find, why);

        var read = PlanJson.Read(ReplaceFirst(json, find, replace));

        read.IsSuccess.Should().BeFalse(why);
        read.ValidationErrors.Should().Contain(e => e.ErrorCode == code && e.Identifier.StartsWith('$'), why);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{\"schemaVersion\": 1")]
    public void Read_NotAPlan_IsAnErrorNeverAnException(string json) =>
        FluentActions.Invoking(() => PlanJson.Read(json)).Should().NotThrow().Which.IsSuccess.Should().BeFalse();

    [Fact]
    public void Read_StreamAndBytes_ReadTheSamePlan()
    {
        var bytes = Encoding.UTF8.GetBytes(PlanJson.Write(Heads.Value));

        PlanJson.Read(new MemoryStream(bytes)).Value.Should().Be(Heads.Value);
        PlanJson.Read(bytes.AsSpan()).Value.Should().Be(Heads.Value);
    }

    [Fact]
    public void WriteChanges_IsAnArrayOfChanges()
    {
        var json = JsonNode.Parse(PlanJson.Write(Replanned.Value.Changes))!.AsArray();

        json.Should().HaveCount(Replanned.Value.Changes.Count);
        json[0]!["change"]!.GetValue<string>().Should().Be(Replanned.Value.Changes[0].Kind.ToId());
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return text[..at] + replace + text[(at + find.Length)..];
    }
}
