using System.Text.Json.Serialization;
using Alka.Domain.Serialization;

namespace Alka.Domain.Programs;

/// <summary>Whose project a participant advances.</summary>
/// <remarks>
/// The ids of its members are public API (see <see cref="Ids"/>). The value <c>0</c> is not a valid value.
/// </remarks>
[JsonConverter(typeof(IdJsonConverter<ProjectScope>))]
public enum ProjectScope
{
    /// <summary>A project of the participant's own ministry or office (פרויקט משרדי).</summary>
    [JsonStringEnumMemberName("ministry")]
    Ministry = 1,

    /// <summary>A project across ministries (פרויקט בינמשרדי).</summary>
    [JsonStringEnumMemberName("inter-ministry")]
    InterMinistry,
}
