namespace Alka.Domain;

/// <summary>How exactly a <see cref="Quantity"/> is known.</summary>
/// <remarks>
/// The stable text ids are public API: see <see cref="QuantityQualifierIds"/>. The value <c>0</c> is not a valid value.
/// </remarks>
public enum QuantityQualifier
{
    /// <summary>Exactly the value. Id <c>exactly</c>.</summary>
    Exactly = 1,

    /// <summary>About the value (כ־). Id <c>about</c>.</summary>
    About,

    /// <summary>More than the value (למעלה מ־). Id <c>more-than</c>.</summary>
    MoreThan,
}
