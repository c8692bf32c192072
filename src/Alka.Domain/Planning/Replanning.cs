using NodaTime;
using NodaTime.Text;

namespace Alka.Domain.Planning;

/// <summary>
/// The changes of a re-plan from the previous plan — <c>moved</c>, <c>rehosted</c>, <c>added</c>, <c>removed</c> — each
/// with the rule that forced it: the checker is run on the new plan with that one change undone, and the first rule it
/// then finds broken (on that meeting first, hard before soft) is the reason.
/// </summary>
internal static class Replanning
{
    public static List<PlanChange> Changes(PlanningContext context, IReadOnlyList<SolvedSeries> solved, List<PlannedMeeting> meetings)
    {
        var changes = new List<PlanChange>();
        var byId = meetings.ToDictionary(m => m.Id, StringComparer.Ordinal);
        foreach (var series in solved)
        {
            for (var i = 0; i < series.Dates.Count; i++)
            {
                var now = byId[series.Ids[i]];
                var before = series.Previous[i];
                if (before is null)
                {
                    var (rule, why) = Reason(context, meetings, series, Without(meetings, now), now.Id, "without it");
                    changes.Add(new PlanChange(now.Id, PlanChangeKind.Added, null, now.Date, null, now.HostId, rule, why));
                }
                else if (before.Date != now.Date)
                {
                    var (rule, why) = Reason(context, meetings, series, With(meetings, now, Restored(before, now)), now.Id, $"on its previous date, {Iso(before.Date)}");
                    changes.Add(new PlanChange(now.Id, PlanChangeKind.Moved, before.Date, now.Date, before.HostId, now.HostId, rule, why));
                }
                else if (before.HostId != now.HostId)
                {
                    var (rule, why) = Reason(context, meetings, series, With(meetings, now, Restored(before, now)), now.Id, $"at its previous host, {before.HostId ?? "none"}");
                    changes.Add(new PlanChange(now.Id, PlanChangeKind.Rehosted, before.Date, now.Date, before.HostId, now.HostId, rule, why));
                }
            }

            foreach (var gone in series.Removed)
            {
                var (rule, why) = Reason(context, meetings, series, [.. meetings, Restored(gone, null)], gone.Id, "if kept");
                changes.Add(new PlanChange(gone.Id, PlanChangeKind.Removed, gone.Date, null, gone.HostId, null, rule, why));
            }
        }

        changes.Sort((a, b) =>
        {
            var order = (a.DateAfter ?? a.DateBefore!.Value).CompareTo(b.DateAfter ?? b.DateBefore!.Value);
            return order != 0 ? order : string.CompareOrdinal(a.MeetingId, b.MeetingId);
        });
        return changes;
    }

    /// <summary>The rule the plan with the change undone breaks, and why, in English.</summary>
    private static (string Rule, string Message) Reason(PlanningContext context, List<PlannedMeeting> plan, SolvedSeries series, List<PlannedMeeting> undone, string id, string what)
    {
        var known = PlanChecker.Findings(context, plan, soft: true).Select(f => (f.MeetingId, f.RuleId)).ToHashSet();
        var hard = PlanChecker.Findings(context, undone, soft: false).Where(f => !known.Contains((f.MeetingId, f.RuleId))).ToList();
        var found = hard.FirstOrDefault(f => f.MeetingId == id) ?? hard.FirstOrDefault();
        if (found is null)
        {
            var soft = PlanChecker.Findings(context, undone, soft: true).Where(f => f.Strength == RuleStrength.Soft && !known.Contains((f.MeetingId, f.RuleId))).ToList();
            found = soft.FirstOrDefault(f => f.MeetingId == id) ?? soft.FirstOrDefault();
        }

        return found is null
            ? (series.Series.CadenceRule, $"{what}, it would not keep the series' cadence with the plan's other changes")
            : (found.RuleId, $"{what}, {(found.MeetingId == id ? "it" : found.MeetingId)} would break {found.RuleId}: {found.Message}");
    }

    /// <summary>The previous meeting as it was, under the id it has now.</summary>
    private static PlannedMeeting Restored(PlannedMeeting before, PlannedMeeting? now) =>
        new(now?.Id ?? before.Id, before.Kind, before.Group, before.SeriesId, before.Name, before.HostId, before.Days);

    private static List<PlannedMeeting> Without(List<PlannedMeeting> meetings, PlannedMeeting meeting) => [.. meetings.Where(m => m != meeting)];

    private static List<PlannedMeeting> With(List<PlannedMeeting> meetings, PlannedMeeting old, PlannedMeeting replacement) =>
        [.. meetings.Select(m => m == old ? replacement : m)];

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
