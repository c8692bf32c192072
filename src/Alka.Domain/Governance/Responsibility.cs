using System.Text.Json.Serialization;
using Alka.Domain.Sources;
using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Governance;

/// <summary>
/// One duty in the division of responsibilities between partners: "convene the management team" (the government
/// partners, led by Digital Israel); "recruit staff with the steering committee's agreement" (Alka).
/// </summary>
/// <remarks>Immutable; equality compares every member.</remarks>
public sealed class Responsibility : IEquatable<Responsibility>
{
    [JsonConstructor]
    internal Responsibility(
        string id,
        IReadOnlyList<string> partyIds,
        BilingualText duty,
        SourceDocument source,
        string? leadId = null,
        string? agreementWith = null,
        Power? matter = null)
    {
        Id = id;
        PartyIds = ReadOnly.Copy(partyIds);
        Duty = duty;
        Source = source;
        LeadId = leadId;
        AgreementWith = agreementWith;
        Matter = matter;
    }

    /// <summary>The responsibility's id, unique in its program.</summary>
    public string Id { get; }

    /// <summary>The ids of the organizations that carry the duty; at least one.</summary>
    public IReadOnlyList<string> PartyIds { get; }

    /// <summary>The duty.</summary>
    public BilingualText Duty { get; }

    /// <summary>The source document that states the duty.</summary>
    public SourceDocument Source { get; }

    /// <summary>The party that leads the others in this duty ("the government partners, led by Digital Israel"), or <see langword="null"/>.</summary>
    public string? LeadId { get; }

    /// <summary>
    /// The id of the organization, or of the program's governing body, whose agreement the duty needs ("in agreement
    /// with Alka", "with the steering committee's agreement"), or <see langword="null"/>.
    /// </summary>
    public string? AgreementWith { get; }

    /// <summary>
    /// The matter the duty touches, when it needs a body's agreement (personnel for "recruit staff"): the body must
    /// hold that power. <see langword="null"/> otherwise.
    /// </summary>
    public Power? Matter { get; }

    /// <summary>Creates a responsibility; see the members for each argument.</summary>
    /// <returns>The responsibility, or every problem (no party, bad ids, a missing duty).</returns>
    public static Result<Responsibility> Create(
        string id,
        IEnumerable<string> partyIds,
        BilingualText duty,
        SourceDocument source,
        string? leadId = null,
        string? agreementWith = null,
        Power? matter = null)
    {
        ArgumentNullException.ThrowIfNull(partyIds);
        var responsibility = new Responsibility(id, [.. partyIds], duty, source, leadId, agreementWith, matter);
        return Problems.Check(responsibility, responsibility.Validate);
    }

    /// <inheritdoc/>
    public bool Equals(Responsibility? other) =>
        other is not null && Id == other.Id && Equality.Lists(PartyIds, other.PartyIds) && Equals(Duty, other.Duty)
        && Source == other.Source && LeadId == other.LeadId && AgreementWith == other.AgreementWith && Matter == other.Matter;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Responsibility);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Equality.Hash(PartyIds), Duty, Source, LeadId, AgreementWith, Matter);

    /// <summary>Returns the id and the parties.</summary>
    public override string ToString() => $"{Id} ({string.Join(", ", PartyIds)})";

    internal void Validate(Problems problems, string path)
    {
        problems.Id(Id, At.Member(path, "id"));
        var parties = At.Member(path, "partyIds");
        if (PartyIds.Count == 0)
        {
            problems.Add(parties, GovernanceErrors.ResponsibilityWithoutParty, "A duty is carried by at least one party.");
        }

        problems.Each(PartyIds, parties, (id, p, at) => p.Id(id, at));
        problems.Unique(PartyIds, id => id, parties, "party");
        BilingualText.Validate(Duty, problems, At.Member(path, "duty"));
        problems.Defined(Source, At.Member(path, "source"));
        problems.OptionalId(LeadId, At.Member(path, "leadId"));
        problems.OptionalId(AgreementWith, At.Member(path, "agreementWith"));
        problems.Defined(Matter, At.Member(path, "matter"));
    }
}
