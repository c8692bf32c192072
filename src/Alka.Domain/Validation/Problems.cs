using System.Diagnostics.CodeAnalysis;
using Ardalis.Result;

namespace Alka.Domain.Validation;

/// <summary>
/// Collects every problem of a value being validated, each with a path-like identifier in the names of the JSON
/// format (<c>programs[2].cohorts[0].coordinator</c>) and an error code.
/// </summary>
internal sealed class Problems
{
    private readonly List<ValidationError> _errors = [];

    /// <summary>Whether any problem was found.</summary>
    public bool Any => _errors.Count > 0;

    /// <summary>The problems found so far, in the order found.</summary>
    public IReadOnlyList<ValidationError> Errors => _errors;

    /// <summary>Records a problem at <paramref name="path"/>.</summary>
    public void Add(string path, string code, string message) =>
        _errors.Add(new ValidationError(path, message, code, ValidationSeverity.Error));

    /// <summary>Records every problem of <paramref name="errors"/>.</summary>
    public void AddRange(IEnumerable<ValidationError> errors) => _errors.AddRange(errors);

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

    /// <summary>Returns <paramref name="value"/> when no problem was found, otherwise every problem.</summary>
    public Result<T> ToResult<T>(T value) => Any ? Result<T>.Invalid([.. _errors]) : Result<T>.Success(value);
}
