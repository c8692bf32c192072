using System.Collections.Concurrent;
using Alka.Domain.Calendar;
using Alka.Domain.Scheduling;
using Ardalis.Result;

namespace Alka.Domain.Planning;

/// <summary>
/// The one place where a plan's forum calendar is built: the forum's communities and day policy over the shared
/// community calendar (built-in days with possible days), the caller's days (blackouts, elections) given to the forum
/// calendar itself (<see cref="ForumCalendarOptions.CallerDays"/>). Local elections are judged per host by the planner,
/// so the forum calendar holds no authorities. Calendars without caller days are shared (at most <see cref="MaxShared"/>).
/// </summary>
internal static class PlanCalendar
{
    private const int MaxShared = 64;

    private static readonly ConcurrentDictionary<(CommunityMix, DayPolicy), ForumCalendar> Shared = new();

    public static Result<ForumCalendar> For(CommunityMix communities, DayPolicy policy, IReadOnlyList<CallerDay> callerDays)
    {
        if (callerDays.Count == 0 && Shared.TryGetValue((communities, policy), out var shared))
        {
            return shared;
        }

        var forum = ForumCalendar.Create(new ForumCalendarOptions
        {
            CommunityCalendar = CommunityCalendar.Default,
            Communities = communities,
            Policy = policy,
            CallerDays = callerDays,
        });
        if (forum.IsSuccess && callerDays.Count == 0 && Shared.Count < MaxShared)
        {
            Shared.TryAdd((communities, policy), forum.Value);
        }

        return forum;
    }
}
