using System.Text.Json.Serialization;
using Alka.Domain.Sources;
using Alka.Domain.Validation;

namespace Alka.Domain.Budget;

/// <summary>
/// The cost of one cohort of a program as a band between two group sizes: "from 3 million NIS for a group of about
/// 25 participants to 4 million NIS for a group of about 40 participants" (Digital Leaders).
/// </summary>
/// <remarks>
/// Immutable; equality compares every member. Budget decisions belong to a governing body that holds the budget
/// authority: <see cref="DecidedBy"/> names it, and the program checks that it does. How a total is computed for a
/// group size inside the band is the budget command's concern, not this type's.
/// </remarks>
public sealed class BudgetBand : IEquatable<BudgetBand>
{
    [JsonConstructor]
    internal BudgetBand(BudgetPoint lower, BudgetPoint upper, string decidedBy, SourceDocument source)
    {
        Lower = lower;
        Upper = upper;
        DecidedBy = decidedBy;
        Source = source;
    }

    /// <summary>The smaller group and its total.</summary>
    public BudgetPoint Lower { get; }

    /// <summary>The larger group and its total.</summary>
    public BudgetPoint Upper { get; }

    /// <summary>The id of the program's governing body that decides the budget (it must hold <c>budget</c>).</summary>
    public string DecidedBy { get; }

    /// <summary>The source document that states the band.</summary>
    public SourceDocument Source { get; }

    /// <summary>The participant counts the band covers, from <see cref="Lower"/> to <see cref="Upper"/>.</summary>
    [JsonIgnore]
    public CountRange Participants => CountRange.Between(Lower.Participants, Math.Max(Lower.Participants, Upper.Participants));

    /// <summary>Creates a band per cohort.</summary>
    /// <returns>
    /// The band, or every problem: points out of range (<see cref="CommonErrors.OutOfRange"/>), an upper point
    /// with no more participants or a smaller amount than the lower one (<see cref="BudgetErrors.BandOrder"/>).
    /// </returns>
    public static Ardalis.Result.Result<BudgetBand> Create(BudgetPoint lower, BudgetPoint upper, string decidedBy, SourceDocument source)
    {
        var band = new BudgetBand(lower, upper, decidedBy, source);
        return Problems.Check(band, band.Validate);
    }

    /// <summary>Whether a cohort of <paramref name="participants"/> lies inside the band.</summary>
    public bool Contains(int participants) => participants >= Lower.Participants && participants <= Upper.Participants;

    /// <inheritdoc/>
    public bool Equals(BudgetBand? other) =>
        other is not null && Lower == other.Lower && Upper == other.Upper && DecidedBy == other.DecidedBy && Source == other.Source;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as BudgetBand);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Lower, Upper, DecidedBy, Source);

    /// <summary>Returns e.g. <c>3000000 ILS for 25 to 4000000 ILS for 40 per cohort</c>.</summary>
    public override string ToString() => $"{Lower} to {Upper} per cohort";

    internal void Validate(Problems problems, string path)
    {
        Lower.Validate(problems, At.Member(path, "lower"));
        Upper.Validate(problems, At.Member(path, "upper"));
        if (Upper.Participants <= Lower.Participants || Upper.TotalIls < Lower.TotalIls)
        {
            problems.Add(At.Member(path, "upper"), BudgetErrors.BandOrder, "The upper point has more participants and at least the amount of the lower one.");
        }

        problems.Id(DecidedBy, At.Member(path, "decidedBy"));
        problems.Defined(Source, SourceDocumentIds.All, At.Member(path, "source"));
    }
}
