using Alka.Domain.Scheduling;

namespace Alka.Domain.Planning;

/// <summary>How a series' dates are chosen.</summary>
internal enum SeriesShape
{
    /// <summary>A chain of meetings a cadence apart, as many as cover the period (forums, committees).</summary>
    Chain,

    /// <summary>A fixed number of meetings in each year of the period (national meetings).</summary>
    PerYear,

    /// <summary>A fixed number of meetings, the most the period allows within a range (a cohort).</summary>
    Cohort,

    /// <summary>Consecutive days once in the period (a study tour).</summary>
    Tour,
}

/// <summary>A companion of a chain's meetings: a planning team before each, an expanded committee before each year's first.</summary>
internal enum CompanionKind
{
    /// <summary>No companion.</summary>
    None,

    /// <summary>Before every meeting, <see cref="SeriesPlan.LeadMin"/>–<see cref="SeriesPlan.LeadMax"/> days before it, on a workday.</summary>
    PlanningTeam,

    /// <summary>Once in each plan year with meetings, before that year's first meeting.</summary>
    ExpandedSteering,
}

/// <summary>
/// One series or governing body of a program as the planner plans it: its identity, its rules' numbers and its hosts.
/// Built by <see cref="PlanningContext"/> from the program, the request and the options; read by the planner and the
/// checker alike.
/// </summary>
internal sealed class SeriesPlan
{
    public required string Id { get; init; }

    public required MeetingKind Kind { get; init; }

    public required MeetingGroup Group { get; init; }

    public required BilingualText Name { get; init; }

    public required SeriesShape Shape { get; init; }

    /// <summary>The rule of the series' dates: its cadence, count or lead.</summary>
    public required string CadenceRule { get; init; }

    /// <summary>The fewest days between consecutive meetings.</summary>
    public int GapMin { get; init; }

    /// <summary>The most days between consecutive meetings.</summary>
    public int GapMax { get; init; }

    /// <summary>The gap the planner aims at; 0 for none.</summary>
    public int NominalGap { get; init; }

    /// <summary>The first meeting lies within this many days of the period's start; −1 when free.</summary>
    public int FirstWithin { get; init; } = -1;

    /// <summary>The last meeting lies within this many days of the period's end; −1 when free.</summary>
    public int LastWithin { get; init; } = -1;

    /// <summary>The day of the period (from 0) the first meeting aims at (the regions are staggered a week apart); −1 for none.</summary>
    public int FirstTarget { get; init; } = -1;

    /// <summary>The mean gap's bounds (regional forums); 0 when free.</summary>
    public int MeanMin { get; init; }

    /// <summary>The mean gap's upper bound; 0 when free.</summary>
    public int MeanMax { get; init; }

    /// <summary>For <see cref="SeriesShape.PerYear"/>, the meetings in a full year.</summary>
    public int PerYear { get; init; }

    /// <summary>For <see cref="SeriesShape.Cohort"/>, the fewest meetings (the most is <see cref="CountMax"/>).</summary>
    public int CountMin { get; init; }

    /// <summary>For <see cref="SeriesShape.Cohort"/>, the most meetings.</summary>
    public int CountMax { get; init; }

    /// <summary>For <see cref="SeriesShape.Tour"/>, its days; otherwise 1.</summary>
    public int Length { get; init; } = 1;

    /// <summary>For <see cref="SeriesShape.Tour"/>, the weekday it starts on.</summary>
    public NodaTime.IsoDayOfWeek FirstWeekday { get; init; }

    /// <summary>The hours of each day.</summary>
    public required MeetingHours Hours { get; init; }

    /// <summary>The rule on the hours (<c>half-day</c>, <c>full-day</c>, <c>planning-team</c>), when one applies.</summary>
    public string? HoursRule { get; init; }

    /// <summary>Whether only Sunday–Thursday will do (a planning team).</summary>
    public bool WorkdaysOnly { get; init; }

    /// <summary>Whether the series roams between <see cref="Hosts"/>.</summary>
    public bool Roaming { get; init; }

    /// <summary>The pool of a roaming series, in rotation order; empty otherwise.</summary>
    public IReadOnlyList<Host> Hosts { get; init; } = [];

    /// <summary>Whether a national meeting's week is closed to it (a regional forum of a program with national meetings).</summary>
    public bool AvoidsNationalWeeks { get; init; }

    /// <summary>What this series is to its <see cref="Parent"/>: a planning team or an expanded committee; <see cref="CompanionKind.None"/> for a series of its own.</summary>
    public CompanionKind Companion { get; init; }

    /// <summary>For a companion, the series it accompanies.</summary>
    public SeriesPlan? Parent { get; init; }

    /// <summary>For a planning team, the fewest days before its meeting.</summary>
    public int LeadMin { get; init; }

    /// <summary>For a planning team, the most days before its meeting.</summary>
    public int LeadMax { get; init; }

    /// <summary>The companions of this series (a planning team, an expanded committee).</summary>
    public List<SeriesPlan> Companions { get; } = [];

    /// <inheritdoc/>
    public override string ToString() => $"{Id} ({Kind}, {Shape})";
}
