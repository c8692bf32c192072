using System.Text.Json.Serialization;
using Alka.Domain.Serialization;

namespace Alka.Domain.Scheduling;

/// <summary>What happens in a meeting.</summary>
/// <remarks>
/// The ids of its members are public API (see <see cref="Ids"/>). The value <c>0</c> is not a valid value.
/// </remarks>
[JsonConverter(typeof(IdJsonConverter<MeetingActivity>))]
public enum MeetingActivity
{
    /// <summary>Lectures by experts: academics and senior managers (הרצאות מומחים).</summary>
    [JsonStringEnumMemberName("expert-lectures")]
    ExpertLectures = 1,

    /// <summary>Analysis of case studies (ניתוח מקרי בוחן).</summary>
    [JsonStringEnumMemberName("case-studies")]
    CaseStudies,

    /// <summary>Field tours (סיורי שטח).</summary>
    [JsonStringEnumMemberName("field-tours")]
    FieldTours,

    /// <summary>Peer learning (למידת עמיתים).</summary>
    [JsonStringEnumMemberName("peer-learning")]
    PeerLearning,

    /// <summary>Peer consultation between participants (התייעצות עמיתים).</summary>
    [JsonStringEnumMemberName("peer-consultation")]
    PeerConsultation,

    /// <summary>Meetings with Directors-General and senior officials of ministries.</summary>
    [JsonStringEnumMemberName("meetings-with-senior-officials")]
    MeetingsWithSeniorOfficials,

    /// <summary>Mutual updates between participants (עדכון הדדי).</summary>
    [JsonStringEnumMemberName("mutual-update")]
    MutualUpdate,

    /// <summary>Advancing joint initiatives (קידום יוזמות משותפות).</summary>
    [JsonStringEnumMemberName("joint-initiatives")]
    JointInitiatives,

    /// <summary>Advancing the participants' projects (קידום פרויקט).</summary>
    [JsonStringEnumMemberName("project-work")]
    ProjectWork,
}
