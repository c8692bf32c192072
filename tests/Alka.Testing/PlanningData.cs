using Alka.Domain.Calendar;
using Alka.Domain.Geography;
using Alka.Domain.Planning;
using Alka.Domain.Programs;
using Alka.Domain.Scheduling;
using NodaTime;

namespace Alka.Testing;

/// <summary>The programs, hosts and periods the planning tests use; the councils are real (Israel's local authorities, CBS).</summary>
public static class PlanningData
{
    /// <summary>The first day of the planning year the tests use (2026-09-01).</summary>
    public static readonly LocalDate YearFrom = new(2026, 9, 1);
    /// <summary>The last day of that year (2027-08-31).</summary>
    public static readonly LocalDate YearTo = new(2027, 8, 31);

    private static readonly Lazy<IReadOnlyList<Host>> CouncilHosts = new(ReadCouncils);

    /// <summary>The District Managers Forum of the built-in catalog.</summary>
    public static InstituteProgram DistrictManagers => BuiltInCatalog.Instance.Find(BuiltInCatalog.ProgramIds.DistrictManagersForum)!;

    /// <summary>The council heads' forum of the built-in catalog.</summary>
    public static InstituteProgram CouncilHeads => BuiltInCatalog.Instance.Find(BuiltInCatalog.ProgramIds.CouncilHeadsForum)!;

    /// <summary>Merhav of the built-in catalog.</summary>
    public static InstituteProgram Merhav => BuiltInCatalog.Instance.Find(BuiltInCatalog.ProgramIds.Merhav)!;

    /// <summary>Ten local councils of at most 20,000 residents, as hosts of group <c>all</c>, each sitting in its own authority.</summary>
    public static IReadOnlyList<Host> Councils => CouncilHosts.Value;

    /// <summary>The councils as a <c>--hosts</c> file: <c>host,group,name_en,name_he,authority,unavailable</c>.</summary>
    public static string HostsCsv(IEnumerable<Host>? hosts = null) =>
        "host,group,name_en,name_he,authority,unavailable\n"
        + string.Concat((hosts ?? Councils).Select(h =>
            $"{h.Id},{h.Group},{Quote(h.Name.English)},{Quote(h.Name.Hebrew)},{h.Authority},{string.Join("|", h.Unavailable.Select(d => d.ToString("uuuu-MM-dd", null)))}\n"));

    /// <summary>The options of a program's planning year.</summary>
    public static PlanningOptions Year(InstituteProgram program) => new() { Program = program, From = YearFrom, To = YearTo };

    /// <summary>The council heads' year over <paramref name="hosts"/> (default <see cref="Councils"/>), every six weeks.</summary>
    public static PlanningOptions CouncilHeadsYear(IReadOnlyList<Host>? hosts = null, bool studyTour = false) => new()
    {
        Program = CouncilHeads,
        From = YearFrom,
        To = YearTo,
        Hosts = hosts ?? Councils,
        Every = Cadence.Every(6, CadenceUnit.Week),
        StudyTour = studyTour,
    };

    /// <summary>A Merhav cohort over six months (2026-10-01 … 2027-03-31).</summary>
    public static PlanningOptions MerhavHalfYear() => new() { Program = Merhav, From = new LocalDate(2026, 10, 1), To = new LocalDate(2027, 3, 31) };

    /// <summary>The plan of <paramref name="options"/>; throws, naming every problem, when there is none.</summary>
    public static Plan Planned(PlanningOptions options)
    {
        var plan = Planner.Plan(options);
        return plan.IsSuccess ? plan.Value : throw new InvalidOperationException("The plan failed: " + Describe(plan));
    }

    /// <summary>
    /// The council heads' year with a study tour, planned again after a blackout on the date of <c>forum-03</c>: a plan
    /// with every part (hosts by CBS code, a meeting of five days, considered dates, changes, rules).
    /// </summary>
    public static Plan CouncilHeadsReplanned()
    {
        var options = CouncilHeadsYear(studyTour: true);
        var previous = Planned(options);
        return Planned(new PlanningOptions
        {
            Program = options.Program, From = options.From, To = options.To, Hosts = options.Hosts, Every = options.Every, StudyTour = true,
            CallerDays = [CallerDay.Blackout(previous.FindMeeting("forum-03")!.Date, "test").Value],
            Previous = [.. previous.Meetings.Select(m => Moved(m))],
        });
    }

    /// <summary>The findings of checking <paramref name="meetings"/>; throws, naming every problem, when the check fails.</summary>
    public static IReadOnlyList<PlanFinding> Findings(PlanningOptions options, IEnumerable<PlannedMeeting> meetings)
    {
        var findings = PlanChecker.Check(options, meetings);
        return findings.IsSuccess ? findings.Value : throw new InvalidOperationException("The check failed: " + Describe(findings));
    }

    /// <summary>A copy of <paramref name="meeting"/> as made elsewhere, moved to <paramref name="date"/> and/or another host.</summary>
    public static PlannedMeeting Moved(PlannedMeeting meeting, LocalDate? date = null, string? host = "", LocalTime? start = null, LocalTime? end = null) =>
        PlannedMeeting.Create(
            meeting.Id,
            meeting.Kind,
            meeting.Group,
            host == "" ? meeting.HostId : host,
            date ?? meeting.Date,
            start ?? meeting.Start.TimeOfDay,
            end ?? meeting.End.TimeOfDay,
            meeting.Days.Count).Value;

    /// <summary><paramref name="meetings"/> with the meeting <paramref name="id"/> replaced.</summary>
    public static List<PlannedMeeting> With(IEnumerable<PlannedMeeting> meetings, string id, Func<PlannedMeeting, PlannedMeeting?> change) =>
        [.. meetings.Select(m => m.Id == id ? change(m) : m).OfType<PlannedMeeting>()];

    private static string Quote(string field) => field.Contains(',', StringComparison.Ordinal) || field.Contains('"', StringComparison.Ordinal) ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;

    // Ten local councils of at most 20,000 residents, Jewish, Arab and Druze, in four districts.
    private static IReadOnlyList<Host> ReadCouncils() =>
        [.. new[] { "0472", "0473", "0182", "0565", "0478", "0041", "0529", "0480", "0466", "0494" }
            .Select(code => Host.Create(code, MeetingGroup.All, LocalAuthorities.Find(code)!.Name, code).Value)];

    private static string Describe(Ardalis.Result.IResult result) =>
        string.Join("; ", result.ValidationErrors.Select(e => $"{e.Identifier}: {e.ErrorCode}: {e.ErrorMessage}"));
}

