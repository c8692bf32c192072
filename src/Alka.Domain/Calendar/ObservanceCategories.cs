namespace Alka.Domain.Calendar;

/// <summary>
/// What an observance means for scheduling; an observance has one or more. The stable text ids
/// (<c>rest-day</c>, <c>eve</c>, …) are public API: see <see cref="ObservanceCategoryIds"/>.
/// </summary>
/// <remarks>The flags are declared in the order in which their ids are written (<c>national|rest-day</c>).</remarks>
[Flags]
#pragma warning disable CA1711 // "Categories" is the domain's word, not a collection suffix.
public enum ObservanceCategories
#pragma warning restore CA1711
{
    /// <summary>No category.</summary>
    None = 0,

    /// <summary>An Israeli civic day set by law or government decision; some move by postponement rules (<c>national</c>).</summary>
    National = 1 << 0,

    /// <summary>A statutory day of rest (יום שבתון): offices closed, nothing scheduled (<c>rest-day</c>).</summary>
    RestDay = 1 << 1,

    /// <summary>An intermediate festival day: many offices and schools partly closed (<c>chol-hamoed</c>).</summary>
    CholHamoed = 1 << 2,

    /// <summary>The day before a rest day (ערב חג): offices close early, the evening is the holiday (<c>eve</c>).</summary>
    Eve = 1 << 3,

    /// <summary>A public fast during the day (<c>fast</c>).</summary>
    Fast = 1 << 4,

    /// <summary>A fast begins at sunset (<c>fast-eve</c>).</summary>
    FastEve = 1 << 5,

    /// <summary>A solemn day: no festive or social event (<c>memorial</c>).</summary>
    Memorial = 1 << 6,

    /// <summary>A minor festival or custom: a normal workday (<c>minor</c>).</summary>
    Minor = 1 << 7,

    /// <summary>A named Shabbat, on a Saturday anyway (<c>special-shabbat</c>).</summary>
    SpecialShabbat = 1 << 8,

    /// <summary>The new month (<c>rosh-chodesh</c>).</summary>
    RoshChodesh = 1 << 9,
}
