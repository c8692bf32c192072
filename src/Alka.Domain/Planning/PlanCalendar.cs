using System.Collections.Concurrent;
using Alka.Domain.Calendar;
using Alka.Domain.Scheduling;
using Ardalis.Result;

namespace Alka.Domain.Planning;

/// <summary>
/// The one place where a plan's forum calendar is built: the forum's communities and day policy, with the caller's
/// days (blackouts, elections) in its community calendar. Local elections are judged per host by the planner, so the
/// forum calendar holds no authorities. Calendars without caller days are shared (at most <see cref="MaxShared"/>).
/// </summary>
internal static class PlanCalendar
{
    private const int MaxShared = 64;

    private static readonly ConcurrentDictionary<(CommunityMix, DayPolicy), ForumCalendar> Shared = new();

    // Valid by construction: the built-in days with possible days, nothing announced, no caller days.
    private static readonly Lazy<CommunityCalendar> WithPossibleDays = new(() =>
        CommunityCalendar.Create(new CommunityCalendarOptions { IncludePossibleDays = true }).Value);

    public static Result<ForumCalendar> For(CommunityMix communities, DayPolicy policy, IReadOnlyList<CallerDay> callerDays)
    {
        if (callerDays.Count == 0 && Shared.TryGetValue((communities, policy), out var shared))
        {
            return shared;
        }

        var communityCalendar = callerDays.Count == 0
            ? Result<CommunityCalendar>.Success(WithPossibleDays.Value)
            : CommunityCalendar.Create(new CommunityCalendarOptions { IncludePossibleDays = true, CallerDays = callerDays });
        var forum = communityCalendar.Bind(calendar => ForumCalendar.Create(new ForumCalendarOptions
        {
            CommunityCalendar = calendar,
            Communities = communities,
            Policy = policy,
        }));
        if (forum.IsSuccess && callerDays.Count == 0 && Shared.Count < MaxShared)
        {
            Shared.TryAdd((communities, policy), forum.Value);
        }

        return forum;
    }
}
