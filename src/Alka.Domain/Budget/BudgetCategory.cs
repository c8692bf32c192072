using System.Text.Json.Serialization;
using Alka.Domain.Serialization;

namespace Alka.Domain.Budget;

/// <summary>The category of a line of a cohort budget (the line categories of the budget rules).</summary>
/// <remarks>The ids of its members are public API (see <see cref="Ids"/>). The value <c>0</c> is not a category.</remarks>
[JsonConverter(typeof(IdJsonConverter<BudgetCategory>))]
public enum BudgetCategory
{
    /// <summary>The program's staff: the program managers and the coordinator (כוח אדם).</summary>
    [JsonStringEnumMemberName("staff")]
    Staff = 1,

    /// <summary>Facilitation of the cohort's meetings and groups (הנחיה).</summary>
    [JsonStringEnumMemberName("facilitation")]
    Facilitation,

    /// <summary>Content: development of the curriculum and its materials (תוכן).</summary>
    [JsonStringEnumMemberName("content")]
    Content,

    /// <summary>Venues: the guest houses and halls the institute contracts for meetings (מקומות מפגש).</summary>
    [JsonStringEnumMemberName("venues")]
    Venues,

    /// <summary>Lecturers and guest speakers (מרצים).</summary>
    [JsonStringEnumMemberName("lecturers")]
    Lecturers,

    /// <summary>The study tour (סיור לימודי).</summary>
    [JsonStringEnumMemberName("study-tour")]
    StudyTour,

    /// <summary>The participants' projects (פרויקטים).</summary>
    [JsonStringEnumMemberName("projects")]
    Projects,

    /// <summary>A reserve for the unforeseen (רזרבה); a reserve above 10% of the total is reported (<see cref="BudgetRules.ReserveShare"/>).</summary>
    [JsonStringEnumMemberName("reserve")]
    Reserve,

    /// <summary>Anything else (אחר).</summary>
    [JsonStringEnumMemberName("other")]
    Other,
}
