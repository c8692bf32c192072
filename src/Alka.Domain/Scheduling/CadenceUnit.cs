namespace Alka.Domain.Scheduling;

/// <summary>The unit of time a <see cref="Cadence"/> counts in.</summary>
/// <remarks>
/// The stable text ids are public API: see <see cref="CadenceUnitIds"/>. The value <c>0</c> is not a valid value.
/// </remarks>
public enum CadenceUnit
{
    /// <summary>A week. Id <c>week</c>.</summary>
    Week = 1,

    /// <summary>A calendar month. Id <c>month</c>.</summary>
    Month,

    /// <summary>A year. Id <c>year</c>.</summary>
    Year,

    /// <summary>A municipal term of office (קדנציה), five years in Israel. Id <c>municipal-term</c>.</summary>
    MunicipalTerm,

    /// <summary>A day. Id <c>day</c>.</summary>
    Day,
}
