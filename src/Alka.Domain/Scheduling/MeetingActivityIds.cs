namespace Alka.Domain.Scheduling;

/// <summary>The stable text ids of <see cref="MeetingActivity"/> values, as used in JSON, files and on the command line.</summary>
public static class MeetingActivityIds
{
    /// <summary>Every value, in declaration order.</summary>
    public static IReadOnlyList<MeetingActivity> All { get; } =
        [MeetingActivity.ExpertLectures, MeetingActivity.CaseStudies, MeetingActivity.FieldTours, MeetingActivity.PeerLearning, MeetingActivity.PeerConsultation, MeetingActivity.MeetingsWithSeniorOfficials, MeetingActivity.MutualUpdate, MeetingActivity.JointInitiatives, MeetingActivity.ProjectWork];

    /// <summary>Returns the id of <paramref name="value"/>, e.g. <c>project-work</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string ToId(this MeetingActivity value) => value switch
    {
        MeetingActivity.ExpertLectures => "expert-lectures",
        MeetingActivity.CaseStudies => "case-studies",
        MeetingActivity.FieldTours => "field-tours",
        MeetingActivity.PeerLearning => "peer-learning",
        MeetingActivity.PeerConsultation => "peer-consultation",
        MeetingActivity.MeetingsWithSeniorOfficials => "meetings-with-senior-officials",
        MeetingActivity.MutualUpdate => "mutual-update",
        MeetingActivity.JointInitiatives => "joint-initiatives",
        MeetingActivity.ProjectWork => "project-work",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a meeting activity."),
    };

    /// <summary>Finds the value whose id is <paramref name="id"/> (ordinal, case-sensitive).</summary>
    /// <returns><see langword="true"/> when <paramref name="id"/> names a value.</returns>
    public static bool TryParse(string? id, out MeetingActivity value) => Ids.TryParse(All, ToId, id, out value);
}
