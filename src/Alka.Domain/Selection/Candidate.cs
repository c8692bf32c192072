using System.Text.Json.Serialization;
using Alka.Domain.Calendar;
using Alka.Domain.Geography;
using Alka.Domain.Organizations;
using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Selection;

/// <summary>
/// A person who applies to a program, with every attribute the eligibility rules, the merit criteria and the quotas
/// read: the columns of the <c>alka select</c> candidates file.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; built through <see cref="Create"/> (or read by <see cref="CandidateCsv"/> or from JSON,
/// then validated), so an instance always satisfies the rules of each member. Equality compares every member.
/// </remarks>
public sealed class Candidate : IEquatable<Candidate>
{
    /// <summary>The longest candidate id, 64 characters.</summary>
    public const int MaxIdLength = 64;

    [JsonConstructor]
    internal Candidate(
        string id,
        string name,
        ParticipantRole role,
        string organization,
        Sector sector,
        Region district,
        string locality,
        int localityPopulation,
        Community community,
        PeripheryStatus periphery,
        int socioeconomicCluster,
        bool isServing,
        bool isNominatedByDirectorGeneral,
        bool isRecommendedBySteering,
        CriterionScores scores)
    {
        Id = id;
        Name = name;
        Role = role;
        Organization = organization;
        Sector = sector;
        District = district;
        Locality = locality;
        LocalityPopulation = localityPopulation;
        Community = community;
        Periphery = periphery;
        SocioeconomicCluster = socioeconomicCluster;
        IsServing = isServing;
        IsNominatedByDirectorGeneral = isNominatedByDirectorGeneral;
        IsRecommendedBySteering = isRecommendedBySteering;
        Scores = scores;
    }

    /// <summary>The candidate's id, unique in a pool: 1–64 ASCII letters, digits, <c>-</c>, <c>_</c> or <c>.</c>; ordered ordinally.</summary>
    public string Id { get; }

    /// <summary>The candidate's name, as the file gives it; not blank.</summary>
    public string Name { get; }

    /// <summary>The candidate's role.</summary>
    public ParticipantRole Role { get; }

    /// <summary>The candidate's organization (a ministry, a council, a nonprofit), as an id or a name; not blank; compared ordinally.</summary>
    public string Organization { get; }

    /// <summary>The sector the candidate works in.</summary>
    public Sector Sector { get; }

    /// <summary>The region of the candidate's locality (the <c>district</c> column).</summary>
    public Region District { get; }

    /// <summary>The candidate's locality (a CBS code or a name); not blank.</summary>
    public string Locality { get; }

    /// <summary>The number of residents of <see cref="Locality"/>; at least 1.</summary>
    public int LocalityPopulation { get; }

    /// <summary>The candidate's community.</summary>
    public Community Community { get; }

    /// <summary>Whether the candidate's locality is in the center or the periphery.</summary>
    public PeripheryStatus Periphery { get; }

    /// <summary>The socio-economic cluster of the candidate's locality, 1 (lowest) to 10 (highest), as the CBS ranks localities.</summary>
    public int SocioeconomicCluster { get; }

    /// <summary>Whether the candidate serves in the role now (the <c>serving</c> column).</summary>
    [JsonPropertyName("serving")]
    public bool IsServing { get; }

    /// <summary>Whether the candidate's Director-General nominated them (the <c>nominated_by_director_general</c> column).</summary>
    [JsonPropertyName("nominatedByDirectorGeneral")]
    public bool IsNominatedByDirectorGeneral { get; }

    /// <summary>Whether members of a steering committee recommended them (the <c>recommended_by_steering</c> column).</summary>
    [JsonPropertyName("recommendedBySteering")]
    public bool IsRecommendedBySteering { get; }

    /// <summary>The candidate's marks on the six merit criteria, each 1–5.</summary>
    public CriterionScores Scores { get; }

    /// <summary>Creates a candidate; see the members for each argument.</summary>
    /// <returns>
    /// The candidate, or every problem with the member's name as identifier (<c>scores.leadsChange</c>):
    /// <see cref="CommonErrors.Required"/>, <see cref="SelectionErrors.InvalidCandidateId"/>,
    /// <see cref="CommonErrors.Undefined"/>, <see cref="CommonErrors.OutOfRange"/>.
    /// </returns>
    public static Result<Candidate> Create(
        string id,
        string name,
        ParticipantRole role,
        string organization,
        Sector sector,
        Region district,
        string locality,
        int localityPopulation,
        Community community,
        PeripheryStatus periphery,
        int socioeconomicCluster,
        bool isServing,
        bool isNominatedByDirectorGeneral,
        bool isRecommendedBySteering,
        CriterionScores scores)
    {
        var candidate = new Candidate(
            id, name, role, organization, sector, district, locality, localityPopulation, community, periphery,
            socioeconomicCluster, isServing, isNominatedByDirectorGeneral, isRecommendedBySteering, scores);
        return Problems.Check(candidate, (problems, path) => candidate.Validate(problems, member => At.Member(path, member)));
    }

    /// <summary>Whether <paramref name="id"/> is a well-formed candidate id (see <see cref="Id"/>).</summary>
    public static bool IsWellFormedId(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxIdLength)
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public bool Equals(Candidate? other) =>
        other is not null && Id == other.Id && Name == other.Name && Role == other.Role && Organization == other.Organization
        && Sector == other.Sector && District == other.District && Locality == other.Locality
        && LocalityPopulation == other.LocalityPopulation && Community == other.Community && Periphery == other.Periphery
        && SocioeconomicCluster == other.SocioeconomicCluster && IsServing == other.IsServing
        && IsNominatedByDirectorGeneral == other.IsNominatedByDirectorGeneral
        && IsRecommendedBySteering == other.IsRecommendedBySteering && Scores == other.Scores;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Candidate);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Name, Organization, Locality, Scores);

    /// <summary>Returns the id and the name, e.g. <c>c017 (Dana Levi)</c>.</summary>
    public override string ToString() => $"{Id} ({Name})";

    /// <summary>The same candidate with other marks (what-if).</summary>
    internal Candidate With(CriterionScores scores) => new(
        Id, Name, Role, Organization, Sector, District, Locality, LocalityPopulation, Community, Periphery,
        SocioeconomicCluster, IsServing, IsNominatedByDirectorGeneral, IsRecommendedBySteering, scores);

    /// <summary>The same candidate with a nomination or a recommendation (what-if).</summary>
    internal Candidate With(bool nominated, bool recommended) => new(
        Id, Name, Role, Organization, Sector, District, Locality, LocalityPopulation, Community, Periphery,
        SocioeconomicCluster, IsServing, nominated, recommended, Scores);

    /// <summary>Records every problem; <paramref name="at"/> turns a member's JSON name into the error's identifier.</summary>
    internal void Validate(Problems problems, Func<string, string> at)
    {
        if (problems.Required(Id, at("id")) && !IsWellFormedId(Id))
        {
            problems.Add(at("id"), SelectionErrors.InvalidCandidateId, $"'{Id}' is not a candidate id (1–{MaxIdLength} ASCII letters, digits, '-', '_' or '.').");
        }

        problems.Required(Name, at("name"));
        problems.Defined(Role, at("role"));
        problems.Required(Organization, at("organization"));
        problems.Defined(Sector, at("sector"));
        problems.Defined(District, at("district"));
        problems.Required(Locality, at("locality"));
        if (LocalityPopulation < 1)
        {
            problems.Add(at("localityPopulation"), CommonErrors.OutOfRange, $"A locality of {LocalityPopulation} residents is not possible; at least 1.");
        }

        problems.Defined(Community, at("community"));
        problems.Defined(Periphery, at("periphery"));
        if (SocioeconomicCluster is < 1 or > 10)
        {
            problems.Add(at("socioeconomicCluster"), CommonErrors.OutOfRange, $"{SocioeconomicCluster} is not a socio-economic cluster (1–10).");
        }

        foreach (var criterion in Ids.All<MeritCriterion>())
        {
            var mark = Scores[criterion];
            if (mark is < CriterionScores.Lowest or > CriterionScores.Highest)
            {
                problems.Add(at(ScoreMember(criterion)), CommonErrors.OutOfRange, $"{mark} is not a mark ({CriterionScores.Lowest}–{CriterionScores.Highest}).");
            }
        }
    }

    /// <summary>The JSON path of a criterion's mark inside a candidate, e.g. <c>scores.leadsChange</c>.</summary>
    internal static string ScoreMember(MeritCriterion criterion) => criterion switch
    {
        MeritCriterion.Leadership => "scores.leadership",
        MeritCriterion.LeadsChange => "scores.leadsChange",
        MeritCriterion.Teamwork => "scores.teamwork",
        MeritCriterion.SocialAwareness => "scores.socialAwareness",
        MeritCriterion.Affinity => "scores.affinity",
        _ => "scores.commitment",
    };
}
