using System.CommandLine;
using Alka.Cli.Output;
using Alka.Domain;
using Alka.Domain.Scheduling;
using Alka.Domain.Serialization;
using Ardalis.Result;
using NodaTime.Text;

namespace Alka.Cli.Commands;

/// <summary>
/// <c>alka days --from D --to D [--communities LIST] [--format table|csv|json]</c>: each day's verdict for a government
/// forum of the listed communities, and its reasons.
/// </summary>
internal static class DaysCommand
{
    private static readonly string[] CsvHeader = ["date", "hebrew_date", "weekday", "verdict", "reasons"];

    public static Command Create()
    {
        var from = CommandLineInput.DateOption("--from", "First day, inclusive");
        var to = CommandLineInput.DateOption("--to", "Last day, inclusive");
        var communities = CommandLineInput.CommunitiesOption();
        var format = CommandLineInput.FormatOption(OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json);
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
            var days = ForumCalendar.Create(new ForumCalendarOptions { Communities = parseResult.GetValue(communities) })
                .Bind(forum => forum.Judge(parseResult.GetValue(from), parseResult.GetValue(to)));
            if (!days.IsSuccess)
            {
                return CommandLineInput.Fail(parseResult, days);
            }

            Write(parseResult.InvocationConfiguration.Output, days.Value, parseResult.GetValue(format));
            return AlkaCommandLine.Success;
        });
        return command;
    }

    private static void Write(TextWriter output, IReadOnlyList<DayJudgement> days, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Csv:
                Csv.WriteRecord(output, CsvHeader);
                foreach (var day in days)
                {
                    Csv.WriteRecord(output, Iso(day), day.HebrewDate.ToString(), day.DayOfWeek.ToString(), day.Verdict.ToId(), Join(day, "|", r => r.Id));
                }

                break;
            case OutputFormat.Json:
                output.Write(CalendarJson.Write(days));
                output.Write('\n');
                break;
            default:
                Table.Write(
                    output,
                    ["date", "day", "hebrew date", "תאריך עברי", "verdict", "reasons", "סיבות"],
                    days.Select(day => (IReadOnlyList<string>)
                    [
                        Iso(day), day.DayOfWeek.ToString()[..3], day.HebrewDate.ToString(), day.HebrewDate.ToHebrewString(),
                        day.Verdict.ToId(), Join(day, "; ", r => r.ToString()), Join(day, ", ", r => r.Name.Hebrew),
                    ]));
                break;
        }
    }

    private static string Join(DayJudgement day, string separator, Func<DayReason, string> text)
    {
        var parts = new string[day.Reasons.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = text(day.Reasons[i]);
        }

        return string.Join(separator, parts);
    }

    private static string Iso(DayJudgement day) => LocalDatePattern.Iso.Format(day.Date);
}
