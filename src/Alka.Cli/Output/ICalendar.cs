using System.Text;
using NodaTime;
using NodaTime.Text;

namespace Alka.Cli.Output;

/// <summary>
/// Writes an RFC 5545 calendar: <c>CRLF</c> line ends, lines folded at 75 octets (never inside a UTF-8 sequence),
/// text values escaped, times local to one zone (<c>TZID</c>) whose <c>VTIMEZONE</c> lists every offset change of the
/// period from the time-zone database. Written here rather than through a calendar package so that the native tool
/// needs no reflection; the tests read the output back with Ical.Net's parser.
/// </summary>
/// <remarks>Not thread-safe: one command writes it.</remarks>
internal sealed class ICalendar
{
    private static readonly LocalDateTimePattern Local = LocalDateTimePattern.CreateWithInvariantCulture("uuuuMMdd'T'HHmmss");
    private static readonly OffsetPattern OffsetText = OffsetPattern.CreateWithInvariantCulture("+HHmm");

    private readonly OutputWriter _output;
    private readonly DateTimeZone _zone;
    private readonly StringBuilder _line = new();

    /// <summary>Begins a calendar of <paramref name="productId"/> on <paramref name="output"/>, its times in <paramref name="zone"/>.</summary>
    public ICalendar(OutputWriter output, string productId, DateTimeZone zone, LocalDate from, LocalDate to)
    {
        _output = output;
        _zone = zone;
        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Property("PRODID", productId);
        Line("CALSCALE:GREGORIAN");
        TimeZone(from, to);
    }

    /// <summary>Writes one event; <paramref name="stamp"/> is its <c>DTSTAMP</c> (fixed, so that the same plan gives the same file).</summary>
    public void Event(string uid, Instant stamp, ZonedDateTime start, ZonedDateTime end, string summary, string description, string? location)
    {
        Line("BEGIN:VEVENT");
        Property("UID", uid);
        Line("DTSTAMP:" + Local.Format(stamp.InUtc().LocalDateTime) + "Z");
        Line($"DTSTART;TZID={_zone.Id}:{Local.Format(start.LocalDateTime)}");
        Line($"DTEND;TZID={_zone.Id}:{Local.Format(end.LocalDateTime)}");
        Property("SUMMARY", summary);
        Property("DESCRIPTION", description);
        if (location is not null)
        {
            Property("LOCATION", location);
        }

        Line("END:VEVENT");
    }

    /// <summary>Ends the calendar.</summary>
    public void End() => Line("END:VCALENDAR");

    // The zone's observances in force from a day before the period to a day after it, each from its onset.
    private void TimeZone(LocalDate from, LocalDate to)
    {
        Line("BEGIN:VTIMEZONE");
        Line("TZID:" + _zone.Id);
        var start = from.PlusDays(-1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
        var end = to.PlusDays(2).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
        foreach (var interval in _zone.GetZoneIntervals(start, end))
        {
            var before = interval.HasStart ? _zone.GetUtcOffset(interval.Start - Duration.Epsilon) : interval.WallOffset;
            var onset = interval.HasStart ? interval.Start : start;
            var kind = interval.Savings == Offset.Zero ? "STANDARD" : "DAYLIGHT";
            Line("BEGIN:" + kind);
            Line("DTSTART:" + Local.Format(onset.WithOffset(before).LocalDateTime));
            Line("TZOFFSETFROM:" + OffsetText.Format(before));
            Line("TZOFFSETTO:" + OffsetText.Format(interval.WallOffset));
            Property("TZNAME", interval.Name);
            Line("END:" + kind);
        }

        Line("END:VTIMEZONE");
    }

    // NAME:value with the value's backslashes, semicolons, commas and line breaks escaped (RFC 5545, 3.3.11).
    private void Property(string name, string value)
    {
        _line.Clear().Append(name).Append(':');
        foreach (var c in value)
        {
            _ = c switch
            {
                '\\' or ';' or ',' => _line.Append('\\').Append(c),
                '\n' => _line.Append("\\n"),
                '\r' => _line,
                _ => _line.Append(c),
            };
        }

        Line(_line.ToString());
    }

    // A content line folded at 75 octets: CRLF and a space before each continuation, never inside a character.
    private void Line(string line)
    {
        var octets = 0;
        var limit = 75;
        for (var i = 0; i < line.Length; i++)
        {
            var length = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, length));
            if (octets + size > limit)
            {
                _output.Write("\r\n ");
                (octets, limit) = (0, 74);
            }

            _output.Write(line.AsSpan(i, length));
            octets += size;
            i += length - 1;
        }

        _output.Write("\r\n");
    }
}
