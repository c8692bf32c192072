using System.Text.Json.Serialization;
using Alka.Domain.Organizations;
using Alka.Domain.Sources;
using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Selection;

/// <summary>
/// A rule a candidate must meet to take part, as data: a role, a sector, serving in office, a locality population
/// ceiling, nomination by a Director-General, recommendation by a steering committee.
/// </summary>
/// <remarks>
/// Immutable. Each kind of rule has a stable id (<see cref="RuleId"/>): the JSON discriminator <c>rule</c> and the
/// reason that <c>alka select</c> names. Equality compares the kind and every member.
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "rule")]
[JsonDerivedType(typeof(RoleEligibility), RoleEligibility.Id)]
[JsonDerivedType(typeof(SectorEligibility), SectorEligibility.Id)]
[JsonDerivedType(typeof(ServingEligibility), ServingEligibility.Id)]
[JsonDerivedType(typeof(LocalityPopulationEligibility), LocalityPopulationEligibility.Id)]
[JsonDerivedType(typeof(DirectorGeneralNomination), DirectorGeneralNomination.Id)]
[JsonDerivedType(typeof(SteeringRecommendation), SteeringRecommendation.Id)]
public abstract class EligibilityRule : IEquatable<EligibilityRule>
{
    private protected EligibilityRule(SourceDocument source) => Source = source;

    /// <summary>The rule's stable id, e.g. <c>locality-population</c>.</summary>
    [JsonIgnore]
    public abstract string RuleId { get; }

    /// <summary>The source document that states the rule.</summary>
    public SourceDocument Source { get; }

    /// <inheritdoc/>
    public bool Equals(EligibilityRule? other) =>
        other is not null && RuleId == other.RuleId && Source == other.Source && SameAs(other);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as EligibilityRule);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(RuleId, Source);

    /// <summary>Returns the rule in English, e.g. <c>locality-population: at most 20000 residents</c>.</summary>
    public override string ToString() => $"{RuleId}: {Describe()}";

    internal virtual void Validate(Problems problems, string path) =>
        problems.Defined(Source, At.Member(path, "source"));

    private protected abstract bool SameAs(EligibilityRule other);

    private protected abstract string Describe();
}

/// <summary>The candidate holds one of <see cref="Roles"/> (rule <c>role</c>).</summary>
public sealed class RoleEligibility : EligibilityRule
{
    /// <summary>The rule id, <c>role</c>.</summary>
    public const string Id = "role";

    [JsonConstructor]
    internal RoleEligibility(IReadOnlyList<ParticipantRole> roles, SourceDocument source)
        : base(source) => Roles = ReadOnly.Copy(roles);

    /// <summary>The roles that qualify; at least one.</summary>
    public IReadOnlyList<ParticipantRole> Roles { get; }

    /// <inheritdoc/>
    [JsonIgnore]
    public override string RuleId => Id;

    /// <summary>A rule that admits <paramref name="roles"/>.</summary>
    /// <returns>The rule, or every problem (no role: <see cref="CommonErrors.Required"/>; repeated or undefined roles).</returns>
    public static Result<RoleEligibility> Create(IEnumerable<ParticipantRole> roles, SourceDocument source)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var rule = new RoleEligibility([.. roles], source);
        return Problems.Check(rule, rule.Validate);
    }

    internal override void Validate(Problems problems, string path)
    {
        base.Validate(problems, path);
        problems.DefinedDistinct(Roles, At.Member(path, "roles"));
    }

    private protected override bool SameAs(EligibilityRule other) => Equality.Lists(Roles, ((RoleEligibility)other).Roles);

    private protected override string Describe() => string.Join(" or ", Roles.Select(r => r.ToId()));
}

/// <summary>The candidate works in one of <see cref="Sectors"/> (rule <c>sector</c>).</summary>
public sealed class SectorEligibility : EligibilityRule
{
    /// <summary>The rule id, <c>sector</c>.</summary>
    public const string Id = "sector";

    [JsonConstructor]
    internal SectorEligibility(IReadOnlyList<Sector> sectors, SourceDocument source)
        : base(source) => Sectors = ReadOnly.Copy(sectors);

    /// <summary>The sectors that qualify; at least one.</summary>
    public IReadOnlyList<Sector> Sectors { get; }

    /// <inheritdoc/>
    [JsonIgnore]
    public override string RuleId => Id;

    /// <summary>A rule that admits candidates from <paramref name="sectors"/>.</summary>
    /// <returns>The rule, or every problem (no sector: <see cref="CommonErrors.Required"/>; repeated or undefined sectors).</returns>
    public static Result<SectorEligibility> Create(IEnumerable<Sector> sectors, SourceDocument source)
    {
        ArgumentNullException.ThrowIfNull(sectors);
        var rule = new SectorEligibility([.. sectors], source);
        return Problems.Check(rule, rule.Validate);
    }

    internal override void Validate(Problems problems, string path)
    {
        base.Validate(problems, path);
        problems.DefinedDistinct(Sectors, At.Member(path, "sectors"));
    }

    private protected override bool SameAs(EligibilityRule other) => Equality.Lists(Sectors, ((SectorEligibility)other).Sectors);

    private protected override string Describe() => string.Join(" or ", Sectors.Select(s => s.ToId()));
}

/// <summary>The candidate serves in the role now (מכהנים) (rule <c>serving</c>).</summary>
public sealed class ServingEligibility : EligibilityRule
{
    /// <summary>The rule id, <c>serving</c>.</summary>
    public const string Id = "serving";

    [JsonConstructor]
    internal ServingEligibility(SourceDocument source)
        : base(source)
    {
    }

    /// <inheritdoc/>
    [JsonIgnore]
    public override string RuleId => Id;

    /// <summary>The rule, stated by <paramref name="source"/>.</summary>
    /// <returns>The rule, or <see cref="CommonErrors.Undefined"/> when the source is not defined.</returns>
    public static Result<ServingEligibility> Create(SourceDocument source)
    {
        var rule = new ServingEligibility(source);
        return Problems.Check(rule, rule.Validate);
    }

    private protected override bool SameAs(EligibilityRule other) => true;

    private protected override string Describe() => "serving in office";
}

/// <summary>The candidate's locality has at most <see cref="Ceiling"/> residents (rule <c>locality-population</c>).</summary>
public sealed class LocalityPopulationEligibility : EligibilityRule
{
    /// <summary>The rule id, <c>locality-population</c>.</summary>
    public const string Id = "locality-population";

    [JsonConstructor]
    internal LocalityPopulationEligibility(int ceiling, SourceDocument source)
        : base(source) => Ceiling = ceiling;

    /// <summary>The largest population that qualifies, inclusive ("up to 20,000 residents").</summary>
    public int Ceiling { get; }

    /// <inheritdoc/>
    [JsonIgnore]
    public override string RuleId => Id;

    /// <summary>A rule that admits localities of up to <paramref name="ceiling"/> residents.</summary>
    /// <returns>The rule, or <see cref="CommonErrors.OutOfRange"/> when the ceiling is not positive.</returns>
    public static Result<LocalityPopulationEligibility> Create(int ceiling, SourceDocument source)
    {
        var rule = new LocalityPopulationEligibility(ceiling, source);
        return Problems.Check(rule, rule.Validate);
    }

    /// <summary>Whether a locality of <paramref name="population"/> residents qualifies.</summary>
    public bool Admits(int population) => population <= Ceiling;

    internal override void Validate(Problems problems, string path)
    {
        base.Validate(problems, path);
        if (Ceiling < 1)
        {
            problems.Add(At.Member(path, "ceiling"), CommonErrors.OutOfRange, $"A population ceiling of {Ceiling} is not positive.");
        }
    }

    private protected override bool SameAs(EligibilityRule other) => Ceiling == ((LocalityPopulationEligibility)other).Ceiling;

    private protected override string Describe() => $"at most {Ceiling} residents";
}

/// <summary>The candidate is selected by the ministry's Director-General (מנכ"ל) (rule <c>director-general-nomination</c>).</summary>
public sealed class DirectorGeneralNomination : EligibilityRule
{
    /// <summary>The rule id, <c>director-general-nomination</c>.</summary>
    public const string Id = "director-general-nomination";

    [JsonConstructor]
    internal DirectorGeneralNomination(SourceDocument source)
        : base(source)
    {
    }

    /// <inheritdoc/>
    [JsonIgnore]
    public override string RuleId => Id;

    /// <summary>The rule, stated by <paramref name="source"/>.</summary>
    /// <returns>The rule, or <see cref="CommonErrors.Undefined"/> when the source is not defined.</returns>
    public static Result<DirectorGeneralNomination> Create(SourceDocument source)
    {
        var rule = new DirectorGeneralNomination(source);
        return Problems.Check(rule, rule.Validate);
    }

    private protected override bool SameAs(EligibilityRule other) => true;

    private protected override string Describe() => "selected by the ministry's Director-General";
}

/// <summary>
/// The candidate is recommended by members of a steering committee, possibly of another program (Merhav: the
/// Government–Civil Society initiative's) (rule <c>steering-recommendation</c>).
/// </summary>
public sealed class SteeringRecommendation : EligibilityRule
{
    /// <summary>The rule id, <c>steering-recommendation</c>.</summary>
    public const string Id = "steering-recommendation";

    [JsonConstructor]
    internal SteeringRecommendation(string programId, string bodyId, SourceDocument source)
        : base(source)
    {
        ProgramId = programId;
        BodyId = bodyId;
    }

    /// <summary>The id of the program whose steering committee recommends.</summary>
    public string ProgramId { get; }

    /// <summary>The id of the steering committee in that program.</summary>
    public string BodyId { get; }

    /// <inheritdoc/>
    [JsonIgnore]
    public override string RuleId => Id;

    /// <summary>A rule that needs a recommendation of the body <paramref name="bodyId"/> of program <paramref name="programId"/>.</summary>
    /// <returns>The rule, or every problem (bad ids).</returns>
    public static Result<SteeringRecommendation> Create(string programId, string bodyId, SourceDocument source)
    {
        var rule = new SteeringRecommendation(programId, bodyId, source);
        return Problems.Check(rule, rule.Validate);
    }

    internal override void Validate(Problems problems, string path)
    {
        base.Validate(problems, path);
        problems.Id(ProgramId, At.Member(path, "programId"));
        problems.Id(BodyId, At.Member(path, "bodyId"));
    }

    private protected override bool SameAs(EligibilityRule other) =>
        other is SteeringRecommendation o && ProgramId == o.ProgramId && BodyId == o.BodyId;

    private protected override string Describe() => $"recommended by {ProgramId}/{BodyId}";
}
