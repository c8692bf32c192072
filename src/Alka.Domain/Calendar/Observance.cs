using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Calendar;

/// <summary>
/// A Jewish or Israeli observance: its stable id, its <see cref="ObservanceCategories"/>, its names, and the rules that
/// place it in each Hebrew year, with their sources. The built-in ones are in <see cref="IsraeliObservances"/>.
/// </summary>
/// <remarks>
/// Create one with <see cref="Create"/>, which validates it. Immutable and thread-safe; equality is structural
/// (id, categories, names and rules).
/// </remarks>
public sealed class Observance : IEquatable<Observance>
{
    private static readonly ObservanceCategories DefinedCategories =
        Ids.All<ObservanceCategories>().Aggregate(ObservanceCategories.None, (all, c) => all | c);

    private readonly ObservanceRule[] _rules;

    internal Observance(string id, ObservanceCategories categories, BilingualText name, ObservanceRule[] rules)
    {
        Id = id;
        Categories = categories;
        Name = name;
        _rules = rules;
        Rules = Array.AsReadOnly(rules);
    }

    /// <summary>The stable id, kebab-case, e.g. <c>yom-haatzmaut</c>; never renamed once released.</summary>
    public string Id { get; }

    /// <summary>What the observance means for scheduling.</summary>
    public ObservanceCategories Categories { get; }

    /// <summary>The name, e.g. <c>Independence Day</c> / <c>יום העצמאות</c>.</summary>
    public BilingualText Name { get; }

    /// <summary>The rules, in chronological order of the years they are in force; at most one per year.</summary>
    public IReadOnlyList<ObservanceRule> Rules { get; }

    /// <summary>Validates and creates an observance.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="rules"/> holds <see langword="null"/>.</exception>
    /// <returns>
    /// The observance, or an invalid result listing every problem: the id is not kebab-case
    /// (<see cref="CommonErrors.InvalidId"/>); the name, the categories or the rules are missing
    /// (<see cref="CommonErrors.Required"/>); the categories hold undefined flags (<see cref="CommonErrors.Undefined"/>);
    /// a rule names no source (<see cref="CommonErrors.NoSource"/>); a rule's years are outside 1–9999, reversed or
    /// overlap another's (<see cref="CalendarErrors.ObservanceRuleYearsInvalid"/>); a rule places a day outside the
    /// Hebrew year it is computed for (<see cref="CalendarErrors.ObservanceRuleLeavesYear"/>).
    /// </returns>
    public static Result<Observance> Create(string id, ObservanceCategories categories, BilingualText name, IEnumerable<ObservanceRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var ruleList = rules.ToArray();
        if (Array.IndexOf(ruleList, null) >= 0)
        {
            throw new ArgumentException("A rule is null.", nameof(rules));
        }

        var observance = new Observance(id ?? "", categories, name, ruleList);
        return Problems.Check(observance, observance.Validate);
    }

    /// <summary>The rule in force in <paramref name="hebrewYear"/>, or <see langword="null"/> when the observance is not kept that year.</summary>
    public ObservanceRule? RuleFor(int hebrewYear)
    {
        foreach (var rule in _rules.AsSpan())
        {
            if (rule.IsInForce(hebrewYear))
            {
                return rule;
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public bool Equals(Observance? other) =>
        other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal) && Categories == other.Categories
        && Equals(Name, other.Name)
        && Rules.SequenceEqual(other.Rules);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Observance);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Categories, Name, Rules.Count);

    /// <summary>The id.</summary>
    public override string ToString() => Id;

    /// <summary>Records every problem of this observance.</summary>
    internal void Validate(Problems problems, string path)
    {
        problems.Id(Id, At.Member(path, "id"));
        problems.Required(Name, At.Member(path, "name"));
        if (Categories == ObservanceCategories.None)
        {
            problems.Add(At.Member(path, "categories"), CommonErrors.Required, "An observance has at least one category.");
        }
        else if ((Categories & ~DefinedCategories) != 0)
        {
            problems.Add(At.Member(path, "categories"), CommonErrors.Undefined, $"The categories ({(int)Categories}) hold undefined flags.");
        }

        var rules = At.Member(path, "rules");
        if (Rules.Count == 0)
        {
            problems.Add(rules, CommonErrors.Required, "An observance needs at least one rule.");
        }

        for (var i = 0; i < Rules.Count; i++)
        {
            ValidateRule(i, problems, At.Index(rules, i));
        }
    }

    private void ValidateRule(int index, Problems problems, string path)
    {
        var rule = Rules[index];
        if (string.IsNullOrWhiteSpace(rule.Source))
        {
            problems.Add(At.Member(path, "source"), CommonErrors.NoSource, "Every rule names its source.");
        }

        var first = rule.FirstYear ?? HebrewArithmetic.MinYear;
        var last = rule.LastYear ?? HebrewArithmetic.MaxYear;
        if (first < HebrewArithmetic.MinYear || last > HebrewArithmetic.MaxYear || first > last)
        {
            problems.Add(path, CalendarErrors.ObservanceRuleYearsInvalid, $"The years {first}–{last} are not a range within 1–9999.");
            return;
        }

        for (var j = 0; j < index; j++)
        {
            if ((Rules[j].FirstYear ?? HebrewArithmetic.MinYear) <= last && (Rules[j].LastYear ?? HebrewArithmetic.MaxYear) >= first)
            {
                problems.Add(path, CalendarErrors.ObservanceRuleYearsInvalid, $"The years {first}–{last} overlap those of rules[{j}].");
            }
        }

        Span<int> days = stackalloc int[ObservanceDateRule.MaxDaysPerYear];
        for (var year = first; year <= last; year++)
        {
            var info = new HebrewYearInfo(year);
            var count = rule.Date.Resolve(info, days);
            for (var d = 0; d < count; d++)
            {
                if (days[d] < 0 || days[d] >= info.Length)
                {
                    problems.Add(At.Member(path, "date"), CalendarErrors.ObservanceRuleLeavesYear, $"In {year} the rule '{rule.Date}' falls outside the Hebrew year.");
                    return;
                }
            }
        }
    }
}
