using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Calendar;

/// <summary>
/// A day off recognised in Israel for one community — e.g. <c>eid-al-adha</c>, 10–13 Dhu al-Hijjah, four days — as
/// data: its id, community, number of days, names, rule and source. The built-in ones are
/// <see cref="CommunityDayDefinitions.All"/>, one per row of <c>community-days.csv</c>.
/// </summary>
/// <remarks>Immutable and thread-safe; compared by reference (ids are unique within a calendar).</remarks>
public sealed class CommunityDayDefinition
{
    /// <summary>The longest span of a community day, in days.</summary>
    public const int MaxDays = 7;

    private CommunityDayDefinition(
        string id, Community community, int days, BilingualText name, CommunityDayRule rule, string source)
    {
        Id = id;
        Community = community;
        Days = days;
        Name = name;
        Rule = rule;
        Source = source;
        PossibleDayId = id + ":possible";
        PossibleDayName = new BilingualText("Possible day of " + name.English, "יום אפשרי של " + name.Hebrew);
    }

    /// <summary>The stable kebab-case id, e.g. <c>eid-al-fitr</c>: public API, never renamed.</summary>
    public string Id { get; }

    /// <summary>The community whose day off it is.</summary>
    public Community Community { get; }

    /// <summary>How many consecutive days it lasts (1 … <see cref="MaxDays"/>); each is a day off.</summary>
    public int Days { get; }

    /// <summary>The name, e.g. <c>Eid al-Fitr</c> / <c>עיד אל-פיטר</c>.</summary>
    public BilingualText Name { get; }

    /// <summary>Where the first day falls.</summary>
    public CommunityDayRule Rule { get; }

    /// <summary>The source of the rule: the calendar definition or practice it follows.</summary>
    public string Source { get; }

    /// <summary>The rule in words for the whole span, as in <c>community-days.csv</c>, e.g. <c>1–3 Shawwal</c>.</summary>
    public string RuleText => Rule.Describe(Days);

    /// <summary>Whether its dates are estimates until announced: true for a Hijri rule.</summary>
    public bool IsProvisional => Rule.IsHijri;

    /// <summary>The reason id of the possible day after a provisional span: <c><see cref="Id"/>:possible</c>.</summary>
    public string PossibleDayId { get; }

    /// <summary>The name of the possible day after a provisional span: <c>Possible day of Eid al-Fitr</c> / <c>יום אפשרי של עיד אל-פיטר</c>.</summary>
    public BilingualText PossibleDayName { get; }

    /// <summary>
    /// Defines a community day. Every problem is reported: a blank or malformed id (<see cref="CommonErrors.Required"/>,
    /// <see cref="CommonErrors.InvalidId"/>; identifier <c>id</c>), a length outside 1 … <see cref="MaxDays"/>
    /// (<see cref="CommonErrors.OutOfRange"/>, <c>days</c>), no name or no rule (<see cref="CommonErrors.Required"/>,
    /// <c>name</c>, <c>rule</c>), a blank source (<see cref="CommonErrors.NoSource"/>,
    /// <c>source</c>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="community"/> is not a defined value.</exception>
    public static Result<CommunityDayDefinition> Create(
        string id, Community community, int days, BilingualText name, CommunityDayRule rule, string source)
    {
        if (!Enum.IsDefined(community))
        {
            throw new ArgumentOutOfRangeException(nameof(community), community, "Not a community.");
        }

        var problems = new Problems();
        problems.Id(id, "id");

        if (days is < 1 or > MaxDays)
        {
            problems.Add("days", CommonErrors.OutOfRange, $"A community day lasts 1 to {MaxDays} days, not {days}.");
        }

        problems.Required(name, "name");
        if (string.IsNullOrWhiteSpace(source))
        {
            problems.Add("source", CommonErrors.NoSource, "A community day names its source.");
        }

        if (rule.Kind == 0)
        {
            problems.Add("rule", CommonErrors.Required, "A community day needs a rule.");
        }

        return problems.Any
            ? problems.Invalid<CommunityDayDefinition>()
            : new CommunityDayDefinition(id, community, days, name!, rule, source);
    }

    /// <summary>The id, e.g. <c>eid-al-fitr</c>.</summary>
    public override string ToString() => Id;
}
