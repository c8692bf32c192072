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
/// Immutable and thread-safe. Each kind of rule has a stable id (<see cref="RuleId"/>): the JSON discriminator
/// <c>rule</c> and the reason that <c>alka select</c> names for a candidate who fails it. Equality compares the kind,
/// the source and every member.
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
    private protected EligibilityRule(Provenance source) => Source = source;

    /// <summary>The kind of rule.</summary>
    [JsonIgnore]
    public abstract EligibilityRuleKind Kind { get; }

    /// <summary>The rule's stable id, e.g. <c>locality-population</c> (the id of <see cref="Kind"/>).</summary>
    [JsonIgnore]
    public string RuleId => Kind.ToId();

    /// <summary>The source document that states the rule, or <see cref="Provenance.Default"/> for a rule no source states.</summary>
    public Provenance Source { get; }

    /// <summary>Whether <paramref name="candidate"/> meets the rule.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="candidate"/> is null.</exception>
    public bool Admits(Candidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return AdmitsUnchecked(candidate);
    }

    /// <inheritdoc/>
    public bool Equals(EligibilityRule? other) =>
        other is not null && RuleId == other.RuleId && Source == other.Source && SameAs(other);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as EligibilityRule);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(RuleId, Source);

    /// <summary>Returns the rule in English, e.g. <c>locality-population: at most 20000 residents</c>.</summary>
    public override string ToString() => $"{RuleId}: {Describe()}";

    internal virtual void Validate(Problems problems, string path) => Source.Validate(problems, At.Member(path, "source"));

    /// <summary><see cref="Admits"/> without the null check: the hot path of <see cref="SelectionPolicy.Assess(ReadOnlySpan{Candidate}, Span{Assessment})"/>.</summary>
    internal abstract bool AdmitsUnchecked(Candidate candidate);

    /// <summary>Why <paramref name="candidate"/> fails the rule, in English: <c>its sector academia is not central-government</c>.</summary>
    internal abstract string Failure(Candidate candidate);

    // One bit per enum value (values are small): the role and sector rules test a candidate with one AND.
    private protected static uint Mask<T>(IReadOnlyList<T> values)
        where T : struct, Enum
    {
        var mask = 0u;
        foreach (var value in values)
        {
            mask |= 1u << Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
        }

        return mask;
    }

    private protected abstract bool SameAs(EligibilityRule other);

    private protected abstract string Describe();
}

/// <summary>The candidate holds one of <see cref="Roles"/> (rule <c>role</c>).</summary>
public sealed class RoleEligibility : EligibilityRule
{
    /// <summary>The rule id, <c>role</c>.</summary>
    public const string Id = "role";

    private readonly uint _mask;

    [JsonConstructor]
    internal RoleEligibility(IReadOnlyList<ParticipantRole> roles, Provenance source)
        : base(source)
    {
        Roles = ReadOnly.Copy(roles);
        _mask = Mask(Roles);
    }

    /// <summary>The roles that qualify; at least one.</summary>
    public IReadOnlyList<ParticipantRole> Roles { get; }

    /// <inheritdoc/>
    [JsonIgnore]
    public override EligibilityRuleKind Kind => EligibilityRuleKind.Role;

    /// <summary>A rule that admits <paramref name="roles"/>.</summary>
    /// <returns>The rule, or every problem (no role: <see cref="CommonErrors.Required"/>; repeated or undefined roles).</returns>
    public static Result<RoleEligibility> Create(IEnumerable<ParticipantRole> roles, Provenance source)
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

    internal override bool AdmitsUnchecked(Candidate candidate) => (_mask & (1u << (int)candidate.Role)) != 0;

    internal override string Failure(Candidate candidate) => $"its role {candidate.Role.ToId()} is not {Describe()}";

    private protected override bool SameAs(EligibilityRule other) => Equality.Lists(Roles, ((RoleEligibility)other).Roles);

    private protected override string Describe() => string.Join(" or ", Roles.Select(r => r.ToId()));
}

/// <summary>The candidate works in one of <see cref="Sectors"/> (rule <c>sector</c>).</summary>
public sealed class SectorEligibility : EligibilityRule
{
    /// <summary>The rule id, <c>sector</c>.</summary>
    public const string Id = "sector";

    private readonly uint _mask;

    [JsonConstructor]
    internal SectorEligibility(IReadOnlyList<Sector> sectors, Provenance source)
        : base(source)
    {
        Sectors = ReadOnly.Copy(sectors);
        _mask = Mask(Sectors);
    }

    /// <summary>The sectors that qualify; at least one.</summary>
    public IReadOnlyList<Sector> Sectors { get; }

    /// <inheritdoc/>
    [JsonIgnore]
    public override EligibilityRuleKind Kind => EligibilityRuleKind.Sector;

    /// <summary>A rule that admits candidates from <paramref name="sectors"/>.</summary>
    /// <returns>The rule, or every problem (no sector: <see cref="CommonErrors.Required"/>; repeated or undefined sectors).</returns>
    public static Result<SectorEligibility> Create(IEnumerable<Sector> sectors, Provenance source)
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

    internal override bool AdmitsUnchecked(Candidate candidate) => (_mask & (1u << (int)candidate.Sector)) != 0;

    internal override string Failure(Candidate candidate) => $"its sector {candidate.Sector.ToId()} is not {Describe()}";

    private protected override bool SameAs(EligibilityRule other) => Equality.Lists(Sectors, ((SectorEligibility)other).Sectors);

    private protected override string Describe() => string.Join(" or ", Sectors.Select(s => s.ToId()));
}

/// <summary>The candidate serves in the role now (מכהנים) (rule <c>serving</c>).</summary>
public sealed class ServingEligibility : EligibilityRule
{
    /// <summary>The rule id, <c>serving</c>.</summary>
    public const string Id = "serving";

    [JsonConstructor]
    internal ServingEligibility(Provenance source)
        : base(source)
    {
    }

    /// <inheritdoc/>
    [JsonIgnore]
    public override EligibilityRuleKind Kind => EligibilityRuleKind.Serving;

    /// <summary>The rule, stated by <paramref name="source"/>.</summary>
    /// <returns>The rule, or <see cref="CommonErrors.Undefined"/> when the source is not defined.</returns>
    public static Result<ServingEligibility> Create(Provenance source)
    {
        var rule = new ServingEligibility(source);
        return Problems.Check(rule, rule.Validate);
    }

    internal override bool AdmitsUnchecked(Candidate candidate) => candidate.IsServing;

    internal override string Failure(Candidate candidate) => "it is not serving";

    private protected override bool SameAs(EligibilityRule other) => true;

    private protected override string Describe() => "serving in office";
}

/// <summary>The candidate's locality has at most <see cref="Ceiling"/> residents (rule <c>locality-population</c>).</summary>
public sealed class LocalityPopulationEligibility : EligibilityRule
{
    /// <summary>The rule id, <c>locality-population</c>.</summary>
    public const string Id = "locality-population";

    [JsonConstructor]
    internal LocalityPopulationEligibility(int ceiling, Provenance source)
        : base(source) => Ceiling = ceiling;

    /// <summary>The largest population that qualifies, inclusive ("up to 20,000 residents").</summary>
    public int Ceiling { get; }

    /// <inheritdoc/>
    [JsonIgnore]
    public override EligibilityRuleKind Kind => EligibilityRuleKind.LocalityPopulation;

    /// <summary>A rule that admits localities of up to <paramref name="ceiling"/> residents.</summary>
    /// <returns>The rule, or <see cref="CommonErrors.OutOfRange"/> when the ceiling is not positive.</returns>
    public static Result<LocalityPopulationEligibility> Create(int ceiling, Provenance source)
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

    internal override bool AdmitsUnchecked(Candidate candidate) => candidate.LocalityPopulation <= Ceiling;

    internal override string Failure(Candidate candidate) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"its locality {candidate.Locality} has {candidate.LocalityPopulation} residents, more than {Ceiling}");

    private protected override bool SameAs(EligibilityRule other) => Ceiling == ((LocalityPopulationEligibility)other).Ceiling;

    private protected override string Describe() => $"at most {Ceiling} residents";
}

/// <summary>The candidate is selected by the ministry's Director-General (מנכ"ל) (rule <c>dg-nomination</c>).</summary>
public sealed class DirectorGeneralNomination : EligibilityRule
{
    /// <summary>The rule id, <c>dg-nomination</c>.</summary>
    public const string Id = "dg-nomination";

    [JsonConstructor]
    internal DirectorGeneralNomination(Provenance source)
        : base(source)
    {
    }

    /// <inheritdoc/>
    [JsonIgnore]
    public override EligibilityRuleKind Kind => EligibilityRuleKind.DirectorGeneralNomination;

    /// <summary>The rule, stated by <paramref name="source"/>.</summary>
    /// <returns>The rule, or <see cref="CommonErrors.Undefined"/> when the source is not defined.</returns>
    public static Result<DirectorGeneralNomination> Create(Provenance source)
    {
        var rule = new DirectorGeneralNomination(source);
        return Problems.Check(rule, rule.Validate);
    }

    internal override bool AdmitsUnchecked(Candidate candidate) => candidate.IsNominatedByDirectorGeneral;

    internal override string Failure(Candidate candidate) => "it is not nominated by its Director-General";

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
    internal SteeringRecommendation(string programId, string bodyId, Provenance source)
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
    public override EligibilityRuleKind Kind => EligibilityRuleKind.SteeringRecommendation;

    /// <summary>A rule that needs a recommendation of the body <paramref name="bodyId"/> of program <paramref name="programId"/>.</summary>
    /// <returns>The rule, or every problem (bad ids).</returns>
    public static Result<SteeringRecommendation> Create(string programId, string bodyId, Provenance source)
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

    internal override bool AdmitsUnchecked(Candidate candidate) => candidate.IsRecommendedBySteering;

    internal override string Failure(Candidate candidate) => $"it is not recommended by {ProgramId}/{BodyId}";

    private protected override bool SameAs(EligibilityRule other) =>
        other is SteeringRecommendation o && ProgramId == o.ProgramId && BodyId == o.BodyId;

    private protected override string Describe() => $"recommended by {ProgramId}/{BodyId}";
}
