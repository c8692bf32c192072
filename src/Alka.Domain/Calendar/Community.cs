namespace Alka.Domain.Calendar;

/// <summary>
/// A religious community whose days off a forum must respect. Forums of the institute deliberately mix Jewish,
/// Arab (Muslim and Christian), Druze and Bedouin participants; Bedouin participants are <see cref="Muslim"/>.
/// </summary>
/// <remarks>
/// The stable text ids (<c>jewish</c>, <c>muslim</c>, <c>christian-western</c>, <c>christian-orthodox</c>,
/// <c>druze</c>) are public API: see <see cref="CommunityIds"/>. The value <c>0</c> is not a community.
/// </remarks>
public enum Community
{
    /// <summary>Jewish: the Israeli observance calendar (<c>jewish</c>).</summary>
    Jewish = 1,

    /// <summary>Muslim, Bedouin included: Hijri holidays (<c>muslim</c>).</summary>
    Muslim,

    /// <summary>Christians who follow the Gregorian computus (<c>christian-western</c>).</summary>
    ChristianWestern,

    /// <summary>Christians who follow the Julian computus and calendar (<c>christian-orthodox</c>).</summary>
    ChristianOrthodox,

    /// <summary>Druze: their own feasts and Eid al-Adha (<c>druze</c>).</summary>
    Druze,
}
