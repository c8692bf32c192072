namespace Alka.Domain.Validation;

/// <summary>The error codes shared by every area: missing values, malformed ids, duplicates, dangling references.</summary>
public static class CommonErrors
{
    /// <summary>A required value is missing or blank.</summary>
    public const string Required = "required";

    /// <summary>An id is not kebab-case (lowercase ASCII letters and digits joined by single hyphens, at most 64).</summary>
    public const string InvalidId = "invalid-id";

    /// <summary>An enum value is not one of the defined values.</summary>
    public const string Undefined = "undefined-value";

    /// <summary>Two entries of one list have the same id.</summary>
    public const string DuplicateId = "duplicate-id";

    /// <summary>A value appears more than once in a list of distinct values.</summary>
    public const string Duplicate = "duplicate";

    /// <summary>A range's minimum is negative or above its maximum.</summary>
    public const string InvalidRange = "invalid-range";

    /// <summary>A number is out of its allowed range (e.g. a count that must be positive).</summary>
    public const string OutOfRange = "out-of-range";

    /// <summary>An id refers to an organization, center, body or program that does not exist.</summary>
    public const string UnknownReference = "unknown-reference";

    /// <summary>A fact names no source document.</summary>
    public const string NoSource = "no-source";
}
