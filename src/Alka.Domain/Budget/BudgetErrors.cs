namespace Alka.Domain.Budget;

/// <summary>The error codes of budget bands; a point out of range is <see cref="Validation.CommonErrors.OutOfRange"/>.</summary>
public static class BudgetErrors
{
    /// <summary>A band's upper point does not have more participants and at least the amount of its lower point.</summary>
    /// <remarks><see cref="BudgetBand.Create"/> (identifier <c>upper</c>).</remarks>
    public const string BandOrder = "budget-band-order";
}
