namespace Alka.Domain.Planning;

/// <summary>The meetings the planner chose for one series: their days, ids and hosts, with what explains them.</summary>
internal sealed class SolvedSeries
{
    public required SeriesPlan Series { get; init; }

    /// <summary>The days as the series saw them when it was solved.</summary>
    public required SeriesDays Days { get; init; }

    /// <summary>The meetings' (first) days, ascending.</summary>
    public required IReadOnlyList<int> Dates { get; init; }

    /// <summary>The meetings' ids.</summary>
    public required string[] Ids { get; init; }

    /// <summary>The meetings' hosts; <see langword="null"/> where none applies.</summary>
    public required string?[] Hosts { get; init; }

    /// <summary>The previous plan's meeting each one continues; <see langword="null"/> for a new one.</summary>
    public required PlannedMeeting?[] Previous { get; init; }

    /// <summary>The previous plan's meetings of the series that no meeting continues.</summary>
    public required IReadOnlyList<PlannedMeeting> Removed { get; init; }

    /// <summary>For a chain with companions, how they were chosen.</summary>
    public CompanionDays? Companions { get; init; }

    /// <summary>For a companion, the chain it accompanies.</summary>
    public SolvedSeries? Parent { get; init; }

    /// <summary>For a chain, its companions once solved.</summary>
    public List<SolvedSeries> CompanionSolutions { get; } = [];

    /// <summary>For a companion, the index in <see cref="Parent"/> of the meeting each one precedes.</summary>
    public int[] Owners { get; init; } = [];
}
