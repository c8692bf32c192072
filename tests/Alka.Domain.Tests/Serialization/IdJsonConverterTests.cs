using System.Text.Json;
using Alka.Domain.Calendar;
using Alka.Domain.Scheduling;
using Alka.Domain.Serialization;

namespace Alka.Domain.Tests.Serialization;

/// <summary>Enums in JSON: their ids, strictly; a flags enum as the list of its flags' ids.</summary>
public class IdJsonConverterTests
{
    // The reflection-based serializer honours the converter each enum names, as the source-generated context does.
    private static readonly JsonSerializerOptions Reflection = new();

    [Fact]
    public void Write_IsTheId()
    {
        JsonSerializer.Serialize(MeetingKind.CohortMeeting, AlkaJson.Options).Should().Be("\"cohort-meeting\"");
        JsonSerializer.Serialize(MeetingKind.CohortMeeting, Reflection).Should().Be("\"cohort-meeting\"");
        FluentActions.Invoking(() => JsonSerializer.Serialize((MeetingKind)0, AlkaJson.Options)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Read_AnId_IsItsMember_EscapedOrNot()
    {
        Read<MeetingKind>("\"study-tour\"").Should().Be(MeetingKind.StudyTour);
        Read<MeetingKind>("\"study\\u002Dtour\"").Should().Be(MeetingKind.StudyTour);
    }

    [Theory]
    [InlineData("\"Study-Tour\"", "*'Study-Tour'*MeetingKind*forum, national, steering-committee, expanded-steering-committee, planning-team, study-tour, cohort-meeting.")]
    [InlineData("\"StudyTour\"", "*'StudyTour'*MeetingKind*forum, national, steering-committee, expanded-steering-committee, planning-team, study-tour, cohort-meeting.")]
    [InlineData("6", "*MeetingKind*Number*")]
    [InlineData("null", "*MeetingKind*Null*")]
    [InlineData("[\"forum\"]", "*MeetingKind*StartArray*")]
    public void Read_AnythingButAnId_IsAJsonExceptionListingTheIds(string json, string message) =>
        FluentActions.Invoking(() => Read<MeetingKind>(json)).Should().Throw<JsonException>().WithMessage(message);

    [Fact]
    public void Flags_AreTheListOfTheirIdsInDeclarationOrder()
    {
        var categories = ObservanceCategories.RestDay | ObservanceCategories.National;

        JsonSerializer.Serialize(categories, Reflection).Should().Be("[\"national\",\"rest-day\"]");
        JsonSerializer.Serialize(ObservanceCategories.None, Reflection).Should().Be("[]");
        Read<ObservanceCategories>("[\"rest-day\", \"national\"]").Should().Be(categories);
        Read<ObservanceCategories>("[]").Should().Be(ObservanceCategories.None);
    }

    [Theory]
    [InlineData("\"national\"", "*list*ObservanceCategories*String*")]
    [InlineData("[\"eve\", \"eve\"]", "'eve' appears more than once.")]
    [InlineData("[\"eve\", 8]", "*ObservanceCategories*Number*")]
    [InlineData("[\"none\"]", "*'none'*ObservanceCategories*national, rest-day, chol-hamoed, eve, fast, fast-eve, memorial, minor, special-shabbat, rosh-chodesh.")]
    public void Flags_ReadAnythingButDistinctIds_IsAJsonException(string json, string message) =>
        FluentActions.Invoking(() => Read<ObservanceCategories>(json)).Should().Throw<JsonException>().WithMessage(message);

    [Fact]
    public void DictionaryKeys_AreIds()
    {
        var actions = new Dictionary<DayCondition, DayAction> { [DayCondition.PossibleDay] = DayAction.Avoid };

        JsonSerializer.Serialize(actions, Reflection).Should().Be("{\"possible-day\":\"avoid\"}");
        JsonSerializer.Deserialize<Dictionary<DayCondition, DayAction>>("{\"possible-day\":\"avoid\"}", Reflection).Should().Equal(actions);
        FluentActions.Invoking(() => JsonSerializer.Deserialize<Dictionary<DayCondition, DayAction>>("{\"PossibleDay\":\"avoid\"}", Reflection))
            .Should().Throw<JsonException>();
    }

    private static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Reflection)!;
}
