namespace Alka.Domain.Programs;

/// <summary>One of the institute's three interconnected strategies; one program may use several.</summary>
/// <remarks>
/// The stable text ids are public API: see <see cref="StrategyIds"/>. The value <c>0</c> is not a valid value.
/// </remarks>
public enum Strategy
{
    /// <summary>Learning programs for leaders, oriented to social impact. Id <c>learning-programs</c>.</summary>
    LearningPrograms = 1,

    /// <summary>Mentoring and supporting transformative and adaptive leaders for measurable, sustainable, system-wide impact. Id <c>leadership-support</c>.</summary>
    LeadershipSupport,

    /// <summary>Supporting high-impact processes of leaders with government, and building infrastructure for cross-sector collaboration. Id <c>cross-sector-processes</c>.</summary>
    CrossSectorProcesses,
}
