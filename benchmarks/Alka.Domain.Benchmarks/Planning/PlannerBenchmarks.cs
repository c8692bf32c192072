using Alka.Domain.Geography;
using Alka.Domain.Planning;
using Alka.Domain.Programs;
using Alka.Domain.Scheduling;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace Alka.Domain.Benchmarks.Planning;

/// <summary>
/// Planning a year of the District Managers Forum (five regions every five weeks, two national meetings, hosts in rotation,
/// every considered date explained), the baseline; a thousand such years, each from another day (the target: 200 ms on
/// one core); a year of the council heads' forum with its committees, planning teams and study tour; and checking a
/// year's plan. The forum calendars of the periods are warm, as in a service that plans again and again.
/// </summary>
[MemoryDiagnoser]
public class PlannerBenchmarks
{
    private static readonly LocalDate From = new(2026, 9, 1);

    private PlanningOptions _managers = null!;
    private PlanningOptions _heads = null!;
    private PlanningOptions[] _years = null!;
    private Plan _plan = null!;

    [GlobalSetup]
    public void Setup()
    {
        var catalog = BuiltInCatalog.Instance;
        _managers = new PlanningOptions { Program = catalog.Find(BuiltInCatalog.ProgramIds.DistrictManagersForum)!, From = From, To = From.PlusYears(1).PlusDays(-1) };
        _heads = new PlanningOptions
        {
            Program = catalog.Find(BuiltInCatalog.ProgramIds.CouncilHeadsForum)!,
            From = From,
            To = From.PlusYears(1).PlusDays(-1),
            Every = Cadence.Every(6, CadenceUnit.Week),
            StudyTour = true,
            // Ten local councils of at most 20,000 residents, by their CBS codes.
            Hosts = [.. LocalAuthorities.Filter(MunicipalStatus.LocalCouncil, 20_000).Take(10).Select(a => Host.Create(a.Code, MeetingGroup.All, a.Name).Value)],
        };
        _years = [.. Enumerable.Range(0, 1000).Select(i => new PlanningOptions { Program = _managers.Program, From = From.PlusDays(i), To = From.PlusDays(i).PlusYears(1).PlusDays(-1) })];
        _plan = Planner.Plan(_managers).Value;
        foreach (var year in _years)
        {
            Planner.Plan(year);
        }
    }

    [Benchmark(Baseline = true)]
    public int DistrictManagersYear() => Planner.Plan(_managers).Value.Meetings.Count;

    [Benchmark(OperationsPerInvoke = 1000)]
    public int ThousandDistrictManagersYears()
    {
        var meetings = 0;
        foreach (var year in _years)
        {
            meetings += Planner.Plan(year).Value.Meetings.Count;
        }

        return meetings;
    }

    [Benchmark]
    public int CouncilHeadsYear() => Planner.Plan(_heads).Value.Meetings.Count;

    [Benchmark]
    public int CheckDistrictManagersYear() => PlanChecker.Check(_managers, _plan.Meetings).Value.Count;
}
