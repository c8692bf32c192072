using System.Collections.Immutable;
using System.Numerics;
using System.Text.Json.Serialization;
using Alka.Domain.Calendar;
using Alka.Domain.Serialization;
using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Scheduling;

/// <summary>
/// Which days a forum meets on: for each rule — a <see cref="DayCondition"/> (the weekend, a community's day off, …),
/// an <see cref="ObservanceCategories">observance category</see> (rest day, eve, fast, …) or one observance — whether
/// to <see cref="DayAction.Allow">allow</see>, <see cref="DayAction.Avoid">avoid</see> or
/// <see cref="DayAction.Block">block</see> the day. <see cref="GovernmentForum"/> is the default of the institute's
/// government forums; <c>With</c> makes a changed copy.
/// </summary>
/// <remarks>
/// <para>
/// Every rule has a stable id, reported as <see cref="DayReason.RuleId"/>: the ids of the conditions
/// (<c>weekend</c>, <c>community-day-off</c>, <c>possible-day</c>, <c>caller-day-off</c>, <c>caller-day-workday</c>),
/// the ids of the categories (<c>rest-day</c>, <c>eve</c>, <c>chol-hamoed</c>, <c>fast</c>, <c>memorial</c>, …) and
/// <c>observance:ID</c> for a rule on one observance.
/// </para>
/// <para>
/// An observance is ruled on by its own rule when the policy has one (it overrides its categories); otherwise by its
/// most severe category, the first in declaration order on a tie (Hoshana Raba, <c>chol-hamoed|eve</c>, is avoided by
/// <c>chol-hamoed</c>).
/// </para>
/// <para>
/// Immutable and thread-safe. Two policies are equal when every rule has the same action. There is no public
/// constructor: start from <see cref="GovernmentForum"/>. In JSON, an object of rule ids and action ids
/// (<c>{"weekend": "block", …}</c>); a document may name only the rules it changes from <see cref="GovernmentForum"/>.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var policy = DayPolicy.GovernmentForum
///     .With(ObservanceCategories.CholHamoed, DayAction.Allow)   // a study tour in Chol HaMoed is fine
///     .With(ObservanceCategories.Memorial, DayAction.Block);
/// var strict = policy.With("observance:yom-yerushalayim", DayAction.Avoid); // a Result: check IsSuccess
/// </code>
/// </example>
[JsonConverter(typeof(DayPolicyJsonConverter))]
public sealed class DayPolicy : IEquatable<DayPolicy>
{
    /// <summary>The prefix of the id of a rule on one observance: <c>observance:</c>, as in <c>observance:yom-hazikaron</c>.</summary>
    public const string ObservanceRulePrefix = "observance:";

    private static readonly ObservanceCategories DefinedCategories =
        Ids.All<ObservanceCategories>().Aggregate(ObservanceCategories.None, (all, c) => all | c);

    // Indexed by the category's bit position (the flags are declared in the order of their ids).
    private static readonly string[] CategoryIds = CategoryIdsByBit();

    private static readonly string FixedRuleIds = string.Join(", ", Ids.All<DayCondition>().Select(c => c.ToId()).Concat(CategoryIds));

    private readonly DayAction[] _conditions; // by DayCondition − 1
    private readonly DayAction[] _categories; // by bit position
    private readonly ImmutableSortedDictionary<string, DayAction> _observances;

    private DayPolicy(DayAction[] conditions, DayAction[] categories, ImmutableSortedDictionary<string, DayAction> observances)
    {
        _conditions = conditions;
        _categories = categories;
        _observances = observances;
        Rules =
        [
            .. Ids.All<DayCondition>().Select(c => KeyValuePair.Create(c.ToId(), ActionFor(c))),
            .. Ids.All<ObservanceCategories>().Select(c => KeyValuePair.Create(c.ToId(), ActionFor(c))),
            .. observances.Select(o => KeyValuePair.Create(ObservanceRulePrefix + o.Key, o.Value)),
        ];
    }

    /// <summary>
    /// The policy of a government forum, as <c>alka days</c> applies it: block the weekend, rest days
    /// (<c>rest-day</c>) and the listed communities' days off (<c>community-day-off</c>); avoid eves (<c>eve</c>),
    /// Chol HaMoed (<c>chol-hamoed</c>), fasts (<c>fast</c>), memorial days (<c>memorial</c>) and the possible day
    /// after a provisional Islamic holiday (<c>possible-day</c>); block caller days off (<c>caller-day-off</c>);
    /// allow everything else — <c>national</c>, <c>fast-eve</c>, <c>minor</c>, <c>special-shabbat</c>,
    /// <c>rosh-chodesh</c>, and caller days that are workdays (<c>caller-day-workday</c>). No observance has its own rule.
    /// </summary>
    public static DayPolicy GovernmentForum { get; } = CreateGovernmentForum();

    /// <summary>
    /// Every rule id with its action: the conditions, then the categories (each in declaration order), then the rules on
    /// single observances (<c>observance:ID</c>, ordinal order).
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, DayAction>> Rules { get; }

    /// <summary>The rules on single observances, by observance id (ordinal order); empty in <see cref="GovernmentForum"/>.</summary>
    public IReadOnlyDictionary<string, DayAction> ObservanceActions => _observances;

    /// <summary>The action of the rule on <paramref name="condition"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="condition"/> is not a defined value.</exception>
    public DayAction ActionFor(DayCondition condition) => _conditions[ConditionIndex(condition)];

    /// <summary>The action of the rule on one category, e.g. <see cref="ObservanceCategories.Memorial"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not exactly one defined category.</exception>
    public DayAction ActionFor(ObservanceCategories category)
    {
        if (!BitOperations.IsPow2((uint)category) || (category & ~DefinedCategories) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(category), category, "Not exactly one observance category.");
        }

        return _categories[BitOperations.TrailingZeroCount((uint)category)];
    }

    /// <summary>What the policy does with <paramref name="observance"/>: its own rule's action, or its most severe category's.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="observance"/> is <see langword="null"/>.</exception>
    public DayAction ActionFor(Observance observance) => Decide(observance).Action;

    /// <summary>The id of the rule that decides <paramref name="observance"/>: <c>observance:ID</c> or a category id.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="observance"/> is <see langword="null"/>.</exception>
    public string RuleFor(Observance observance) => Decide(observance).RuleId;

    /// <summary>This policy with the rule on <paramref name="condition"/> set to <paramref name="action"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="condition"/> or <paramref name="action"/> is not a defined value.</exception>
    public DayPolicy With(DayCondition condition, DayAction action)
    {
        var index = ConditionIndex(condition);
        DayAction[] conditions = [.. _conditions];
        conditions[index] = Checked(action);
        return new DayPolicy(conditions, _categories, _observances);
    }

    /// <summary>This policy with the rule on each category of <paramref name="categories"/> set to <paramref name="action"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="categories"/> is <see cref="ObservanceCategories.None"/> or holds an undefined flag, or
    /// <paramref name="action"/> is not a defined value.
    /// </exception>
    public DayPolicy With(ObservanceCategories categories, DayAction action)
    {
        if (categories == ObservanceCategories.None || (categories & ~DefinedCategories) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(categories), categories, "Not one or more observance categories.");
        }

        Checked(action);
        DayAction[] actions = [.. _categories];
        for (var bits = (uint)categories; bits != 0; bits &= bits - 1)
        {
            actions[BitOperations.TrailingZeroCount(bits)] = action;
        }

        return new DayPolicy(_conditions, actions, _observances);
    }

    /// <summary>
    /// This policy with a rule of its own for <paramref name="observance"/> (<c>observance:ID</c>), which overrides the
    /// observance's categories. The rule names the observance by id: it applies in any calendar that has an observance
    /// with that id, and a <see cref="ForumCalendar"/> checks that its calendar has one.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="observance"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="action"/> is not a defined value.</exception>
    public DayPolicy With(Observance observance, DayAction action)
    {
        ArgumentNullException.ThrowIfNull(observance);
        return WithObservance(observance.Id, Checked(action));
    }

    /// <summary>
    /// This policy with the rule <paramref name="ruleId"/> set to <paramref name="action"/>: a condition id
    /// (<c>weekend</c>, …), a category id (<c>memorial</c>, …) or <c>observance:ID</c> — the way to change a policy from
    /// text.
    /// </summary>
    /// <remarks>
    /// A policy does not belong to a calendar: <c>observance:ID</c> takes any observance id (kebab-case), a built-in one
    /// or one of a custom calendar (<see cref="IsraeliCalendarOptions.Observances"/>). The id is resolved against the
    /// calendar the policy is used with: <see cref="ForumCalendar.Create"/> reports an id its Israeli calendar does not
    /// know (<see cref="CommonErrors.UnknownReference"/>, identifier <c>policy</c>).
    /// </remarks>
    /// <returns>
    /// The new policy; or <c>Invalid</c> with identifier <c>ruleId</c> and <see cref="CommonErrors.UnknownReference"/>:
    /// not a rule, or <c>observance:ID</c> with an ID that is not kebab-case.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="action"/> is not a defined value.</exception>
    public Result<DayPolicy> With(string ruleId, DayAction action)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        Checked(action);
        if (Ids.TryParse<DayCondition>(ruleId, out var condition))
        {
            return With(condition, action);
        }

        if (Ids.TryParse<ObservanceCategories>(ruleId, out var category))
        {
            return With(category, action);
        }

        if (ruleId.StartsWith(ObservanceRulePrefix, StringComparison.Ordinal))
        {
            var id = ruleId[ObservanceRulePrefix.Length..];
            return Ids.IsKebabCase(id)
                ? WithObservance(id, action)
                : Problems.Invalid<DayPolicy>(nameof(ruleId), CommonErrors.UnknownReference, $"'{id}' is not an observance id (kebab-case, as in {ObservanceRulePrefix}yom-hazikaron).");
        }

        return Problems.Invalid<DayPolicy>(
            nameof(ruleId), CommonErrors.UnknownReference, $"'{ruleId}' is not a rule; expected one of {FixedRuleIds} or {ObservanceRulePrefix}ID.");
    }

    /// <inheritdoc/>
    public bool Equals(DayPolicy? other) =>
        other is not null
        && _conditions.AsSpan().SequenceEqual(other._conditions)
        && _categories.AsSpan().SequenceEqual(other._categories)
        && _observances.Count == other._observances.Count
        && _observances.All(o => other._observances.TryGetValue(o.Key, out var action) && action == o.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DayPolicy);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var rule in Rules)
        {
            hash.Add(rule.Key, StringComparer.Ordinal);
            hash.Add(rule.Value);
        }

        return hash.ToHashCode();
    }

    /// <summary>Every rule as <c>id=action</c>, e.g. <c>weekend=block, community-day-off=block, …, memorial=avoid, …</c>.</summary>
    public override string ToString() => string.Join(", ", Rules.Select(r => $"{r.Key}={r.Value.ToId()}"));

    /// <summary>The action on <paramref name="observance"/> and the id of the rule that decides it.</summary>
    internal (DayAction Action, string RuleId) Decide(Observance observance)
    {
        ArgumentNullException.ThrowIfNull(observance);
        if (_observances.TryGetValue(observance.Id, out var own))
        {
            return (own, ObservanceRulePrefix + observance.Id);
        }

        var (action, ruleId) = (DayAction.Allow, "");
        for (var bits = (uint)observance.Categories; bits != 0; bits &= bits - 1)
        {
            var index = BitOperations.TrailingZeroCount(bits);
            if (ruleId.Length == 0 || _categories[index] > action)
            {
                (action, ruleId) = (_categories[index], CategoryIds[index]);
            }
        }

        return (action, ruleId);
    }

    private static DayAction Checked(DayAction action) =>
        Ids.IsDefined(action) ? action : throw new ArgumentOutOfRangeException(nameof(action), action, "Not a day action.");

    private DayPolicy WithObservance(string id, DayAction action) =>
        new(_conditions, _categories, _observances.SetItem(id, action));

    private static int ConditionIndex(DayCondition condition) =>
        (uint)(condition - DayCondition.Weekend) < (uint)Ids.All<DayCondition>().Count
            ? condition - DayCondition.Weekend
            : throw new ArgumentOutOfRangeException(nameof(condition), condition, "Not a day condition.");

    private static string[] CategoryIdsByBit()
    {
        var ids = new string[BitOperations.Log2((uint)DefinedCategories) + 1];
        foreach (var category in Ids.All<ObservanceCategories>())
        {
            ids[BitOperations.TrailingZeroCount((uint)category)] = category.ToId();
        }

        return ids;
    }

    private static DayPolicy CreateGovernmentForum()
    {
        var allowAll = new DayPolicy(
            [.. Ids.All<DayCondition>().Select(_ => DayAction.Allow)],
            [.. CategoryIds.Select(_ => DayAction.Allow)],
            ImmutableSortedDictionary.Create<string, DayAction>(StringComparer.Ordinal));
        return allowAll
            .With(DayCondition.Weekend, DayAction.Block)
            .With(DayCondition.CommunityDayOff, DayAction.Block)
            .With(DayCondition.PossibleDay, DayAction.Avoid)
            .With(DayCondition.CallerDayOff, DayAction.Block)
            .With(ObservanceCategories.RestDay, DayAction.Block)
            .With(ObservanceCategories.Eve | ObservanceCategories.CholHamoed | ObservanceCategories.Fast | ObservanceCategories.Memorial, DayAction.Avoid);
    }
}
