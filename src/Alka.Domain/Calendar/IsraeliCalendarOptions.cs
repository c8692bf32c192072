namespace Alka.Domain.Calendar;

/// <summary>What an <see cref="IsraeliCalendar"/> knows.</summary>
public sealed class IsraeliCalendarOptions
{
    /// <summary>The observances of the calendar; ids must be unique.</summary>
    /// <value>The default value is <see cref="IsraeliObservances.All"/>.</value>
    public IReadOnlyList<Observance> Observances { get; init; } = IsraeliObservances.All;
}
