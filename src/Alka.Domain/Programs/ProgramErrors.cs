namespace Alka.Domain.Programs;

/// <summary>The error codes of programs, cohorts, regional forums, task forces and the catalog.</summary>
public static class ProgramErrors
{
    /// <summary>A cohort has no coordinator ("each cohort has a coordinator").</summary>
    public const string CohortWithoutCoordinator = "cohort-without-coordinator";

    /// <summary>A cohort's coordinator is not staff in the coordinator role.</summary>
    public const string CohortCoordinatorRole = "cohort-coordinator-role";

    /// <summary>Cohort numbers do not run 1, 2, 3, … in order.</summary>
    public const string CohortNumber = "cohort-number";

    /// <summary>A cohort ends before it starts.</summary>
    public const string CohortDatesReversed = "cohort-dates-reversed";

    /// <summary>A cohort's participant range lies outside the program's.</summary>
    public const string CohortParticipantsOutsideProgram = "cohort-participants-outside-program";

    /// <summary>A regional forum's regions are not exactly the five regions, each once.</summary>
    public const string RegionalForumRegions = "regional-forum-regions";

    /// <summary>A region of a regional forum has no forum meeting series of its own.</summary>
    public const string RegionWithoutForumSeries = "region-without-forum-series";

    /// <summary>A task-force plan lists more topics than it has task forces.</summary>
    public const string TaskForceTopicsExceedCount = "task-force-topics-exceed-count";

    /// <summary>A program lists itself as related.</summary>
    public const string RelatedToItself = "related-to-itself";

    /// <summary>A reference to an organization that is not a partner of the program.</summary>
    public const string NotAPartner = "not-a-partner";

    /// <summary>The catalog's JSON names a schema version this library does not read.</summary>
    public const string UnsupportedSchemaVersion = "unsupported-schema-version";
}
