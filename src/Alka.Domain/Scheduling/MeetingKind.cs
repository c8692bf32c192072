using System.Text.Json.Serialization;
using Alka.Domain.Serialization;

namespace Alka.Domain.Scheduling;

/// <summary>The kind of a meeting; the ids are those of the <c>kind</c> column of <c>alka plan</c>.</summary>
/// <remarks>
/// The ids of its members are public API (see <see cref="Ids"/>). The value <c>0</c> is not a valid value.
/// </remarks>
[JsonConverter(typeof(IdJsonConverter<MeetingKind>))]
public enum MeetingKind
{
    /// <summary>A meeting of the forum (or of one of its regional forums).</summary>
    [JsonStringEnumMemberName("forum")]
    Forum = 1,

    /// <summary>A national meeting of all the regional forums together.</summary>
    [JsonStringEnumMemberName("national")]
    National,

    /// <summary>A meeting of the steering committee.</summary>
    [JsonStringEnumMemberName("steering-committee")]
    SteeringCommittee,

    /// <summary>A meeting of the expanded steering committee.</summary>
    [JsonStringEnumMemberName("expanded-steering-committee")]
    ExpandedSteeringCommittee,

    /// <summary>A meeting of the planning team.</summary>
    [JsonStringEnumMemberName("planning-team")]
    PlanningTeam,

    /// <summary>A study tour (abroad).</summary>
    [JsonStringEnumMemberName("study-tour")]
    StudyTour,

    /// <summary>A meeting of a cohort of a learning program.</summary>
    [JsonStringEnumMemberName("cohort-meeting")]
    CohortMeeting,
}
