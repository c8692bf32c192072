namespace Alka.Domain.Programs;

/// <summary>Whose project a participant advances.</summary>
/// <remarks>
/// The stable text ids are public API: see <see cref="ProjectScopeIds"/>. The value <c>0</c> is not a valid value.
/// </remarks>
public enum ProjectScope
{
    /// <summary>A project of the participant's own ministry or office (פרויקט משרדי). Id <c>ministry</c>.</summary>
    Ministry = 1,

    /// <summary>A project across ministries (פרויקט בינמשרדי). Id <c>inter-ministry</c>.</summary>
    InterMinistry,
}
