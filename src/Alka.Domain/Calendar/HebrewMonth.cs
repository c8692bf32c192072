namespace Alka.Domain.Calendar;

/// <summary>
/// A month of the Hebrew calendar, named rather than numbered so that no month numbering is ever ambiguous.
/// </summary>
/// <remarks>
/// <para>
/// Values are in the civil order of the year, which begins with Tishrei. <see cref="Adar"/> exists only in common
/// years; <see cref="AdarI"/> and <see cref="AdarII"/> only in leap years. NodaTime numbers months differently
/// (<see cref="NodaTime.Calendars.HebrewMonthNumbering"/>); <see cref="HebrewDate.ToNodaTime(NodaTime.Calendars.HebrewMonthNumbering)"/>
/// converts.
/// </para>
/// <para>The value <c>0</c> is not a month.</para>
/// </remarks>
public enum HebrewMonth
{
    /// <summary>Tishrei (תשרי), 30 days.</summary>
    Tishrei = 1,

    /// <summary>Cheshvan (חשוון, Marcheshvan), 29 or 30 days.</summary>
    Cheshvan,

    /// <summary>Kislev (כסלו), 30 or 29 days.</summary>
    Kislev,

    /// <summary>Tevet (טבת), 29 days.</summary>
    Tevet,

    /// <summary>Sh'vat (שבט), 30 days.</summary>
    Shvat,

    /// <summary>Adar (אדר), 29 days: common years only.</summary>
    Adar,

    /// <summary>Adar I (אדר א׳), 30 days: leap years only.</summary>
    AdarI,

    /// <summary>Adar II (אדר ב׳), 29 days: leap years only; Purim is kept in it.</summary>
    AdarII,

    /// <summary>Nisan (ניסן), 30 days.</summary>
    Nisan,

    /// <summary>Iyyar (אייר), 29 days.</summary>
    Iyyar,

    /// <summary>Sivan (סיוון), 30 days.</summary>
    Sivan,

    /// <summary>Tamuz (תמוז), 29 days.</summary>
    Tamuz,

    /// <summary>Av (אב), 30 days.</summary>
    Av,

    /// <summary>Elul (אלול), 29 days.</summary>
    Elul,
}
