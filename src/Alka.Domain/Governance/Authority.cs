namespace Alka.Domain.Governance;

/// <summary>A matter a governing body is empowered to decide or to do.</summary>
/// <remarks>
/// The stable text ids are public API: see <see cref="AuthorityIds"/>. The value <c>0</c> is not a valid value.
/// </remarks>
public enum Authority
{
    /// <summary>Decides policy (מדיניות). Id <c>policy</c>.</summary>
    Policy = 1,

    /// <summary>Decides personnel (כוח אדם). Id <c>personnel</c>.</summary>
    Personnel,

    /// <summary>Decides the budget (תקציב). Id <c>budget</c>.</summary>
    Budget,

    /// <summary>Shapes content, topics and lecturers (תכנים). Id <c>content</c>.</summary>
    Content,

    /// <summary>Accompanies and supervises the program (מלווה ומפקחת). Id <c>supervision</c>.</summary>
    Supervision,

    /// <summary>Audits the program's conduct (מבקרת). Id <c>audit</c>.</summary>
    Audit,

    /// <summary>Plans the year of activity (תכנון שנת הפעילות). Id <c>planning</c>.</summary>
    Planning,

    /// <summary>Runs the program day to day (ניהול שוטף). Id <c>operations</c>.</summary>
    Operations,
}
