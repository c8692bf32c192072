namespace Alka.Domain.Programs;

/// <summary>The error codes of programs, cohorts, regional forums, task forces and the catalog.</summary>
public static class ProgramErrors
{
    /// <summary>A cohort has no coordinator ("each cohort has a coordinator").</summary>
    /// <remarks><see cref="Cohort.Create"/> (identifier <c>coordinator</c>).</remarks>
    public const string CohortWithoutCoordinator = "cohort-without-coordinator";

    /// <summary>A cohort's coordinator is not staff in the coordinator role.</summary>
    /// <remarks><see cref="Cohort.Create"/> (identifier <c>coordinator.staffRole</c>).</remarks>
    public const string CohortCoordinatorRole = "cohort-coordinator-role";

    /// <summary>Cohort numbers do not run 1, 2, 3, … in order.</summary>
    /// <remarks><see cref="Cohort.Create"/>, <see cref="LearningProgramFormat.Create"/> (identifier <c>…cohorts[i].number</c>).</remarks>
    public const string CohortNumber = "cohort-number";

    /// <summary>A cohort's participant range lies outside the program's.</summary>
    /// <remarks><see cref="LearningProgramFormat.Create"/> (identifier <c>cohorts[i].participants</c>).</remarks>
    public const string CohortParticipantsOutsideProgram = "cohort-participants-outside-program";

    /// <summary>A regional forum's regions are not exactly the five regions, each once.</summary>
    /// <remarks><see cref="RegionalForumFormat.Create"/> (identifier <c>regions</c>).</remarks>
    public const string RegionalForumRegions = "regional-forum-regions";

    /// <summary>A region of a regional forum has no forum meeting series of its own.</summary>
    /// <remarks><see cref="InstituteProgram.Create"/> (identifier <c>format.regions[i]</c>).</remarks>
    public const string RegionWithoutForumSeries = "region-without-forum-series";

    /// <summary>A task-force plan lists more topics than it has task forces.</summary>
    /// <remarks><see cref="TaskForcePlan.Create"/> (identifier <c>knownTopics</c>).</remarks>
    public const string TaskForceTopicsExceedCount = "task-force-topics-exceed-count";

    /// <summary>A program lists itself as related.</summary>
    /// <remarks><see cref="InstituteProgram.Create"/> (identifier <c>relatedProgramIds[i]</c>).</remarks>
    public const string RelatedToItself = "related-to-itself";

    /// <summary>A reference to an organization that is not a partner of the program.</summary>
    /// <remarks><see cref="InstituteProgram.Create"/>: a body member or a duty's party.</remarks>
    public const string NotAPartner = "not-a-partner";

    /// <summary>The catalog's JSON names a schema version this library does not read.</summary>
    /// <remarks><see cref="ProgramCatalog.Create"/>, <see cref="Serialization.CatalogJson"/> (identifier <c>schemaVersion</c>).</remarks>
    public const string UnsupportedSchemaVersion = "unsupported-schema-version";
}
