namespace Alka.Domain.Scheduling;

/// <summary>The stable text ids of <see cref="MeetingKind"/> values, as used in JSON, files and on the command line.</summary>
public static class MeetingKindIds
{
    /// <summary>Every value, in declaration order.</summary>
    public static IReadOnlyList<MeetingKind> All { get; } =
        [MeetingKind.Forum, MeetingKind.National, MeetingKind.SteeringCommittee, MeetingKind.ExpandedSteeringCommittee, MeetingKind.PlanningTeam, MeetingKind.StudyTour, MeetingKind.CohortMeeting];

    /// <summary>Returns the id of <paramref name="value"/>, e.g. <c>cohort-meeting</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string ToId(this MeetingKind value) => value switch
    {
        MeetingKind.Forum => "forum",
        MeetingKind.National => "national",
        MeetingKind.SteeringCommittee => "steering-committee",
        MeetingKind.ExpandedSteeringCommittee => "expanded-steering-committee",
        MeetingKind.PlanningTeam => "planning-team",
        MeetingKind.StudyTour => "study-tour",
        MeetingKind.CohortMeeting => "cohort-meeting",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a meeting kind."),
    };

    /// <summary>Finds the value whose id is <paramref name="id"/> (ordinal, case-sensitive).</summary>
    /// <returns><see langword="true"/> when <paramref name="id"/> names a value.</returns>
    public static bool TryParse(string? id, out MeetingKind value) => Ids.TryParse(All, ToId, id, out value);
}
