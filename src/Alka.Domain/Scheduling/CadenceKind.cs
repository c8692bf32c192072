namespace Alka.Domain.Scheduling;

/// <summary>The shape of a <see cref="Cadence"/>.</summary>
/// <remarks>
/// The stable text ids are public API: see <see cref="CadenceKindIds"/>. The value <c>0</c> is not a valid value.
/// </remarks>
public enum CadenceKind
{
    /// <summary>Every N units, or every N to M units: "every 5 weeks", "every 2–3 months". Id <c>every</c>.</summary>
    Every = 1,

    /// <summary>N times per unit: "once a year", "twice a year", "once per municipal term". Id <c>per-period</c>.</summary>
    PerPeriod,

    /// <summary>N to M meetings spread over about a span: "9–10 meetings over about six months". Id <c>over-span</c>.</summary>
    OverSpan,

    /// <summary>Once before each meeting of another kind: "before every forum meeting". Id <c>before-each</c>.</summary>
    BeforeEach,
}
