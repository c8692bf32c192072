using Alka.Domain.Geography;
using Alka.Domain.Planning;
using Alka.Domain.Programs;
using Alka.Domain.Scheduling;
using NodaTime;

namespace Alka.Domain.Tests.Planning;

/// <summary>The programs, hosts and periods the planning tests use; the councils are real (Israel's local authorities, CBS).</summary>
internal static class PlanningData
{
    public static readonly LocalDate YearFrom = new(2026, 9, 1);
    public static readonly LocalDate YearTo = new(2027, 8, 31);

    private static readonly Lazy<IReadOnlyList<Host>> CouncilHosts = new(ReadCouncils);

    public static InstituteProgram DistrictManagers => BuiltInCatalog.Instance.Find(BuiltInCatalog.ProgramIds.DistrictManagersForum)!;

    public static InstituteProgram CouncilHeads => BuiltInCatalog.Instance.Find(BuiltInCatalog.ProgramIds.CouncilHeadsForum)!;

    public static InstituteProgram Merhav => BuiltInCatalog.Instance.Find(BuiltInCatalog.ProgramIds.Merhav)!;

    /// <summary>Ten local councils of at most 20,000 residents, as hosts of group <c>all</c>, each sitting in its own authority.</summary>
    public static IReadOnlyList<Host> Councils => CouncilHosts.Value;

    /// <summary>The councils as a <c>--hosts</c> file: <c>host,group,name_en,name_he,authority,unavailable</c>.</summary>
    public static string HostsCsv(IEnumerable<Host>? hosts = null) =>
        "host,group,name_en,name_he,authority,unavailable\n"
        + string.Concat((hosts ?? Councils).Select(h =>
            $"{h.Id},{h.Group},{Quote(h.Name.English)},{Quote(h.Name.Hebrew)},{h.Authority},{string.Join("|", h.Unavailable.Select(d => d.ToString("uuuu-MM-dd", null)))}\n"));

    public static PlanningOptions Year(InstituteProgram program) => new() { Program = program, From = YearFrom, To = YearTo };

    public static PlanningOptions CouncilHeadsYear(IReadOnlyList<Host>? hosts = null, bool studyTour = false) => new()
    {
        Program = CouncilHeads,
        From = YearFrom,
        To = YearTo,
        Hosts = hosts ?? Councils,
        Every = Cadence.Every(6, CadenceUnit.Week),
        StudyTour = studyTour,
    };

    public static PlanningOptions MerhavHalfYear() => new() { Program = Merhav, From = new LocalDate(2026, 10, 1), To = new LocalDate(2027, 3, 31) };

    public static Plan Planned(PlanningOptions options)
    {
        var plan = Planner.Plan(options);
        plan.IsSuccess.Should().BeTrue(string.Join("; ", plan.ValidationErrors.Select(e => $"{e.Identifier}: {e.ErrorCode}: {e.ErrorMessage}")));
        return plan.Value;
    }

    public static IReadOnlyList<PlanFinding> Findings(PlanningOptions options, IEnumerable<PlannedMeeting> meetings)
    {
        var findings = PlanChecker.Check(options, meetings);
        findings.IsSuccess.Should().BeTrue(string.Join("; ", findings.ValidationErrors.Select(e => $"{e.Identifier}: {e.ErrorCode}: {e.ErrorMessage}")));
        return findings.Value;
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
}
