using System.Text.Json.Serialization;
using Alka.Domain.Validation;

namespace Alka.Domain.Scheduling;

/// <summary>
/// How often something meets, as the sources state it: every 5 weeks; 9–10 meetings over about six months; every
/// 2–3 months; once a year; twice a year; once per municipal term; before every forum meeting.
/// </summary>
/// <remarks>
/// <para>
/// A small immutable value; its shape is <see cref="Kind"/>, and only the members that shape uses are set (the others
/// are <see langword="null"/>):
/// </para>
/// <list type="table">
/// <listheader><term>Kind</term><description>Members</description></listheader>
/// <item><term><see cref="CadenceKind.Every"/></term><description><see cref="Count"/> units apart (<see cref="Unit"/>).</description></item>
/// <item><term><see cref="CadenceKind.PerPeriod"/></term><description><see cref="Count"/> times per <see cref="Unit"/>.</description></item>
/// <item><term><see cref="CadenceKind.OverSpan"/></term><description><see cref="Count"/> meetings over about <see cref="Span"/> <see cref="Unit"/>s.</description></item>
/// <item><term><see cref="CadenceKind.BeforeEach"/></term><description>once before each meeting of the series <see cref="Before"/>.</description></item>
/// </list>
/// <para>
/// Equality compares every member. <c>default</c> is not a cadence (its <see cref="Kind"/> is <c>0</c>); the factories
/// never return it. A cadence read from JSON is checked by the aggregate that holds it.
/// </para>
/// </remarks>
public readonly struct Cadence : IEquatable<Cadence>
{
    [JsonConstructor]
    internal Cadence(CadenceKind kind, CountRange? count = null, CadenceUnit? unit = null, int? span = null, string? before = null)
    {
        Kind = kind;
        Count = count;
        Unit = unit;
        Span = span;
        Before = before;
    }

    /// <summary>The shape of the cadence.</summary>
    public CadenceKind Kind { get; }

    /// <summary>
    /// For <see cref="CadenceKind.Every"/> the interval in <see cref="Unit"/>s; for <see cref="CadenceKind.PerPeriod"/>
    /// the times per unit; for <see cref="CadenceKind.OverSpan"/> the number of meetings; otherwise <see langword="null"/>.
    /// </summary>
    public CountRange? Count { get; }

    /// <summary>The unit of time; <see langword="null"/> for <see cref="CadenceKind.BeforeEach"/>.</summary>
    public CadenceUnit? Unit { get; }

    /// <summary>For <see cref="CadenceKind.OverSpan"/> the approximate span in <see cref="Unit"/>s; otherwise <see langword="null"/>.</summary>
    public int? Span { get; }

    /// <summary>
    /// For <see cref="CadenceKind.BeforeEach"/> the id of the meeting series (of the same program) whose every meeting
    /// this one precedes; otherwise <see langword="null"/>.
    /// </summary>
    public string? Before { get; }

    /// <summary>Every <paramref name="count"/> units: <c>Cadence.Every(5, CadenceUnit.Week)</c> is "every 5 weeks".</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is not positive or <paramref name="unit"/> is undefined.</exception>
    public static Cadence Every(int count, CadenceUnit unit) => Every(count, count, unit);

    /// <summary>
    /// Every <paramref name="minimum"/> to <paramref name="maximum"/> units: <c>Cadence.Every(2, 3, CadenceUnit.Month)</c>
    /// is "every 2–3 months".
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is not positive or <paramref name="unit"/> is undefined.</exception>
    public static Cadence Every(int minimum, int maximum, CadenceUnit unit) =>
        Checked(new Cadence(CadenceKind.Every, CountRange.Between(minimum, maximum), unit));

    /// <summary>
    /// <paramref name="times"/> times per unit: <c>Cadence.PerPeriod(2, CadenceUnit.Year)</c> is "twice a year",
    /// <c>Cadence.PerPeriod(1, CadenceUnit.MunicipalTerm)</c> "once per municipal term".
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="times"/> is not positive or <paramref name="unit"/> is undefined.</exception>
    public static Cadence PerPeriod(int times, CadenceUnit unit) =>
        Checked(new Cadence(CadenceKind.PerPeriod, CountRange.Exactly(times), unit));

    /// <summary>
    /// <paramref name="minimum"/> to <paramref name="maximum"/> meetings over about <paramref name="span"/> units:
    /// <c>Cadence.OverSpan(9, 10, 6, CadenceUnit.Month)</c> is "9–10 meetings over about six months".
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A count or the span is not positive, or <paramref name="unit"/> is undefined.</exception>
    public static Cadence OverSpan(int minimum, int maximum, int span, CadenceUnit unit) =>
        Checked(new Cadence(CadenceKind.OverSpan, CountRange.Between(minimum, maximum), unit, span));

    /// <summary>
    /// Once before each meeting of the series <paramref name="seriesId"/>: "before every forum meeting" is
    /// <c>Cadence.BeforeEach("forum")</c> when the forum's meetings are the series <c>forum</c>. The program checks
    /// that it has the series.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="seriesId"/> is not a kebab-case id.</exception>
    public static Cadence BeforeEach(string seriesId) => Checked(new Cadence(CadenceKind.BeforeEach, before: seriesId));

    /// <inheritdoc/>
    public bool Equals(Cadence other) =>
        Kind == other.Kind && Count == other.Count && Unit == other.Unit && Span == other.Span && Before == other.Before;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Cadence other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Count, Unit, Span, Before);

    /// <summary>
    /// Returns the cadence in English: <c>every 5 weeks</c>, <c>9–10 meetings over about 6 months</c>,
    /// <c>every 2–3 months</c>, <c>once a year</c>, <c>twice a year</c>, <c>once per municipal term</c>,
    /// <c>before every forum meeting</c>.
    /// </summary>
    public override string ToString() => Kind switch
    {
        CadenceKind.Every when Count is { IsExact: true, Minimum: 1 } => $"every {UnitName(Unit, plural: false)}",
        CadenceKind.Every => $"every {Count} {UnitName(Unit, plural: true)}",
        CadenceKind.PerPeriod => $"{Times(Count)} {(Unit == CadenceUnit.Year ? "a" : "per")} {UnitName(Unit, plural: false)}",
        CadenceKind.OverSpan => $"{Count} meetings over about {Span} {UnitName(Unit, plural: Span != 1)}",
        CadenceKind.BeforeEach => $"before every {Before} meeting",
        _ => "(no cadence)",
    };

    /// <summary>Whether both cadences are equal.</summary>
    public static bool operator ==(Cadence left, Cadence right) => left.Equals(right);

    /// <summary>Whether the cadences differ.</summary>
    public static bool operator !=(Cadence left, Cadence right) => !left.Equals(right);

    internal void Validate(Problems problems, string path)
    {
        problems.Defined(Kind, At.Member(path, "kind"));
        var usesCount = Kind is CadenceKind.Every or CadenceKind.PerPeriod or CadenceKind.OverSpan;
        Expect(problems, At.Member(path, "count"), Count is not null, usesCount);
        Expect(problems, At.Member(path, "unit"), Unit is not null, usesCount);
        Expect(problems, At.Member(path, "span"), Span is not null, Kind == CadenceKind.OverSpan);
        Expect(problems, At.Member(path, "before"), Before is not null, Kind == CadenceKind.BeforeEach);
        Count?.Validate(problems, At.Member(path, "count"), lowest: 1);
        problems.Defined(Unit, At.Member(path, "unit"));

        if (Span is < 1)
        {
            problems.Add(At.Member(path, "span"), CommonErrors.OutOfRange, $"A span of {Span} is not positive.");
        }

        problems.OptionalId(Before, At.Member(path, "before"));
    }

    private static void Expect(Problems problems, string path, bool present, bool expected)
    {
        if (present == expected)
        {
            return;
        }

        problems.Add(
            path,
            present ? SchedulingErrors.CadenceMemberUnexpected : SchedulingErrors.CadenceMemberMissing,
            present ? "This cadence kind does not use this member." : "This cadence kind needs this member.");
    }

    private static Cadence Checked(Cadence cadence)
    {
        var problems = new Problems();
        cadence.Validate(problems, "cadence");
        return problems.Any
            ? throw new ArgumentOutOfRangeException(nameof(cadence), cadence.Kind, problems.Errors[0].ErrorMessage)
            : cadence;
    }

    private static string Times(CountRange? count) => count?.Minimum switch
    {
        1 => "once",
        2 => "twice",
        var n => $"{n} times",
    };

    private static string UnitName(CadenceUnit? unit, bool plural) => (unit, plural) switch
    {
        (CadenceUnit.Week, false) => "week",
        (CadenceUnit.Week, true) => "weeks",
        (CadenceUnit.Month, false) => "month",
        (CadenceUnit.Month, true) => "months",
        (CadenceUnit.Year, false) => "year",
        (CadenceUnit.Year, true) => "years",
        (CadenceUnit.MunicipalTerm, false) => "municipal term",
        (CadenceUnit.MunicipalTerm, true) => "municipal terms",
        _ => "?",
    };
}
