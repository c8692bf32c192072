namespace Alka.Domain.Selection;

/// <summary>A merit criterion candidates are scored on; the ids are the score columns of <c>alka select</c>.</summary>
/// <remarks>
/// The stable text ids are public API: see <see cref="MeritCriterionIds"/>. The value <c>0</c> is not a valid value.
/// </remarks>
public enum MeritCriterion
{
    /// <summary>Leadership skills (כישורי מנהיגות). Id <c>leadership</c>.</summary>
    Leadership = 1,

    /// <summary>Ability to lead change in the ministry (יכולת להוביל שינויים במשרד). Id <c>leads-change</c>.</summary>
    LeadsChange,

    /// <summary>Ability to work in a team (יכולת לעבוד בצוות). Id <c>teamwork</c>.</summary>
    Teamwork,

    /// <summary>Developed social awareness (תודעה חברתית מפותחת). Id <c>social-awareness</c>.</summary>
    SocialAwareness,

    /// <summary>Affinity to and interest in the subject (זיקה לנושא ועניין). Id <c>affinity</c>.</summary>
    Affinity,

    /// <summary>Commitment to promoting interfaces with civil society (מחויבות לקידום ממשקים עם החברה האזרחית). Id <c>commitment</c>.</summary>
    Commitment,
}
