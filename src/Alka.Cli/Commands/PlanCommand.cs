using System.CommandLine;
using System.Globalization;
using Alka.Cli.Output;
using Alka.Domain;
using Alka.Domain.Calendar;
using Alka.Domain.Planning;
using Alka.Domain.Programs;
using Alka.Domain.Scheduling;
using Alka.Domain.Serialization;
using Ardalis.Result;
using NodaTime;
using NodaTime.Text;

namespace Alka.Cli.Commands;

/// <summary>
/// <c>alka plan ID --from D --to D [options]</c>: every meeting of a program over a period under the planning rules, its
/// re-plan from a previous plan (<c>--previous</c>, <c>--changes</c>), or the check of a plan made elsewhere
/// (<c>--check</c>), as a table, CSV, JSON or iCalendar (<c>docs/planning.md</c>).
/// </summary>
internal static class PlanCommand
{
    /// <summary>A plan as CSV: one row per meeting and day (cli.md).</summary>
    private static readonly Column<PlanRow>[] PlanCsvColumns =
    [
        new("date", (row, text) => text.Append(row.Day.Date).Span),
        new("hebrew_date", (row, text) => text.Append(row.Day.HebrewDate).Span),
        new("weekday", (row, _) => Weekdays.Name(row.Day.Date.DayOfWeek)),
        new("start", (row, text) => Time(text, row.Day.Start)),
        new("end", (row, text) => Time(text, row.Day.End)),
        new("meeting", (row, _) => row.Meeting.Id),
        new("kind", (row, _) => row.Meeting.Kind.ToId()),
        new("group", (row, _) => row.Meeting.Group.Id),
        new("host", (row, _) => row.Meeting.HostId),
    ];

    /// <summary>A plan for people: both calendars, names and hosts in English and Hebrew, the soft rules given up.</summary>
    private static readonly Column<PlanRow>[] PlanTableColumns =
    [
        new("date", (row, text) => text.Append(row.Day.Date).Span),
        new("day", (row, _) => Weekdays.Short(row.Day.Date.DayOfWeek)),
        new("hebrew date", (row, text) => text.Append(row.Day.HebrewDate).Span),
        new("תאריך עברי", (row, text) => text.Append(row.Day.HebrewDate, "H").Span),
        new("hours", (row, text) => Time(Clock(text, row.Day.Start).Append('–'), row.Day.End)),
        new("meeting", (row, _) => row.Meeting.Id),
        new("name", (row, _) => row.Meeting.Name?.English),
        new("שם", (row, _) => row.Meeting.Name?.Hebrew),
        new("host", (row, _) => row.Host?.Name.English ?? row.Meeting.HostId),
        new("מארח", (row, _) => row.Host?.Name.Hebrew),
        new("gives up", (row, text) => GivenUp(row.Meeting, text)),
    ];

    /// <summary>The changes of a re-plan (<c>--changes</c>).</summary>
    private static readonly Column<PlanChange>[] ChangeColumns =
    [
        new("meeting", (c, _) => c.MeetingId),
        new("change", (c, _) => c.Kind.ToId()),
        new("date_before", (c, text) => c.DateBefore is { } date ? text.Append(date).Span : default),
        new("date_after", (c, text) => c.DateAfter is { } date ? text.Append(date).Span : default),
        new("host_before", (c, _) => c.HostBefore),
        new("host_after", (c, _) => c.HostAfter),
        new("rule", (c, _) => c.RuleId),
    ];

    /// <summary>The header of a plan as CSV, which <c>--previous</c> and <c>--check</c> read.</summary>
    public static readonly string[] PlanHeader = [.. PlanCsvColumns.Select(c => c.Header)];

    /// <summary>The header of a <c>--hosts</c> file.</summary>
    public static readonly string[] HostsHeader = ["host", "group", "name_en", "name_he", "authority", "unavailable"];

    private static readonly LocalTimePattern HoursMinutes = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    public static Command Create()
    {
        var id = new Argument<string>("ID") { Description = "The program's id, e.g. district-managers-forum (see 'alka catalog list')." };
        var from = CommandLineInput.DateOption("--from", "First day of the period, inclusive");
        var to = CommandLineInput.DateOption("--to", "Last day of the period, inclusive");
        var communities = new Option<string?>("--communities")
        {
            Description = "The participants' communities, comma-separated (" + string.Join(", ", Ids.All<Community>().Select(c => c.ToId())) + "); default: the program's, else jewish",
            HelpName = "LIST",
        };
        var hosts = new Option<FileInfo?>("--hosts") { Description = "The host pool: CSV host,group,name_en,name_he,authority,unavailable (default: the catalog's)", HelpName = "FILE" };
        var every = new Option<string?>("--every") { Description = "The forum's cadence where the sources give none: 6w, 30d, 2m", HelpName = "DURATION" };
        var blackout = new Option<string[]>("--blackout") { Description = "Dates on which nothing is planned: comma-separated ISO dates or D..D ranges", HelpName = "LIST", AllowMultipleArgumentsPerToken = false };
        var election = new Option<string[]>("--election") { Description = "A Knesset election (D), or local elections in authorities by CBS code (D:CODE+CODE); may repeat", HelpName = "D[:CODE+CODE]" };
        var studyTour = new Option<bool>("--study-tour") { Description = "Plan the term's study tour abroad in this period" };
        var previous = new Option<FileInfo?>("--previous") { Description = "Re-plan from a plan written earlier with --format csv, keeping every meeting that still keeps the rules", HelpName = "FILE" };
        var changes = new Option<bool>("--changes") { Description = "With --previous: print only the changes (meeting,change,date_before,date_after,host_before,host_after,rule)" };
        var check = new Option<FileInfo?>("--check") { Description = "Check a plan in the output's CSV format against every rule instead of planning", HelpName = "FILE" };
        var format = new FormatOption(OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json, OutputFormat.Ics);
        var command = new Command(
            "plan",
            "Plans every meeting of a program in the period (both ends inclusive), its governance meetings included, under the planning " +
            "rules: dates that dodge the forum's blocked and avoid days, hosts in fair rotation, each meeting's reasons.")
        {
            id, from, to, communities, hosts, every, blackout, election, studyTour, previous, changes, check, format,
        };
        command.SetAction(parse =>
        {
            var problems = new List<string>();
            var program = BuiltInCatalog.Instance.Find(parse.GetValue(id)!);
            if (program is null)
            {
                problems.Add($"no program '{parse.GetValue(id)}'; see 'alka catalog list'.");
            }

            if (parse.GetValue(changes) && parse.GetValue(previous) is null)
            {
                problems.Add("--changes: it lists the changes from a previous plan: give one (--previous FILE).");
            }

            if (parse.GetValue(changes) && format.ValueOf(parse) == OutputFormat.Ics)
            {
                problems.Add("--changes: the changes are written as a table, csv or json, not ics.");
            }

            if (parse.GetValue(check) is not null && parse.GetValue(previous) is not null)
            {
                problems.Add("--check: a plan is checked or re-planned, not both (--previous).");
            }

            CommunityMix? mix = null;
            if (parse.GetValue(communities) is { } text)
            {
                var parsed = CommunityMix.Parse(text);
                problems.AddRange(parsed.ValidationErrors.Select(e => $"--communities: {e.ErrorMessage}"));
                mix = parsed.IsSuccess ? parsed.Value : null;
            }

            Cadence? cadence = null;
            if (parse.GetValue(every) is { } interval)
            {
                var parsed = Cadence.ParseEvery(interval);
                problems.AddRange(parsed.ValidationErrors.Select(e => $"--every: {e.ErrorMessage}"));
                cadence = parsed.IsSuccess ? parsed.Value : null;
            }

            var hostList = parse.GetValue(hosts) is { } hostsFile ? ReadHosts(hostsFile, problems) : null;
            var callerDays = CallerDays(parse.GetValue(blackout) ?? [], parse.GetValue(election) ?? [], problems);
            var previousPlan = parse.GetValue(previous) is { } previousFile ? ReadPlan(previousFile, "--previous", problems) : null;
            var checkedPlan = parse.GetValue(check) is { } checkFile ? ReadPlan(checkFile, "--check", problems) : null;
            if (problems.Count > 0 || program is null)
            {
                return CommandLineInput.Fail(parse, problems);
            }

            var request = new PlanningOptions
            {
                Program = program,
                From = parse.GetValue(from),
                To = parse.GetValue(to),
                Communities = mix,
                Hosts = hostList,
                Every = cadence,
                CallerDays = callerDays,
                StudyTour = parse.GetValue(studyTour),
                Previous = previousPlan,
            };
            var output = parse.Output();
            if (checkedPlan is not null)
            {
                return Check(parse, request, checkedPlan);
            }

            var plan = Planner.Plan(request);
            if (!plan.IsSuccess)
            {
                return Fail(parse, plan, "--previous");
            }

            if (parse.GetValue(changes))
            {
                WriteChanges(output, plan.Value.Changes, format.ValueOf(parse));
            }
            else
            {
                Write(output, plan.Value, format.ValueOf(parse));
            }

            return AlkaCommandLine.Success;
        });
        return command;
    }

    private static int Check(ParseResult parse, PlanningOptions request, IReadOnlyList<PlannedMeeting> meetings)
    {
        var findings = PlanChecker.Check(request, meetings);
        if (!findings.IsSuccess)
        {
            return Fail(parse, findings, "--check");
        }

        // Invalid: one line per broken hard rule. Valid: the soft rules it breaks as warnings, and 'valid'.
        var error = parse.Errors();
        var hard = findings.Value.Where(f => f.Strength == RuleStrength.Hard).ToList();
        foreach (var finding in hard)
        {
            error.Line(finding.ToString());
        }

        if (hard.Count > 0)
        {
            return AlkaCommandLine.BadInput;
        }

        foreach (var finding in findings.Value)
        {
            error.Line($"warning: {finding}");
        }

        parse.Output().Write("valid\n");
        return AlkaCommandLine.Success;
    }

    /// <summary>
    /// One line per problem: <c>alka: north: regional-cadence: …</c> for a rule the period cannot hold, <c>alka: --hosts: …</c>
    /// for missing data, <c>alka: --previous meeting 3: …</c> for a meeting of the plan file read with <paramref name="planOption"/>.
    /// </summary>
    private static int Fail(ParseResult parse, IResult result, string planOption) =>
        CommandLineInput.Fail(parse, result.ValidationErrors.Select(e => $"{OptionName(e.Identifier, planOption)}: {e.ErrorMessage}"));

    private static string OptionName(string identifier, string planOption) => identifier switch
    {
        "from" => "--from",
        "to" => "--to",
        "hosts" => "--hosts",
        "every" => "--every",
        "studyTour" => "--study-tour",
        "communities" => "--communities",
        _ when identifier.StartsWith("hosts[", StringComparison.Ordinal) => "--hosts " + identifier[5..],
        _ when identifier.StartsWith("callerDays", StringComparison.Ordinal) => "--blackout/--election",
        _ when identifier.StartsWith("meetings[", StringComparison.Ordinal) && int.TryParse(identifier.AsSpan(9, identifier.Length - 10), NumberStyles.None, CultureInfo.InvariantCulture, out var index) =>
            $"{planOption} meeting {index + 1}",
        _ => identifier,
    };

    private static void Write(OutputWriter output, Plan plan, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Csv:
                Csv.Write(output, PlanCsvColumns, Rows(plan));
                break;
            case OutputFormat.Json:
                output.Write(PlanJson.Write(plan));
                output.Write('\n');
                break;
            case OutputFormat.Ics:
                WriteIcs(output, plan);
                break;
            default:
                Table.Write(output, PlanTableColumns, Rows(plan));
                break;
        }
    }

    private static void WriteChanges(OutputWriter output, IReadOnlyList<PlanChange> changes, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Json:
                output.Write(PlanJson.Write(changes));
                output.Write('\n');
                break;
            case OutputFormat.Table:
                Table.Write(output, [.. ChangeColumns, new("why", (c, _) => c.Message)], changes);
                break;
            default:
                Csv.Write(output, ChangeColumns, changes);
                break;
        }
    }

    /// <summary>
    /// The plan as RFC 5545: one VEVENT per meeting and day, its UID stable (<c>north-03.district-managers-forum@alka</c>,
    /// <c>-dN</c> for day N of a multi-day meeting), its times in <c>Asia/Jerusalem</c> with the zone's VTIMEZONE, the Hebrew
    /// date and the host in the description; DTSTAMP is the period's first day, so the same plan gives the same file.
    /// </summary>
    private static void WriteIcs(OutputWriter output, Plan plan)
    {
        var calendar = new ICalendar(output, "-//Alka Institute//Alka.Domain plan//EN", MeetingDay.Zone, plan.From, plan.To);
        var stamp = plan.From.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
        foreach (var meeting in plan.Meetings)
        {
            var host = plan.FindHost(meeting.HostId);
            for (var i = 0; i < meeting.Days.Count; i++)
            {
                var day = meeting.Days[i];
                calendar.Event(
                    $"{meeting.Id}{(meeting.Days.Count > 1 ? $"-d{i + 1}" : "")}.{plan.ProgramId}@alka",
                    stamp,
                    day.Start,
                    day.End,
                    meeting.Name is { } name ? $"{name.English} / {name.Hebrew} ({meeting.Id})" : meeting.Id,
                    $"{day.HebrewDate} / {day.HebrewDate:H}" + (host is null ? "" : $"\nHost: {host.Name.English} ({host.Id}) / מארח: {host.Name.Hebrew}"),
                    host?.Name.English);
            }
        }

        calendar.End();
    }

    // One row per meeting and day, ordered by date, start and meeting id (cli.md).
    private static IEnumerable<PlanRow> Rows(Plan plan) =>
        plan.Meetings.SelectMany(m => m.Days.Select(d => new PlanRow(m, d, plan.FindHost(m.HostId))))
            .OrderBy(r => r.Day.Date).ThenBy(r => r.Day.Start.TimeOfDay).ThenBy(r => r.Meeting.Id, StringComparer.Ordinal);

    private static List<CallerDay> CallerDays(string[] blackouts, string[] elections, List<string> problems)
    {
        var days = new List<CallerDay>();
        var blackoutDates = new SortedSet<LocalDate>();
        foreach (var item in blackouts.SelectMany(b => b.Split(',', StringSplitOptions.TrimEntries)))
        {
            var ends = item.Split("..");
            var first = ParseDate(ends[0], "--blackout", problems);
            var last = ends.Length == 2 ? ParseDate(ends[1], "--blackout", problems) : first;
            if (ends.Length > 2 || (first is { } f && last is { } l && l < f))
            {
                problems.Add($"--blackout: '{item}' is not a date or a range D..D (the end not before the start).");
            }
            else if (first is { } start && last is { } end && end >= start.PlusYears(10))
            {
                problems.Add($"--blackout: '{item}' spans ten years or more; a plan covers at most ten.");
            }
            else if (first is { } from && last is { } to)
            {
                for (var date = from; date <= to; date = date.PlusDays(1))
                {
                    blackoutDates.Add(date);
                }
            }
        }

        foreach (var date in blackoutDates)
        {
            Add(CallerDay.Blackout(date, "blackout (--blackout)"), "--blackout");
        }

        var local = new SortedDictionary<LocalDate, List<string>>();
        foreach (var item in elections)
        {
            var parts = item.Split(':', 2);
            if (ParseDate(parts[0], "--election", problems) is not { } date)
            {
                continue;
            }

            if (parts.Length == 1)
            {
                Add(CallerDay.KnessetElection(date, "Knesset election (--election)"), "--election");
            }
            else
            {
                var codes = parts[1].Split('+');
                if (!local.TryGetValue(date, out var list))
                {
                    local[date] = list = [];
                }

                list.AddRange(codes.Where(c => !list.Contains(c)));
            }
        }

        foreach (var (date, codes) in local)
        {
            Add(CallerDay.LocalElection(date, codes, "local election (--election)"), "--election");
        }

        return days;

        void Add(Result<CallerDay> day, string option)
        {
            problems.AddRange(day.ValidationErrors.Select(e => $"{option}: {e.ErrorMessage}"));
            if (day.IsSuccess)
            {
                days.Add(day.Value);
            }
        }
    }

    /// <summary>Reads a <c>--hosts</c> file: each problem is one line naming the file, the line and the column.</summary>
    private static List<Host>? ReadHosts(FileInfo file, List<string> problems)
    {
        var records = ReadCsv(file, "--hosts", HostsHeader, problems);
        if (records is null)
        {
            return null;
        }

        var hosts = new List<Host>();
        foreach (var (line, fields) in records)
        {
            var at = $"--hosts {file.Name}:{line}";
            if (!MeetingGroup.TryParse(fields[1], out var group))
            {
                problems.Add($"{at}: group: '{fields[1]}' is not a region id or all.");
                continue;
            }

            if (string.IsNullOrWhiteSpace(fields[2]) || string.IsNullOrWhiteSpace(fields[3]))
            {
                problems.Add($"{at}: name_en, name_he: a host has a name in English and in Hebrew.");
                continue;
            }

            var unavailable = new List<LocalDate>();
            foreach (var text in fields[5].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                if (ParseDate(text, $"{at}: unavailable", problems) is { } date)
                {
                    unavailable.Add(date);
                }
            }

            var host = Host.Create(fields[0], group, BilingualText.Create(fields[2], fields[3]), fields[4].Length == 0 ? null : fields[4], unavailable);
            problems.AddRange(host.ValidationErrors.Select(e => $"{at}: {e.Identifier}: {e.ErrorMessage}"));
            if (host.IsSuccess)
            {
                hosts.Add(host.Value);
            }
        }

        if (hosts.Count == 0 && records.Count == 0)
        {
            problems.Add($"--hosts {file.Name}: the file lists no host.");
        }

        return hosts;
    }

    /// <summary>Reads a plan in the output's CSV format: the rows of a meeting (one a day) become one meeting.</summary>
    private static List<PlannedMeeting>? ReadPlan(FileInfo file, string option, List<string> problems)
    {
        var records = ReadCsv(file, option, PlanHeader, problems);
        if (records is null)
        {
            return null;
        }

        var meetings = new List<PlannedMeeting>();
        foreach (var rows in records.GroupBy(r => r.Fields[5]))
        {
            var (line, first) = rows.First();
            var at = $"{option} {file.Name}:{line}";
            var dates = rows.Select(r => ParseDate(r.Fields[0], $"{option} {file.Name}:{r.Line}: date", problems)).ToList();
            var start = ParseTime(first[3], $"{at}: start", problems);
            var end = ParseTime(first[4], $"{at}: end", problems);
            var kindOk = Ids.TryParse(first[6], out MeetingKind kind);
            var groupOk = MeetingGroup.TryParse(first[7], out var group);
            if (!kindOk)
            {
                problems.Add($"{at}: kind: '{first[6]}' is not a meeting kind.");
            }

            if (!groupOk)
            {
                problems.Add($"{at}: group: '{first[7]}' is not a group (all, national or a region).");
            }

            if (dates.Any(d => d is null) || start is null || end is null || !kindOk || !groupOk)
            {
                continue;
            }

            var days = dates.Select(d => d!.Value).Order().ToList();
            if (days.Zip(days.Skip(1)).Any(p => p.Second != p.First.PlusDays(1)))
            {
                problems.Add($"{at}: date: the days of {first[5]} are not consecutive.");
                continue;
            }

            foreach (var (rowLine, fields) in rows)
            {
                var date = LocalDatePattern.Iso.Parse(fields[0]).Value;
                if (fields[2] != date.DayOfWeek.ToString() || fields[1] != HebrewDate.FromLocalDate(date).ToString())
                {
                    problems.Add($"{option} {file.Name}:{rowLine}: weekday, hebrew_date: '{fields[2]}, {fields[1]}' are not those of {fields[0]} ({date.DayOfWeek}, {HebrewDate.FromLocalDate(date)}).");
                }
            }

            var meeting = PlannedMeeting.Create(first[5], kind, group, first[8].Length == 0 ? null : first[8], days[0], start.Value, end.Value, days.Count);
            problems.AddRange(meeting.ValidationErrors.Select(e => $"{at}: {e.Identifier}: {e.ErrorMessage}"));
            if (meeting.IsSuccess)
            {
                meetings.Add(meeting.Value);
            }
        }

        return meetings;
    }

    private static List<(int Line, string[] Fields)>? ReadCsv(FileInfo file, string option, string[] header, List<string> problems)
    {
        string text;
        try
        {
            text = File.ReadAllText(file.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add($"{option}: cannot read {file.FullName}: {e.Message}");
            return null;
        }

        var (records, unclosed) = Csv.Read(text);
        if (unclosed is { } quoteLine)
        {
            problems.Add($"{option} {file.Name}:{quoteLine}: a quoted field is not closed.");
            return null;
        }

        if (records.Count == 0 || !records[0].Fields.SequenceEqual(header))
        {
            problems.Add($"{option} {file.Name}:1: the header is not {string.Join(",", header)}.");
            return null;
        }

        var rows = records.Skip(1).Where(r => r.Fields is not [""]).ToList();
        var bad = rows.Where(r => r.Fields.Length != header.Length).ToList();
        problems.AddRange(bad.Select(r => $"{option} {file.Name}:{r.Line}: {r.Fields.Length} fields; the header has {header.Length}."));
        return bad.Count > 0 ? null : rows;
    }

    private static LocalDate? ParseDate(string text, string where, List<string> problems)
    {
        var parsed = LocalDatePattern.Iso.Parse(text.Trim());
        if (parsed.Success)
        {
            return parsed.Value;
        }

        problems.Add($"{where}: '{text}' is not a date (YYYY-MM-DD).");
        return null;
    }

    private static LocalTime? ParseTime(string text, string where, List<string> problems)
    {
        var parsed = HoursMinutes.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        problems.Add($"{where}: '{text}' is not a time (HH:mm).");
        return null;
    }

    // The distinct soft rules a meeting gives up, space-separated.
    private static ReadOnlySpan<char> GivenUp(PlannedMeeting meeting, CellText text)
    {
        var given = meeting.GivenUp;
        for (var i = 0; i < given.Count; i++)
        {
            if (!given.Take(i).Any(g => g.RuleId == given[i].RuleId))
            {
                (text.Length == 0 ? text : text.Append(' ')).Append(given[i].RuleId);
            }
        }

        return text.Span;
    }

    // HH:mm without a string.
    private static ReadOnlySpan<char> Time(CellText text, ZonedDateTime time) => Clock(text, time).Span;

    private static CellText Clock(CellText text, ZonedDateTime time) =>
        Digits(Digits(text, time.Hour).Append(':'), time.Minute);

    private static CellText Digits(CellText text, int value) => text.Append((char)('0' + (value / 10))).Append((char)('0' + (value % 10)));

    private readonly record struct PlanRow(PlannedMeeting Meeting, MeetingDay Day, Host? Host);
}
