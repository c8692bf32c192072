using Alka.Domain.Calendar;

namespace Alka.Domain.Tests.Calendar;

/// <summary>Maps the reference data's month names and NodaTime's scriptural month numbers to <see cref="HebrewMonth"/>.</summary>
internal static class HebrewMonths
{
    public static HebrewMonth FromReferenceName(string name) => name switch
    {
        "Tishrei" => HebrewMonth.Tishrei,
        "Cheshvan" => HebrewMonth.Cheshvan,
        "Kislev" => HebrewMonth.Kislev,
        "Tevet" => HebrewMonth.Tevet,
        "Sh'vat" => HebrewMonth.Shvat,
        "Adar" => HebrewMonth.Adar,
        "Adar I" => HebrewMonth.AdarI,
        "Adar II" => HebrewMonth.AdarII,
        "Nisan" => HebrewMonth.Nisan,
        "Iyyar" => HebrewMonth.Iyyar,
        "Sivan" => HebrewMonth.Sivan,
        "Tamuz" => HebrewMonth.Tamuz,
        "Av" => HebrewMonth.Av,
        "Elul" => HebrewMonth.Elul,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a month name of the reference data."),
    };

    /// <summary>NodaTime's <c>HebrewMonthNumbering.Scriptural</c>: Nisan = 1 … Elul = 6, Tishrei = 7 … Sh'vat = 11, 12 Adar (Adar I in a leap year), 13 Adar II.</summary>
    public static HebrewMonth FromScriptural(int month, bool leapYear) => month switch
    {
        1 => HebrewMonth.Nisan,
        2 => HebrewMonth.Iyyar,
        3 => HebrewMonth.Sivan,
        4 => HebrewMonth.Tamuz,
        5 => HebrewMonth.Av,
        6 => HebrewMonth.Elul,
        7 => HebrewMonth.Tishrei,
        8 => HebrewMonth.Cheshvan,
        9 => HebrewMonth.Kislev,
        10 => HebrewMonth.Tevet,
        11 => HebrewMonth.Shvat,
        12 => leapYear ? HebrewMonth.AdarI : HebrewMonth.Adar,
        13 => HebrewMonth.AdarII,
        _ => throw new ArgumentOutOfRangeException(nameof(month), month, "Not a scriptural month number."),
    };
}
