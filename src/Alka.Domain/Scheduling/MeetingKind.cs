namespace Alka.Domain.Scheduling;

/// <summary>The kind of a meeting; the ids are those of the <c>kind</c> column of <c>alka plan</c>.</summary>
/// <remarks>
/// The stable text ids are public API: see <see cref="MeetingKindIds"/>. The value <c>0</c> is not a valid value.
/// </remarks>
public enum MeetingKind
{
    /// <summary>A meeting of the forum (or of one of its regional forums). Id <c>forum</c>.</summary>
    Forum = 1,

    /// <summary>A national meeting of all the regional forums together. Id <c>national</c>.</summary>
    National,

    /// <summary>A meeting of the steering committee. Id <c>steering-committee</c>.</summary>
    SteeringCommittee,

    /// <summary>A meeting of the expanded steering committee. Id <c>expanded-steering-committee</c>.</summary>
    ExpandedSteeringCommittee,

    /// <summary>A meeting of the planning team. Id <c>planning-team</c>.</summary>
    PlanningTeam,

    /// <summary>A study tour (abroad). Id <c>study-tour</c>.</summary>
    StudyTour,

    /// <summary>A meeting of a cohort of a learning program. Id <c>cohort-meeting</c>.</summary>
    CohortMeeting,
}
