using System.Text.Json.Serialization;
using Alka.Domain.Serialization;

namespace Alka.Domain.Calendar;

/// <summary>
/// What an observance means for scheduling; an observance has one or more.
/// </summary>
/// <remarks>
/// The ids of the flags are public API (see <see cref="Ids"/>). The flags are declared in the order in which their
/// ids are written: <c>national|rest-day</c> in files (<see cref="Ids.ToIds{T}"/>), <c>["national", "rest-day"]</c>
/// in JSON.
/// </remarks>
[JsonConverter(typeof(IdJsonConverter<ObservanceCategories>))]
[Flags]
#pragma warning disable CA1711 // "Categories" is the domain's word, not a collection suffix.
public enum ObservanceCategories
#pragma warning restore CA1711
{
    /// <summary>No category.</summary>
    None = 0,

    /// <summary>An Israeli civic day set by law or government decision; some move by postponement rules.</summary>
    [JsonStringEnumMemberName("national")]
    National = 1 << 0,

    /// <summary>A statutory day of rest (יום שבתון): offices closed, nothing scheduled.</summary>
    [JsonStringEnumMemberName("rest-day")]
    RestDay = 1 << 1,

    /// <summary>An intermediate festival day: many offices and schools partly closed.</summary>
    [JsonStringEnumMemberName("chol-hamoed")]
    CholHamoed = 1 << 2,

    /// <summary>The day before a rest day (ערב חג): offices close early, the evening is the holiday.</summary>
    [JsonStringEnumMemberName("eve")]
    Eve = 1 << 3,

    /// <summary>A public fast during the day.</summary>
    [JsonStringEnumMemberName("fast")]
    Fast = 1 << 4,

    /// <summary>A fast begins at sunset.</summary>
    [JsonStringEnumMemberName("fast-eve")]
    FastEve = 1 << 5,

    /// <summary>A solemn day: no festive or social event.</summary>
    [JsonStringEnumMemberName("memorial")]
    Memorial = 1 << 6,

    /// <summary>A minor festival or custom: a normal workday.</summary>
    [JsonStringEnumMemberName("minor")]
    Minor = 1 << 7,

    /// <summary>A named Shabbat, on a Saturday anyway.</summary>
    [JsonStringEnumMemberName("special-shabbat")]
    SpecialShabbat = 1 << 8,

    /// <summary>The new month.</summary>
    [JsonStringEnumMemberName("rosh-chodesh")]
    RoshChodesh = 1 << 9,
}
