using System.Globalization;
using Alka.Domain.Planning;
using NodaTime;
using NodaTime.Text;
using NodaTime.TimeZones;

namespace Alka.Domain.Serialization;

/// <summary>
/// A meeting time in <c>Asia/Jerusalem</c> as an ISO date-time with its offset, <c>2027-03-25T09:00:00+02:00</c>
/// (RFC 3339); read back, the offset must be the zone's at that local time.
/// </summary>
internal sealed class ZonedDateTimeConverter() : PatternConverter<ZonedDateTime>(
    ZonedDateTimePattern.Create(
        "uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>",
        CultureInfo.InvariantCulture,
        Resolvers.StrictResolver,
        DateTimeZoneProviders.Tzdb,
        new LocalDateTime(2000, 1, 1, 0, 0).InZoneStrictly(MeetingDay.Zone)),
    "a date-time with offset in Asia/Jerusalem (2027-03-25T09:00:00+02:00)");
