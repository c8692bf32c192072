namespace Alka.Domain.Planning;

/// <summary>
/// The error codes of planning that are not rules. A period that cannot hold a hard rule is an error whose code is the
/// rule's id (<see cref="PlanRules"/>) and whose identifier is the series (<c>north</c>), naming the dates.
/// </summary>
public static class PlanningErrors
{
    /// <summary>A roaming series has no hosts: neither the catalog's pool nor the caller's (<c>--hosts</c>).</summary>
    /// <remarks><see cref="Planner.Plan"/> (identifier <c>hosts</c>).</remarks>
    public const string HostsMissing = "hosts-missing";

    /// <summary>A series' sources state no cadence and none was given (<c>--every</c>).</summary>
    /// <remarks><see cref="Planner.Plan"/> (identifier <c>every</c>).</remarks>
    public const string CadenceMissing = "cadence-missing";

    /// <summary>The program states no meeting series and no governing body with a cadence: nothing to plan.</summary>
    /// <remarks><see cref="Planner.Plan"/> (identifier <c>program</c>).</remarks>
    public const string NothingToPlan = "nothing-to-plan";

    /// <summary>A series or body has a cadence or kind the planner cannot turn into dates (named in the message).</summary>
    /// <remarks><see cref="Planner.Plan"/> (identifier <c>every</c> or the series' id).</remarks>
    public const string UnplannableSeries = "unplannable-series";

    /// <summary>A study tour was asked for, and the program has no study-tour series.</summary>
    /// <remarks><see cref="Planner.Plan"/> (identifier <c>studyTour</c>).</remarks>
    public const string NoStudyTour = "no-study-tour";

    /// <summary>A given host serves no series of the program (its group has no roaming series).</summary>
    /// <remarks><see cref="Planner.Plan"/> (identifier <c>hosts[i]</c>).</remarks>
    public const string HostUnused = "host-unused";

    /// <summary>A cadence was given (<c>--every</c>) and every series of the program has one from its sources: it would be ignored.</summary>
    /// <remarks><see cref="Planner.Plan"/>, <see cref="PlanChecker.Check"/> (identifier <c>every</c>).</remarks>
    public const string CadenceUnused = "cadence-unused";

    /// <summary>The period is longer than the planner plans at once (ten years).</summary>
    /// <remarks><see cref="Planner.Plan"/>, <see cref="PlanChecker.Check"/> (identifier <c>to</c>).</remarks>
    public const string PeriodTooLong = "period-too-long";

    /// <summary>An option is outside the bounds its rule allows (named in the message).</summary>
    /// <remarks><see cref="Planner.Plan"/>, <see cref="PlanChecker.Check"/> (identifier <c>options.…</c>).</remarks>
    public const string InvalidOption = "invalid-option";

    /// <summary>A meeting of a previous or checked plan matches no series of the program (its kind and group).</summary>
    /// <remarks><see cref="Planner.Plan"/> with <see cref="PlanningOptions.Previous"/>, <see cref="PlanChecker.Check"/> (identifier <c>meetings[i]</c>).</remarks>
    public const string UnknownSeries = "unknown-series";

    /// <summary>A meeting id appears twice in a previous or checked plan.</summary>
    /// <remarks><see cref="Planner.Plan"/> with <see cref="PlanningOptions.Previous"/>, <see cref="PlanChecker.Check"/> (identifier <c>meetings[i]</c>).</remarks>
    public const string DuplicateMeeting = "duplicate-meeting";

    /// <summary>A meeting cannot be made: no days, an end before its start, a bad id.</summary>
    /// <remarks><see cref="PlannedMeeting.Create"/>; <c>PlanJson.Read</c> (identifier <c>$.meetings[i]…</c>).</remarks>
    public const string InvalidMeeting = "invalid-meeting";
}
