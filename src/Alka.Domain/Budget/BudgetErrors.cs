namespace Alka.Domain.Budget;

/// <summary>The error codes of budget bands.</summary>
public static class BudgetErrors
{
    /// <summary>A band's upper point does not have more participants and at least the amount of its lower point.</summary>
    public const string BandOrder = "budget-band-order";

    /// <summary>A budget point has no participants or a non-positive amount.</summary>
    public const string PointOutOfRange = "budget-point-out-of-range";
}
