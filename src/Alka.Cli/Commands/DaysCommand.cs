using System.CommandLine;
using Alka.Cli.Output;
using Alka.Domain;
using Alka.Domain.Calendar;
using Alka.Domain.Scheduling;
using Alka.Domain.Serialization;
using Ardalis.Result;

namespace Alka.Cli.Commands;

/// <summary>
/// <c>alka days --from D --to D [--communities LIST] [--format table|csv|json]</c>: each day's verdict for a government
/// forum of the listed communities, and its reasons.
/// </summary>
internal static class DaysCommand
{
    private static readonly Column<DayJudgement>[] CsvColumns =
    [
        new("date", (day, text) => text.Append(day.Date).Span),
        new("hebrew_date", (day, text) => text.Append(day.HebrewDate).Span),
        new("weekday", (day, _) => Weekdays.Name(day.DayOfWeek)),
        new("verdict", (day, _) => day.Verdict.ToId()),
        new("reasons", (day, text) => Reasons(day, text, "|", static (r, t) => t.Append(r.Id))),
    ];

    private static readonly Column<DayJudgement>[] TableColumns =
    [
        new("date", (day, text) => text.Append(day.Date).Span),
        new("day", (day, _) => Weekdays.Short(day.DayOfWeek)),
        new("hebrew date", (day, text) => text.Append(day.HebrewDate).Span),
        new("תאריך עברי", (day, text) => text.Append(day.HebrewDate, "H").Span),
        new("verdict", (day, _) => day.Verdict.ToId()),
        new("reasons", (day, text) => Reasons(day, text, "; ", static (r, t) => t.Append(r.Name.English).Append(" (").Append(r.RuleId).Append(')'))),
        new("סיבות", (day, text) => Reasons(day, text, ", ", static (r, t) => t.Append(r.Name.Hebrew))),
    ];

    public static Command Create()
    {
        var from = CommandLineInput.DateOption("--from", "First day, inclusive");
        var to = CommandLineInput.DateOption("--to", "Last day, inclusive");
        var communities = CommandLineInput.CommunitiesOption();
        var format = new FormatOption(OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json);
        var command = new Command(
            "days",
            "Whether a government forum of the listed communities may meet on each day, and why: blocked (Friday, Saturday, a rest day, " +
            "a listed community's day off), avoid (an eve, Chol HaMoed, a fast, a memorial day, the possible day after a provisional " +
            "Islamic holiday) or ok.")
        {
            from, to, communities, format,
        };
        command.SetAction(parseResult =>
        {
            var mix = parseResult.GetValue(communities);
            var forum = NewForum(mix);
            if (!forum.IsSuccess)
            {
                return CommandLineInput.Fail(parseResult, forum);
            }

            var (first, last) = (parseResult.GetValue(from), parseResult.GetValue(to));
            if (!ForumCalendar.IsSupported(first) || !ForumCalendar.IsSupported(last) || last < first)
            {
                // The library names every problem of the range (and judges nothing for a range it refuses).
                return CommandLineInput.Fail(parseResult, forum.Value.Judge(first, last));
            }

            var days = Ranges.ByYear<DayJudgement>(first, last, () => NewForum(mix) is { IsSuccess: true } span
                ? span.Value.Judge
                : throw new InvalidOperationException("The forum calendar made once could not be made again."));
            var output = parseResult.Output();
            switch (format.ValueOf(parseResult))
            {
                case OutputFormat.Csv:
                    Csv.Write(output, CsvColumns, days);
                    break;
                case OutputFormat.Json:
                    output.WriteStream(stream => CalendarJson.Write(stream, days));
                    output.Write('\n');
                    break;
                default:
                    Table.Write(output, TableColumns, days);
                    break;
            }

            return AlkaCommandLine.Success;
        });
        return command;
    }

    // The forum calendar of the defaults (government policy, possible days) with calendars of its own, whose caches
    // live as long as a span of the range.
    private static Result<ForumCalendar> NewForum(CommunityMix communities) =>
        CommunityCalendar.Create(new CommunityCalendarOptions { IncludePossibleDays = true })
            .Bind(community => IsraeliCalendar.Create(new IsraeliCalendarOptions())
                .Bind(israeli => ForumCalendar.Create(new ForumCalendarOptions
                {
                    Communities = communities,
                    CommunityCalendar = community,
                    IsraeliCalendar = israeli,
                })));

    // The day's reasons, each written by reason, joined by separator.
    private static ReadOnlySpan<char> Reasons(DayJudgement day, CellText text, string separator, Action<DayReason, CellText> reason)
    {
        var reasons = day.Reasons;
        for (var i = 0; i < reasons.Length; i++)
        {
            reason(reasons[i], i == 0 ? text : text.Append(separator));
        }

        return text.Span;
    }
}
