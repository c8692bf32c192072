using System.CommandLine;
using Alka.Cli.Output;
using Alka.Domain;
using Alka.Domain.Calendar;
using Alka.Domain.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Alka.Cli.Commands;

/// <summary><c>alka calendar --from D --to D [--format table|csv|json]</c>: the observances of each day, Israeli schedule.</summary>
internal static class CalendarCommand
{
    private static readonly string[] CsvHeader = ["date", "hebrew_date", "observance", "categories", "name_en", "name_he"];

    public static Command Create()
    {
        var from = CommandLineInput.DateOption("--from", "First day, inclusive");
        var to = CommandLineInput.DateOption("--to", "Last day, inclusive");
        var format = CommandLineInput.FormatOption(OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json);
        var command = new Command("calendar", "The Jewish and Israeli observances of each day (Israeli schedule), with both calendars' dates.")
        {
            from, to, format,
        };
        command.SetAction(parseResult =>
        {
            var observances = IsraeliCalendar.Default.GetObservances(parseResult.GetValue(from), parseResult.GetValue(to));
            if (!observances.IsSuccess)
            {
                return CommandLineInput.Fail(parseResult, observances);
            }

            Write(parseResult.InvocationConfiguration.Output, observances.Value, parseResult.GetValue(format));
            return AlkaCommandLine.Success;
        });
        return command;
    }

    private static void Write(TextWriter output, IReadOnlyList<ObservanceOccurrence> occurrences, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Csv:
                Csv.WriteRecord(output, CsvHeader);
                foreach (var o in occurrences)
                {
                    Csv.WriteRecord(output, Iso(o.Date), o.HebrewDate.ToString(), o.Observance.Id, o.Observance.Categories.ToIds("|"), o.Observance.Name.English, o.Observance.Name.Hebrew);
                }

                break;
            case OutputFormat.Json:
                output.Write(CalendarJson.Write(occurrences));
                output.Write('\n');
                break;
            default:
                Table.Write(
                    output,
                    ["date", "day", "hebrew date", "תאריך עברי", "observance", "שם", "categories"],
                    occurrences.Select(o => (IReadOnlyList<string>)
                    [
                        Iso(o.Date), o.Date.DayOfWeek.ToString()[..3], o.HebrewDate.ToString(), o.HebrewDate.ToHebrewString(),
                        o.Observance.Name.English, o.Observance.Name.Hebrew, o.Observance.Categories.ToIds("|"),
                    ]));
                break;
        }
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
