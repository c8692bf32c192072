namespace Alka.Domain.Planning;

/// <summary>
/// The companions of a chain's meetings — a planning team 7–21 days before each, an expanded committee before each
/// year's first — and what they add to a transition of the chain: the best day for each (cost, then the earliest), with
/// the two kept on different days when that is cheaper than a clash.
/// </summary>
internal sealed class CompanionDays
{
    private readonly PlanningContext _context;
    private readonly int[] _bestEarly;
    private readonly int[] _secondEarly;

    public CompanionDays(PlanningContext context, SeriesPlan? team, SeriesDays? teamDays, SeriesPlan? expanded, SeriesDays? expandedDays)
    {
        _context = context;
        Team = team;
        TeamDays = teamDays;
        Expanded = expanded;
        ExpandedDays = expandedDays;
        _bestEarly = [];
        _secondEarly = [];
        if (expanded is null || expandedDays is null)
        {
            return;
        }

        // The best and second-best day of the expanded committee from the start of each plan year up to each day.
        _bestEarly = new int[context.DayCount];
        _secondEarly = new int[context.DayCount];
        for (var year = 0; year < context.YearCount; year++)
        {
            int best = -1, second = -1;
            for (var day = context.YearStart(year); day <= context.YearEnd(year); day++)
            {
                if (expandedDays.Open(day))
                {
                    if (best < 0 || expandedDays.Cost[day] < expandedDays.Cost[best])
                    {
                        (second, best) = (best, day);
                    }
                    else if (second < 0 || expandedDays.Cost[day] < expandedDays.Cost[second])
                    {
                        second = day;
                    }
                }

                _bestEarly[day] = best;
                _secondEarly[day] = second;
            }
        }
    }

    public SeriesPlan? Team { get; }

    public SeriesDays? TeamDays { get; }

    public SeriesPlan? Expanded { get; }

    public SeriesDays? ExpandedDays { get; }

    public int TeamNominalLead => Team is null ? 0 : (Team.LeadMin + Team.LeadMax) / 2;

    /// <summary>Whether a meeting on <paramref name="day"/> after one on <paramref name="previous"/> (−1: none) opens its plan year.</summary>
    public bool OpensYear(int previous, int day) => Expanded is not null && previous < _context.YearStart(_context.YearOf(day));

    /// <summary>
    /// What the companions of a meeting on <paramref name="day"/>, after one on <paramref name="previous"/> (−1: the
    /// first), add to the plan's cost, and their days (−1 where none is needed); <see cref="Cost.Infinite"/> when one
    /// has no day.
    /// </summary>
    public long Evaluate(int previous, int day, out int team, out int expanded)
    {
        team = expanded = -1;
        int team1 = -1, team2 = -1;
        long teamCost1 = 0, teamCost2 = Cost.Infinite;
        if (Team is not null)
        {
            var days = TeamDays!;
            teamCost1 = Cost.Infinite;
            var nominal = TeamNominalLead;
            for (var p = Math.Max(Math.Max(day - Team.LeadMax, previous + 1), 0); p <= day - Team.LeadMin; p++)
            {
                if (!days.Open(p))
                {
                    continue;
                }

                var cost = days.Cost[p] + Math.Abs(day - p - nominal);
                if (cost < teamCost1)
                {
                    (team2, teamCost2, team1, teamCost1) = (team1, teamCost1, p, cost);
                }
                else if (cost < teamCost2)
                {
                    (team2, teamCost2) = (p, cost);
                }
            }

            if (team1 < 0)
            {
                return Cost.Infinite;
            }
        }

        if (!OpensYear(previous, day))
        {
            team = team1;
            return teamCost1;
        }

        var early1 = day > 0 ? _bestEarly[day - 1] : -1;
        var early2 = day > 0 ? _secondEarly[day - 1] : -1;
        if (early1 < 0 || early1 < _context.YearStart(_context.YearOf(day)))
        {
            return Cost.Infinite;
        }

        if (early2 >= 0 && early2 < _context.YearStart(_context.YearOf(day)))
        {
            early2 = -1;
        }

        var esDays = ExpandedDays!;
        if (team1 < 0 || team1 != early1)
        {
            (team, expanded) = (team1, early1);
            return teamCost1 + esDays.Cost[early1];
        }

        // The two best days coincide: a clash, or the second best of either.
        var clash = teamCost1 + esDays.Cost[early1] + Cost.SameDay;
        var moveExpanded = early2 < 0 ? Cost.Infinite : teamCost1 + esDays.Cost[early2];
        var moveTeam = team2 < 0 ? Cost.Infinite : teamCost2 + esDays.Cost[early1];
        if (moveExpanded <= moveTeam && moveExpanded <= clash)
        {
            (team, expanded) = (team1, early2);
            return moveExpanded;
        }

        if (moveTeam <= clash)
        {
            (team, expanded) = (team2, early1);
            return moveTeam;
        }

        (team, expanded) = (team1, early1);
        return clash;
    }
}
