using System.Diagnostics.CodeAnalysis;
using Ardalis.Result;
using NodaTime;
using NodaTime.Text;

namespace Alka.Domain.Validation;

/// <summary>
/// Collects every problem of a value being validated, each with a path-like identifier in the names of the JSON
/// format (<c>programs[2].cohorts[0].coordinator</c>) and an error code: the one way every area reports problems.
/// </summary>
/// <remarks>Nothing is allocated until the first problem, so a check on a hot path costs one small object.</remarks>
internal sealed class Problems
{
    private List<ValidationError>? _errors;

    /// <summary>Whether any problem was found.</summary>
    public bool Any => _errors is not null;

    /// <summary>The problems found so far, in the order found.</summary>
    public IReadOnlyList<ValidationError> Errors => _errors ?? [];

    /// <summary>One problem at <paramref name="path"/>, for a check that stops at its first.</summary>
    public static ValidationError Error(string path, string code, string message) =>
        new(path, message, code, ValidationSeverity.Error);

    /// <summary>An invalid result with the one problem at <paramref name="path"/>.</summary>
    public static Result<T> Invalid<T>(string path, string code, string message) => Result<T>.Invalid(Error(path, code, message));

    /// <summary>Records a problem at <paramref name="path"/>.</summary>
    public void Add(string path, string code, string message) => (_errors ??= []).Add(Error(path, code, message));

    /// <summary>Records every problem of <paramref name="errors"/>.</summary>
    public void AddRange(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            (_errors ??= []).Add(error);
        }
    }

    /// <summary>Records a problem when <paramref name="value"/> is null or white space.</summary>
    /// <returns><see langword="true"/> when the value is present.</returns>
    public bool Required(string? value, string path)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        Add(path, CommonErrors.Required, "A value is required.");
        return false;
    }

    /// <summary>Records a problem when <paramref name="value"/> is null.</summary>
    /// <returns><see langword="true"/> when the value is present.</returns>
    public bool Required<T>(T? value, string path)
        where T : class
    {
        if (value is not null)
        {
            return true;
        }

        Add(path, CommonErrors.Required, "A value is required.");
        return false;
    }

    /// <summary>Records a problem when <paramref name="id"/> is missing or not a kebab-case id.</summary>
    public void Id(string? id, string path)
    {
        if (Required(id, path) && !Ids.IsKebabCase(id))
        {
            Add(path, CommonErrors.InvalidId, $"'{id}' is not a kebab-case id (lowercase letters and digits joined by hyphens).");
        }
    }

    /// <summary>Records a problem when <paramref name="value"/> is not a member of its enum with an id.</summary>
    public void Defined<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T>(T value, string path)
        where T : struct, Enum
    {
        if (!Ids.IsDefined(value))
        {
            Add(path, CommonErrors.Undefined, $"{value} is not a defined {typeof(T).Name}.");
        }
    }

    /// <summary>Records a problem when <paramref name="value"/> is set but not a member of its enum with an id.</summary>
    public void Defined<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T>(T? value, string path)
        where T : struct, Enum
    {
        if (value is { } set)
        {
            Defined(set, path);
        }
    }

    /// <summary>Records a problem when <paramref name="id"/> is set but not a kebab-case id.</summary>
    public void OptionalId(string? id, string path)
    {
        if (id is not null)
        {
            Id(id, path);
        }
    }

    /// <summary>Records a problem for each id of <paramref name="items"/> that repeats an earlier one.</summary>
    public void Unique<T>(IReadOnlyList<T> items, Func<T, string?> id, string path, string what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var key = id(items[i]);
            if (key is not null && !seen.Add(key))
            {
                Add(At.Index(path, i), CommonErrors.DuplicateId, $"The {what} '{key}' appears more than once.");
            }
        }
    }

    /// <summary>Records a problem for each value of <paramref name="items"/> that repeats an earlier one.</summary>
    public void Distinct<T>(IReadOnlyList<T> items, string path)
        where T : struct, Enum
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items.Take(i).Contains(items[i]))
            {
                Add(At.Index(path, i), CommonErrors.Duplicate, $"{items[i]} appears more than once.");
            }
        }
    }

    /// <summary>Validates each item of <paramref name="items"/> at its index under <paramref name="path"/>.</summary>
    public void Each<T>(IReadOnlyList<T> items, string path, Action<T, Problems, string> validate)
    {
        for (var i = 0; i < items.Count; i++)
        {
            validate(items[i], this, At.Index(path, i));
        }
    }

    /// <summary>Validates <paramref name="value"/> from the root and returns it, or every problem found.</summary>
    public static Result<T> Check<T>(T value, Action<Problems, string> validate)
    {
        var problems = new Problems();
        validate(problems, string.Empty);
        return problems.ToResult(value);
    }

    /// <summary>
    /// Validates each item of <paramref name="items"/> at its index under <paramref name="path"/>, recording a missing
    /// (<see langword="null"/>) item as <see cref="CommonErrors.Required"/>.
    /// </summary>
    public void Items<T>(IReadOnlyList<T> items, string path, Action<T, Problems, string> validate)
        where T : class
    {
        for (var i = 0; i < items.Count; i++)
        {
            var at = At.Index(path, i);
            if (Required(items[i], at))
            {
                validate(items[i], this, at);
            }
        }
    }

    /// <summary>
    /// Validates each item of a list of entries with ids (<see cref="Items{T}"/>) and records each id that repeats an
    /// earlier one (<see cref="Unique{T}"/>).
    /// </summary>
    public void Entries<T>(IReadOnlyList<T> items, string path, Func<T, string?> id, Action<T, Problems, string> validate)
        where T : class
    {
        Items(items, path, validate);
        Unique(items, item => item is null ? null : id(item), path, "id");
    }

    /// <summary>
    /// Records a problem when <paramref name="items"/> is empty, and for each of its values that is undefined or
    /// repeats an earlier one.
    /// </summary>
    public void DefinedDistinct<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T>(IReadOnlyList<T> items, string path)
        where T : struct, Enum
    {
        if (items.Count == 0)
        {
            Add(path, CommonErrors.Required, "List at least one value.");
        }

        Each(items, path, (item, p, at) => p.Defined(item, at));
        Distinct(items, path);
    }

    /// <summary>
    /// Records a problem when <paramref name="date"/> is outside <paramref name="min"/> … <paramref name="max"/>
    /// (<see cref="CommonErrors.DateOutOfRange"/>). All dates are ISO.
    /// </summary>
    /// <returns><see langword="true"/> when the date is in range.</returns>
    public bool DateInRange(LocalDate date, LocalDate min, LocalDate max, string path)
    {
        if (date >= min && date <= max)
        {
            return true;
        }

        Add(path, CommonErrors.DateOutOfRange, $"{Iso(date)} is outside the supported range {Iso(min)} … {Iso(max)}.");
        return false;
    }

    /// <summary>
    /// Records every problem of the range <paramref name="from"/> … <paramref name="to"/> within <paramref name="min"/>
    /// … <paramref name="max"/>: each end outside (<see cref="CommonErrors.DateOutOfRange"/>), the end before the
    /// start (<see cref="CommonErrors.EndBeforeStart"/>, at <paramref name="toPath"/>). All dates are ISO.
    /// </summary>
    /// <param name="from">The start.</param>
    /// <param name="to">The end.</param>
    /// <param name="min">The first supported date.</param>
    /// <param name="max">The last supported date.</param>
    /// <param name="fromPath">The identifier of the start.</param>
    /// <param name="toPath">The identifier of the end.</param>
    /// <param name="endExclusive">Whether the end is exclusive, and so may be the day after <paramref name="max"/>.</param>
    public void DateRange(
        LocalDate from, LocalDate to, LocalDate min, LocalDate max, string fromPath = "from", string toPath = "to", bool endExclusive = false)
    {
        DateInRange(from, min, max, fromPath);
        if (!(endExclusive && to == max.PlusDays(1)))
        {
            DateInRange(to, min, max, toPath);
        }

        if (to < from)
        {
            Add(toPath, CommonErrors.EndBeforeStart, $"{Iso(to)} is before the start of the range, {Iso(from)}.");
        }
    }

    /// <summary>An invalid result with every problem found; only when <see cref="Any"/>.</summary>
    public Result<T> Invalid<T>() => Result<T>.Invalid([.. Errors]);

    /// <summary>Returns <paramref name="value"/> when no problem was found, otherwise every problem.</summary>
    public Result<T> ToResult<T>(T value) => Any ? Invalid<T>() : Result<T>.Success(value);

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
