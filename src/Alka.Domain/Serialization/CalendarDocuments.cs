using System.Text.Json.Serialization;
using Alka.Domain.Calendar;
using Alka.Domain.Scheduling;
using Alka.Domain.Validation;
using NodaTime;

namespace Alka.Domain.Serialization;

/// <summary>
/// The observances document, as <c>alka calendar --format json</c> writes it and <see cref="CalendarJson"/> reads it:
/// <c>{"schemaVersion": 1, "occurrences": [ … ]}</c> (schema: <c>docs/schema/observances.schema.json</c>).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ObservancesDocument
{
    /// <summary>The version of the format this library writes and reads.</summary>
    /// <value>1.</value>
    public const int CurrentSchemaVersion = 1;

    [JsonConstructor]
    internal ObservancesDocument(int schemaVersion, IReadOnlyList<ObservanceEntry> occurrences)
    {
        SchemaVersion = schemaVersion;
        Occurrences = occurrences;
    }

    /// <summary>The version of the format: <see cref="CurrentSchemaVersion"/> for a document read.</summary>
    public int SchemaVersion { get; }

    /// <summary>The occurrences, in the order written (by date, then as the calendar lists them).</summary>
    public IReadOnlyList<ObservanceEntry> Occurrences { get; }

    /// <summary>The document of <paramref name="occurrences"/>.</summary>
    public static ObservancesDocument From(IEnumerable<ObservanceOccurrence> occurrences)
    {
        ArgumentNullException.ThrowIfNull(occurrences);
        return new(CurrentSchemaVersion, [.. occurrences.Select(ObservanceEntry.From)]);
    }

    internal void Validate(Problems problems, string path)
    {
        SchemaVersions.Check(SchemaVersion, CurrentSchemaVersion, problems, path);
        for (var i = 0; i < Occurrences.Count; i++)
        {
            Occurrences[i].Validate(problems, At.Index(At.Member(path, "occurrences"), i));
        }
    }
}

/// <summary>One observance on one day: <c>{"date", "hebrewDate": {"english", "hebrew"}, "observance", "categories", "name": {"english", "hebrew"}}</c>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ObservanceEntry
{
    [JsonConstructor]
    internal ObservanceEntry(LocalDate date, BilingualText hebrewDate, string observance, ObservanceCategories categories, BilingualText name)
    {
        Date = date;
        HebrewDate = hebrewDate;
        Observance = observance;
        Categories = categories;
        Name = name;
    }

    /// <summary>The ISO date.</summary>
    public LocalDate Date { get; }

    /// <summary>The Hebrew date of <see cref="Date"/> as people read it, <c>15 Sh'vat 5786</c> / <c>ט״ו בשבט ה׳תשפ״ו</c>.</summary>
    public BilingualText HebrewDate { get; }

    /// <summary>The observance's id, e.g. <c>tu-bishvat</c>.</summary>
    public string Observance { get; }

    /// <summary>The observance's categories.</summary>
    public ObservanceCategories Categories { get; }

    /// <summary>The observance's name.</summary>
    public BilingualText Name { get; }

    /// <summary>The entry of <paramref name="occurrence"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="occurrence"/> is the default value (a programmer error).</exception>
    public static ObservanceEntry From(ObservanceOccurrence occurrence)
    {
        var observance = occurrence.Observance ?? throw new ArgumentException("The default occurrence has no observance.", nameof(occurrence));
        return new(occurrence.Date, HebrewDates.Text(occurrence.HebrewDate), observance.Id, observance.Categories, observance.Name);
    }

    internal void Validate(Problems problems, string path)
    {
        HebrewDates.Check(Date, HebrewDate, problems, path);
        problems.Id(Observance, At.Member(path, "observance"));
        BilingualText.Validate(Name, problems, At.Member(path, "name"));
    }
}

/// <summary>
/// The judged-days document, as <c>alka days --format json</c> writes it and <see cref="CalendarJson"/> reads it:
/// <c>{"schemaVersion": 1, "days": [ … ]}</c> (schema: <c>docs/schema/days.schema.json</c>).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DaysDocument
{
    /// <summary>The version of the format this library writes and reads.</summary>
    /// <value>1.</value>
    public const int CurrentSchemaVersion = 1;

    [JsonConstructor]
    internal DaysDocument(int schemaVersion, IReadOnlyList<DayEntry> days)
    {
        SchemaVersion = schemaVersion;
        Days = days;
    }

    /// <summary>The version of the format: <see cref="CurrentSchemaVersion"/> for a document read.</summary>
    public int SchemaVersion { get; }

    /// <summary>The days, in the order written.</summary>
    public IReadOnlyList<DayEntry> Days { get; }

    /// <summary>The document of <paramref name="days"/>.</summary>
    public static DaysDocument From(IEnumerable<DayJudgement> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        return new(CurrentSchemaVersion, [.. days.Select(DayEntry.From)]);
    }

    internal void Validate(Problems problems, string path)
    {
        SchemaVersions.Check(SchemaVersion, CurrentSchemaVersion, problems, path);
        for (var i = 0; i < Days.Count; i++)
        {
            Days[i].Validate(problems, At.Index(At.Member(path, "days"), i));
        }
    }
}

/// <summary>
/// A judged day (<see cref="DayJudgement"/>) as a front end shows it:
/// <c>{"date", "hebrewDate": {"english", "hebrew"}, "weekday", "verdict", "reasons": [ … ]}</c>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DayEntry
{
    [JsonConstructor]
    internal DayEntry(LocalDate date, BilingualText hebrewDate, IsoDayOfWeek weekday, DayVerdict verdict, IReadOnlyList<DayReasonEntry> reasons)
    {
        Date = date;
        HebrewDate = hebrewDate;
        Weekday = weekday;
        Verdict = verdict;
        Reasons = reasons;
    }

    /// <summary>The ISO date.</summary>
    public LocalDate Date { get; }

    /// <summary>The Hebrew date of <see cref="Date"/> as people read it.</summary>
    public BilingualText HebrewDate { get; }

    /// <summary>The day of the week of <see cref="Date"/>, written as its id (<c>monday</c> … <c>sunday</c>).</summary>
    public IsoDayOfWeek Weekday { get; }

    /// <summary>Whether the forum may meet: the most severe action of the <see cref="Reasons"/>; <c>ok</c> when there are none.</summary>
    public DayVerdict Verdict { get; }

    /// <summary>Everything that falls on the day, each with the rule that ruled on it (see <see cref="DayJudgement.Reasons"/>).</summary>
    public IReadOnlyList<DayReasonEntry> Reasons { get; }

    /// <summary>The entry of <paramref name="day"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="day"/> is the default value (a programmer error).</exception>
    public static DayEntry From(DayJudgement day)
    {
        if (day.Verdict == 0)
        {
            throw new ArgumentException("The default value is not a judgement.", nameof(day));
        }

        var reasons = new DayReasonEntry[day.Reasons.Length];
        for (var i = 0; i < reasons.Length; i++)
        {
            reasons[i] = DayReasonEntry.From(day.Reasons[i]);
        }

        return new(day.Date, HebrewDates.Text(day.HebrewDate), day.DayOfWeek, day.Verdict, reasons);
    }

    internal void Validate(Problems problems, string path)
    {
        if (!HebrewDates.Check(Date, HebrewDate, problems, path))
        {
            return;
        }

        if (Weekday != Date.DayOfWeek)
        {
            problems.Add(At.Member(path, "weekday"), SerializationErrors.Mismatch, $"{Date:uuuu-MM-dd} is a {WeekdayJsonConverter.Id(Date.DayOfWeek)}, not a {WeekdayJsonConverter.Id(Weekday)}.");
        }

        var verdict = DayVerdict.Ok;
        for (var i = 0; i < Reasons.Count; i++)
        {
            Reasons[i].Validate(problems, At.Index(At.Member(path, "reasons"), i));
            verdict = (DayVerdict)Math.Max((int)verdict, (int)DayJudgement.VerdictOf(Reasons[i].Action));
        }

        if (Verdict != verdict)
        {
            problems.Add(At.Member(path, "verdict"), SerializationErrors.Mismatch, $"The reasons give the verdict {verdict.ToId()}, not {Verdict.ToId()}.");
        }
    }
}

/// <summary>
/// One reason of a judged day (<see cref="DayReason"/>): <c>{"id", "kind", "rule", "action", "name": {"english", "hebrew"}}</c>,
/// a community day's with <c>"communityDay"</c>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DayReasonEntry
{
    [JsonConstructor]
    internal DayReasonEntry(string id, DayReasonKind kind, string rule, DayAction action, BilingualText name, CommunityDayEntry? communityDay = null)
    {
        Id = id;
        Kind = kind;
        Rule = rule;
        Action = action;
        Name = name;
        CommunityDay = communityDay;
    }

    /// <summary>The id of what falls on the day (see <see cref="DayReason.Id"/>), e.g. <c>yom-hazikaron</c>, <c>eid-al-fitr:possible</c>.</summary>
    public string Id { get; }

    /// <summary>What the reason names.</summary>
    public DayReasonKind Kind { get; }

    /// <summary>The id of the rule that ruled on it, e.g. <c>memorial</c>, <c>observance:yom-hazikaron</c>.</summary>
    public string Rule { get; }

    /// <summary>What the rule does with the day.</summary>
    public DayAction Action { get; }

    /// <summary>The name of what falls on the day.</summary>
    public BilingualText Name { get; }

    /// <summary>The community day, for <see cref="DayReasonKind.CommunityDay"/> (and only then); otherwise <see langword="null"/>, not written.</summary>
    public CommunityDayEntry? CommunityDay { get; }

    /// <summary>The entry of <paramref name="reason"/>.</summary>
    public static DayReasonEntry From(DayReason reason) => new(
        reason.Id,
        reason.Kind,
        reason.RuleId,
        reason.Action,
        reason.Name,
        reason.CommunityDay is { } day ? new CommunityDayEntry(day.Community, day.DayNumber, day.Days, day.IsProvisional) : null);

    internal void Validate(Problems problems, string path)
    {
        problems.Id(Id.Split(':')[0], At.Member(path, "id"));
        BilingualText.Validate(Name, problems, At.Member(path, "name"));
        if ((Kind == DayReasonKind.CommunityDay) != (CommunityDay is not null))
        {
            problems.Add(At.Member(path, "communityDay"), SerializationErrors.Mismatch, Kind == DayReasonKind.CommunityDay
                ? "A community-day reason names its community day."
                : $"Only a community-day reason names a community day, not a {Kind.ToId()} reason.");
        }

    }
}

/// <summary>A community day in a reason: <c>{"community", "dayNumber", "days", "provisional"}</c>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CommunityDayEntry
{
    [JsonConstructor]
    internal CommunityDayEntry(Community community, int dayNumber, int days, bool provisional)
    {
        Community = community;
        DayNumber = dayNumber;
        Days = days;
        Provisional = provisional;
    }

    /// <summary>The community whose day it is.</summary>
    public Community Community { get; }

    /// <summary>Which day of the holiday it is, from 1.</summary>
    public int DayNumber { get; }

    /// <summary>How many days the holiday lasts.</summary>
    public int Days { get; }

    /// <summary>Whether the date is provisional (not yet announced).</summary>
    public bool Provisional { get; }
}

/// <summary>The Hebrew date of a document's entry, written and checked in one place.</summary>
internal static class HebrewDates
{
    public static BilingualText Text(HebrewDate date) => new(date.ToString(), date.ToHebrewString());

    // Whether the date has a Hebrew date; a problem when the document's text is not that date's.
    public static bool Check(LocalDate date, BilingualText text, Problems problems, string path)
    {
        if (!Alka.Domain.Calendar.HebrewDate.IsSupported(date))
        {
            problems.Add(At.Member(path, "date"), CommonErrors.DateOutOfRange, $"{date:uuuu-MM-dd} is outside the Hebrew calendar's range.");
            return false;
        }

        var expected = Text(Alka.Domain.Calendar.HebrewDate.FromLocalDate(date));
        if (!expected.Equals(text))
        {
            problems.Add(At.Member(path, "hebrewDate"), SerializationErrors.Mismatch, $"The Hebrew date of {date:uuuu-MM-dd} is {expected}.");
        }

        return true;
    }
}

/// <summary>The schema version every document checks.</summary>
internal static class SchemaVersions
{
    public static void Check(int version, int current, Problems problems, string path)
    {
        if (version != current)
        {
            problems.Add(At.Member(path, "schemaVersion"), Programs.ProgramErrors.UnsupportedSchemaVersion, $"Schema version {version} is not supported; this library reads version {current}.");
        }
    }
}
