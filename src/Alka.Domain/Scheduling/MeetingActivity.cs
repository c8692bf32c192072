namespace Alka.Domain.Scheduling;

/// <summary>What happens in a meeting.</summary>
/// <remarks>
/// The stable text ids are public API: see <see cref="MeetingActivityIds"/>. The value <c>0</c> is not a valid value.
/// </remarks>
public enum MeetingActivity
{
    /// <summary>Lectures by experts: academics and senior managers (הרצאות מומחים). Id <c>expert-lectures</c>.</summary>
    ExpertLectures = 1,

    /// <summary>Analysis of case studies (ניתוח מקרי בוחן). Id <c>case-studies</c>.</summary>
    CaseStudies,

    /// <summary>Field tours (סיורי שטח). Id <c>field-tours</c>.</summary>
    FieldTours,

    /// <summary>Peer learning (למידת עמיתים). Id <c>peer-learning</c>.</summary>
    PeerLearning,

    /// <summary>Peer consultation between participants (התייעצות עמיתים). Id <c>peer-consultation</c>.</summary>
    PeerConsultation,

    /// <summary>Meetings with Directors-General and senior officials of ministries. Id <c>meetings-with-senior-officials</c>.</summary>
    MeetingsWithSeniorOfficials,

    /// <summary>Mutual updates between participants (עדכון הדדי). Id <c>mutual-update</c>.</summary>
    MutualUpdate,

    /// <summary>Advancing joint initiatives (קידום יוזמות משותפות). Id <c>joint-initiatives</c>.</summary>
    JointInitiatives,

    /// <summary>Advancing the participants' projects (קידום פרויקט). Id <c>project-work</c>.</summary>
    ProjectWork,
}
