using Ardalis.Result;

namespace Alka.Domain.Planning;

/// <summary>
/// Plans every meeting of a program over a period under the rules of <see cref="PlanRules"/>: its meeting series (a
/// forum's regional meetings, national meetings, cohort meetings, a study tour) and its governing bodies' meetings
/// (planning teams, steering committees), each with its date, local hours, Hebrew date, host and reasons.
/// </summary>
/// <remarks>
/// <para>
/// Each series' dates are chosen by an exact dynamic program over the days of the period (see <c>docs/planning.md</c>):
/// hard rules as constraints, then the fewest changes to a previous plan, same-day clashes, avoid days, and days of
/// deviation from the cadence, ties to the earliest dates; hosts rotate in rounds assigned by bipartite matching. The same
/// request gives the same plan. A period that cannot hold a hard rule is <c>Invalid</c>, the error's code the rule's id
/// and its identifier the series, naming the dates; missing data is an error naming what is missing
/// (<see cref="PlanningErrors.HostsMissing"/>, <see cref="PlanningErrors.CadenceMissing"/>).
/// </para>
/// <para>Thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// var plan = Planner.Plan(new PlanningOptions
/// {
///     Program = BuiltInCatalog.Instance.Find("district-managers-forum")!,
///     From = new LocalDate(2026, 9, 1),
///     To = new LocalDate(2027, 8, 31),
/// });
/// if (plan.IsSuccess)
///     foreach (var meeting in plan.Value.Meetings)
///         Console.WriteLine(meeting);  // north-01 2026-09-01 09:00–13:00 (+03:00) forum north at interior-north …
/// </code>
/// </example>
public static class Planner
{
    /// <summary>Plans what <paramref name="options"/> asks.</summary>
    /// <returns>
    /// The plan; or <c>Invalid</c> listing every problem: of the request (the period — <c>from</c>, <c>to</c>,
    /// <see cref="PlanningErrors.PeriodTooLong"/> —, the hosts, the cadence, the options, the caller days, the previous
    /// plan's meetings), or the first hard rule the period cannot hold (code: the rule's id; identifier: the series).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/>, its program, rule options or caller days are <see langword="null"/>.</exception>
    public static Result<Plan> Plan(PlanningOptions options) => PlanningContext.Create(options).Bind(PlanEngine.Run);
}
