using System.Globalization;
using System.Text.Json.Serialization;
using Alka.Domain.Calendar;
using Alka.Domain.Geography;
using Alka.Domain.Organizations;
using Alka.Domain.Sources;
using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Selection;

/// <summary>
/// A deliberate mix, as data: how many participants of a cohort — at least <see cref="Minimum"/>, at most
/// <see cref="Maximum"/>, as counts or shares — have one of <see cref="Values"/> on <see cref="Dimension"/>
/// (<c>community-arab</c>: at least 30% <c>muslim</c>, <c>christian-western</c>, <c>christian-orthodox</c> or
/// <c>druze</c>); or, with <see cref="EachValue"/>, a maximum for each value separately (<c>organization-max</c>: at most
/// 4 from one organization).
/// </summary>
/// <remarks>
/// <para>
/// Immutable and thread-safe; built through <see cref="Create"/> or <see cref="ForEachValue"/> (or read from JSON, then
/// validated by its policy). Equality compares every member.
/// </para>
/// <para>
/// The values are the ids of the dimension's values: community ids, <c>center</c>/<c>periphery</c>, the clusters
/// <c>1</c>–<c>10</c> of <see cref="MixDimension.SocioeconomicStanding"/>, region ids (<see cref="MixDimension.District"/>),
/// sector ids, role ids, or organizations as the candidates file writes them.
/// </para>
/// </remarks>
public sealed class Quota : IEquatable<Quota>
{
    private readonly uint _mask;
    private readonly HashSet<string>? _organizations;

    [JsonConstructor]
    internal Quota(
        string id,
        MixDimension dimension,
        IReadOnlyList<string>? values = null,
        bool eachValue = false,
        QuotaBound? minimum = null,
        QuotaBound? maximum = null,
        Provenance source = default)
    {
        Id = id;
        Dimension = dimension;
        Values = ReadOnly.Copy(values);
        EachValue = eachValue;
        Minimum = minimum;
        Maximum = maximum;
        Source = source;
        if (dimension == MixDimension.Organization)
        {
            _organizations = new HashSet<string>(Values.Where(v => v is not null), StringComparer.Ordinal);
        }
        else
        {
            foreach (var value in Values)
            {
                if (ValueIndex(dimension, value) is var index and > 0)
                {
                    _mask |= 1u << index;
                }
            }
        }
    }

    /// <summary>The quota's id, kebab-case and unique in its policy (<c>community-arab</c>); the reason <c>quota:ID</c>.</summary>
    public string Id { get; }

    /// <summary>The reason id a decided candidate names: <c>quota:</c> and <see cref="Id"/>.</summary>
    [JsonIgnore]
    public string ReasonId => SelectionReasons.Quota(Id);

    /// <summary>The attribute the quota counts by.</summary>
    public MixDimension Dimension { get; }

    /// <summary>The values that count toward the quota (at least one); empty when <see cref="EachValue"/>.</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>Whether the bounds hold for each value of <see cref="Dimension"/> separately (a maximum only).</summary>
    public bool EachValue { get; }

    /// <summary>The fewest participants who count toward it, or <see langword="null"/> for none.</summary>
    public QuotaBound? Minimum { get; }

    /// <summary>The most participants who count toward it (of each value, with <see cref="EachValue"/>), or <see langword="null"/> for none.</summary>
    public QuotaBound? Maximum { get; }

    /// <summary>Where the quota comes from; <see cref="Provenance.Default"/> for the library's (or a team's own) default.</summary>
    public Provenance Source { get; }

    /// <summary>
    /// A quota over <paramref name="values"/> of <paramref name="dimension"/> with a minimum, a maximum or both.
    /// </summary>
    /// <returns>
    /// The quota, or every problem: a bad id, no value (<see cref="SelectionErrors.QuotaNoValues"/>), a value the
    /// dimension does not have (<see cref="SelectionErrors.QuotaUnknownValue"/>), a repeated value, no bound
    /// (<see cref="SelectionErrors.QuotaNoBound"/>), a malformed bound or a minimum above the maximum
    /// (<see cref="SelectionErrors.QuotaBound"/>).
    /// </returns>
    public static Result<Quota> Create(
        string id,
        MixDimension dimension,
        IEnumerable<string> values,
        QuotaBound? minimum = null,
        QuotaBound? maximum = null,
        Provenance source = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var quota = new Quota(id, dimension, [.. values], eachValue: false, minimum, maximum, source);
        return Problems.Check(quota, quota.Validate);
    }

    /// <summary>A maximum for each value of <paramref name="dimension"/> separately: "at most 4 from one organization".</summary>
    /// <returns>The quota, or every problem (see <see cref="Create"/>).</returns>
    public static Result<Quota> ForEachValue(string id, MixDimension dimension, QuotaBound maximum, Provenance source = default)
    {
        var quota = new Quota(id, dimension, [], eachValue: true, minimum: null, maximum, source);
        return Problems.Check(quota, quota.Validate);
    }

    /// <summary>The id of <paramref name="candidate"/>'s value on <paramref name="dimension"/> (<c>druze</c>, <c>7</c>, <c>ministry-of-interior</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="candidate"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimension"/> is not a defined value.</exception>
    public static string ValueOf(Candidate candidate, MixDimension dimension)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return dimension switch
        {
            MixDimension.Community => candidate.Community.ToId(),
            MixDimension.Periphery => candidate.Periphery.ToId(),
            MixDimension.SocioeconomicStanding => candidate.SocioeconomicCluster.ToString(CultureInfo.InvariantCulture),
            MixDimension.District => candidate.District.ToId(),
            MixDimension.Sector => candidate.Sector.ToId(),
            MixDimension.Role => candidate.Role.ToId(),
            MixDimension.Organization => candidate.Organization,
            _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Not a mix dimension."),
        };
    }

    /// <summary>
    /// Whether <paramref name="candidate"/> counts toward the quota: has one of <see cref="Values"/> (with
    /// <see cref="EachValue"/>, every candidate counts toward the quota of their own value).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="candidate"/> is null.</exception>
    public bool Counts(Candidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return EachValue || (_organizations is { } organizations
            ? organizations.Contains(candidate.Organization)
            : (_mask & (1u << CandidateIndex(candidate, Dimension))) != 0);
    }

    /// <summary>The minimum for a cohort of <paramref name="cohortSize"/> (a share rounds up), or <see langword="null"/>.</summary>
    public int? MinimumFor(int cohortSize) => Minimum?.MinimumFor(cohortSize);

    /// <summary>The maximum for a cohort of <paramref name="cohortSize"/> (a share rounds down), or <see langword="null"/>.</summary>
    public int? MaximumFor(int cohortSize) => Maximum?.MaximumFor(cohortSize);

    /// <inheritdoc/>
    public bool Equals(Quota? other) =>
        other is not null && Id == other.Id && Dimension == other.Dimension && Equality.Lists(Values, other.Values)
        && EachValue == other.EachValue && Minimum == other.Minimum && Maximum == other.Maximum && Source == other.Source;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Quota);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Dimension, Equality.Hash(Values), EachValue, Minimum, Maximum, Source);

    /// <summary>Returns the quota in English, e.g. <c>community-arab: at least 30% with community muslim or druze</c>.</summary>
    public override string ToString()
    {
        var bounds = (Minimum, Maximum) switch
        {
            ({ } min, { } max) => $"{min}–{max}",
            ({ } min, null) => $"at least {min}",
            (null, { } max) => $"at most {max}",
            _ => "no bound",
        };
        return $"{Id}: {bounds} {Members()}";
    }

    /// <summary>Who counts, in English: <c>with community muslim or druze</c>, <c>from one organization</c>.</summary>
    internal string Members() => EachValue
        ? $"from one {Dimension.ToId()}"
        : $"with {Dimension.ToId()} {string.Join(" or ", Values)}";

    // The candidate's value on a closed dimension as a small index (enum value, cluster): one bit of the quota's mask.
    internal static int CandidateIndex(Candidate candidate, MixDimension dimension) => dimension switch
    {
        MixDimension.Community => (int)candidate.Community,
        MixDimension.Periphery => (int)candidate.Periphery,
        MixDimension.SocioeconomicStanding => candidate.SocioeconomicCluster,
        MixDimension.District => (int)candidate.District,
        MixDimension.Sector => (int)candidate.Sector,
        MixDimension.Role => (int)candidate.Role,
        _ => 0,
    };

    internal void Validate(Problems problems, string path)
    {
        problems.Id(Id, At.Member(path, "id"));
        problems.Defined(Dimension, At.Member(path, "dimension"));
        var values = At.Member(path, "values");
        if (EachValue && Values.Count > 0)
        {
            problems.Add(values, SelectionErrors.QuotaNoValues, "A quota for each value names no values.");
        }
        else if (!EachValue && Values.Count == 0)
        {
            problems.Add(values, SelectionErrors.QuotaNoValues, "A quota names at least one value.");
        }

        for (var i = 0; i < Values.Count; i++)
        {
            var at = At.Index(values, i);
            if (!problems.Required(Values[i], at))
            {
                continue;
            }

            if (Dimension != MixDimension.Organization && Ids.IsDefined(Dimension) && ValueIndex(Dimension, Values[i]) == 0)
            {
                problems.Add(at, SelectionErrors.QuotaUnknownValue, $"'{Values[i]}' is not a value of {Dimension.ToId()}.");
            }
            else if (Values.Take(i).Contains(Values[i], StringComparer.Ordinal))
            {
                problems.Add(at, CommonErrors.Duplicate, $"'{Values[i]}' appears more than once.");
            }
        }

        Bounds(problems, path);
        Source.Validate(problems, At.Member(path, "source"));
    }

    private void Bounds(Problems problems, string path)
    {
        Minimum?.Validate(problems, At.Member(path, "minimum"));
        Maximum?.Validate(problems, At.Member(path, "maximum"));
        if (Minimum is null && Maximum is null)
        {
            problems.Add(path, SelectionErrors.QuotaNoBound, "A quota has a minimum, a maximum or both.");
        }
        else if (EachValue && Minimum is not null)
        {
            problems.Add(At.Member(path, "minimum"), SelectionErrors.QuotaBound, "A quota for each value has a maximum only.");
        }
        else if (EachValue && Maximum is null)
        {
            problems.Add(At.Member(path, "maximum"), SelectionErrors.QuotaNoBound, "A quota for each value has a maximum.");
        }
        else if (Minimum is { } min && Maximum is { } max
                 && ((min.Count is { } low && max.Count is { } high && low > high) || (min.Share is { } lowShare && max.Share is { } highShare && lowShare > highShare)))
        {
            problems.Add(At.Member(path, "minimum"), SelectionErrors.QuotaBound, $"The minimum {min} is above the maximum {max}.");
        }
    }

    // The index of a value id on a closed dimension (enum value, cluster number), 0 when the dimension has no such value.
    private static int ValueIndex(MixDimension dimension, string? id) => dimension switch
    {
        MixDimension.Community => Ids.TryParse<Community>(id, out var community) ? (int)community : 0,
        MixDimension.Periphery => Ids.TryParse<PeripheryStatus>(id, out var periphery) ? (int)periphery : 0,
        MixDimension.SocioeconomicStanding => int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var cluster)
                                              && cluster is >= 1 and <= 10 && id == cluster.ToString(CultureInfo.InvariantCulture) ? cluster : 0,
        MixDimension.District => Ids.TryParse<Region>(id, out var region) ? (int)region : 0,
        MixDimension.Sector => Ids.TryParse<Sector>(id, out var sector) ? (int)sector : 0,
        MixDimension.Role => Ids.TryParse<ParticipantRole>(id, out var role) ? (int)role : 0,
        _ => 0,
    };
}
