using System.Collections.Concurrent;
using System.CommandLine;
using Alka.Cli.Output;
using Alka.Domain;
using Alka.Domain.Calendar;
using Alka.Domain.Serialization;

namespace Alka.Cli.Commands;

/// <summary><c>alka calendar --from D --to D [--format table|csv|json]</c>: the observances of each day, Israeli schedule.</summary>
internal static class CalendarCommand
{
    // An observance's categories as ids, e.g. rest-day|fast: a handful of distinct values, each written once.
    private static readonly ConcurrentDictionary<ObservanceCategories, string> CategoryIds = new();

    private static readonly Column<ObservanceOccurrence>[] CsvColumns =
    [
        new("date", (o, text) => text.Append(o.Date).Span),
        new("hebrew_date", (o, text) => text.Append(o.HebrewDate).Span),
        new("observance", (o, _) => o.Observance.Id),
        new("categories", (o, _) => Categories(o)),
        new("name_en", (o, _) => o.Observance.Name.English),
        new("name_he", (o, _) => o.Observance.Name.Hebrew),
    ];

    private static readonly Column<ObservanceOccurrence>[] TableColumns =
    [
        new("date", (o, text) => text.Append(o.Date).Span),
        new("day", (o, _) => Weekdays.Short(o.HebrewDate.DayOfWeek)),
        new("hebrew date", (o, text) => text.Append(o.HebrewDate).Span),
        new("תאריך עברי", (o, text) => text.Append(o.HebrewDate, "H").Span),
        new("observance", (o, _) => o.Observance.Name.English),
        new("שם", (o, _) => o.Observance.Name.Hebrew),
        new("categories", (o, _) => Categories(o)),
    ];

    public static Command Create()
    {
        var from = CommandLineInput.DateOption("--from", "First day, inclusive");
        var to = CommandLineInput.DateOption("--to", "Last day, inclusive");
        var format = new FormatOption(OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json);
        var command = new Command("calendar", "The Jewish and Israeli observances of each day (Israeli schedule), with both calendars' dates.")
        {
            from, to, format,
        };
        command.SetAction(parseResult =>
        {
            var (first, last) = (parseResult.GetValue(from), parseResult.GetValue(to));
            if (!HebrewDate.IsSupported(first) || !HebrewDate.IsSupported(last) || last < first)
            {
                // The library names every problem of the range (and computes nothing for a range it refuses).
                return CommandLineInput.Fail(parseResult, IsraeliCalendar.Default.GetObservances(first, last));
            }

            var occurrences = Ranges.ByYear<ObservanceOccurrence>(first, last, () => NewCalendar().GetObservances);
            var output = parseResult.Output();
            switch (format.ValueOf(parseResult))
            {
                case OutputFormat.Csv:
                    Csv.Write(output, CsvColumns, occurrences);
                    break;
                case OutputFormat.Json:
                    output.WriteStream(stream => CalendarJson.Write(stream, occurrences));
                    output.Write('\n');
                    break;
                default:
                    Table.Write(output, TableColumns, occurrences);
                    break;
            }

            return AlkaCommandLine.Success;
        });
        return command;
    }

    // The same observances as IsraeliCalendar.Default, in a calendar whose cache lives as long as a span of the range.
    private static IsraeliCalendar NewCalendar()
    {
        var calendar = IsraeliCalendar.Create(new IsraeliCalendarOptions());
        return calendar.IsSuccess ? calendar.Value : throw new InvalidOperationException("The built-in observances make no calendar.");
    }

    private static string Categories(ObservanceOccurrence occurrence) =>
        CategoryIds.GetOrAdd(occurrence.Observance.Categories, static categories => categories.ToIds("|"));
}
