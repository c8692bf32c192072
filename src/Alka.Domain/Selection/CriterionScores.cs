using System.Text.Json.Serialization;

namespace Alka.Domain.Selection;

/// <summary>A candidate's marks on the six <see cref="MeritCriterion"/> values, each a whole number from 1 to 5.</summary>
/// <remarks>
/// Immutable and allocation-free. The constructor takes any numbers; <see cref="Candidate.Create"/> checks that each
/// lies in 1–5. <see langword="default"/> holds six zeros: not scored, which no valid candidate has. Equality compares
/// the six marks. In JSON, an object with the six criteria as camelCase members (<c>leadsChange</c>).
/// </remarks>
public readonly struct CriterionScores : IEquatable<CriterionScores>
{
    /// <summary>The lowest mark, 1.</summary>
    public const int Lowest = 1;

    /// <summary>The highest mark, 5.</summary>
    public const int Highest = 5;

    /// <summary>The six marks, in the order of <see cref="Ids.All{T}"/> of <see cref="MeritCriterion"/>.</summary>
    [JsonConstructor]
    public CriterionScores(int leadership, int leadsChange, int teamwork, int socialAwareness, int affinity, int commitment)
    {
        Leadership = leadership;
        LeadsChange = leadsChange;
        Teamwork = teamwork;
        SocialAwareness = socialAwareness;
        Affinity = affinity;
        Commitment = commitment;
    }

    /// <summary>Leadership skills.</summary>
    public int Leadership { get; }

    /// <summary>Ability to lead change.</summary>
    public int LeadsChange { get; }

    /// <summary>Ability to work in a team.</summary>
    public int Teamwork { get; }

    /// <summary>Developed social awareness.</summary>
    public int SocialAwareness { get; }

    /// <summary>Affinity to and interest in the subject.</summary>
    public int Affinity { get; }

    /// <summary>Commitment to promoting interfaces with civil society.</summary>
    public int Commitment { get; }

    /// <summary>The mark on <paramref name="criterion"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="criterion"/> is not a defined value.</exception>
    public int this[MeritCriterion criterion] => criterion switch
    {
        MeritCriterion.Leadership => Leadership,
        MeritCriterion.LeadsChange => LeadsChange,
        MeritCriterion.Teamwork => Teamwork,
        MeritCriterion.SocialAwareness => SocialAwareness,
        MeritCriterion.Affinity => Affinity,
        MeritCriterion.Commitment => Commitment,
        _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion, "Not a merit criterion."),
    };

    /// <summary>The same marks with <paramref name="criterion"/> set to <paramref name="mark"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="criterion"/> is not a defined value.</exception>
    public CriterionScores With(MeritCriterion criterion, int mark) => criterion switch
    {
        MeritCriterion.Leadership => new(mark, LeadsChange, Teamwork, SocialAwareness, Affinity, Commitment),
        MeritCriterion.LeadsChange => new(Leadership, mark, Teamwork, SocialAwareness, Affinity, Commitment),
        MeritCriterion.Teamwork => new(Leadership, LeadsChange, mark, SocialAwareness, Affinity, Commitment),
        MeritCriterion.SocialAwareness => new(Leadership, LeadsChange, Teamwork, mark, Affinity, Commitment),
        MeritCriterion.Affinity => new(Leadership, LeadsChange, Teamwork, SocialAwareness, mark, Commitment),
        MeritCriterion.Commitment => new(Leadership, LeadsChange, Teamwork, SocialAwareness, Affinity, mark),
        _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion, "Not a merit criterion."),
    };

    /// <inheritdoc/>
    public bool Equals(CriterionScores other) =>
        Leadership == other.Leadership && LeadsChange == other.LeadsChange && Teamwork == other.Teamwork
        && SocialAwareness == other.SocialAwareness && Affinity == other.Affinity && Commitment == other.Commitment;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CriterionScores other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Leadership, LeadsChange, Teamwork, SocialAwareness, Affinity, Commitment);

    /// <summary>Returns the six marks in criterion order, e.g. <c>4 5 3 4 4 5</c>.</summary>
    public override string ToString() => $"{Leadership} {LeadsChange} {Teamwork} {SocialAwareness} {Affinity} {Commitment}";

    /// <summary>Whether both hold the same marks.</summary>
    public static bool operator ==(CriterionScores left, CriterionScores right) => left.Equals(right);

    /// <summary>Whether the marks differ.</summary>
    public static bool operator !=(CriterionScores left, CriterionScores right) => !left.Equals(right);
}
