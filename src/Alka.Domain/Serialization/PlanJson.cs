using System.Text.Json;
using System.Text.Json.Serialization;
using Alka.Domain.Calendar;
using Alka.Domain.Planning;
using Alka.Domain.Scheduling;
using Alka.Domain.Validation;
using Ardalis.Result;
using NodaTime;

namespace Alka.Domain.Serialization;

/// <summary>
/// The plan's JSON format: writes a <see cref="Plan"/> — its meetings with their days (dates in both calendars, times
/// with their offset), considered dates and given-up rules, the hosts, the changes and the rules in force — and reads
/// one back, validated. Reading is a trust boundary: every problem is a <see cref="Result"/> whose identifier is a JSON
/// path, never an exception.
/// </summary>
/// <remarks>
/// A document is <c>{"schemaVersion": 1, "program": …, "from": …, "to": …, "communities": […], "hosts": […],
/// "meetings": […], "changes": […], "rules": […]}</c>; see <c>docs/json.md</c> and the JSON Schema (<see cref="Schema"/>,
/// also <c>docs/schema/plan.schema.json</c>). Thread-safe.
/// </remarks>
public static class PlanJson
{
    /// <summary>The version of the format this library writes and reads.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The plan document: <c>docs/schema/plan.schema.json</c>.</summary>
    internal static readonly JsonDocumentFormat<PlanDocument> Format = new(
        "plan",
        "Alka.Domain meeting plan",
        $"A plan of a program's meetings, schema version {SchemaVersion}.",
        SchemaVersion,
        (plan, problems, path) => plan.Validate(problems, path));

    /// <summary>The JSON Schema (draft 2020-12) of the plan format, indented, with <c>\n</c> line ends.</summary>
    public static string Schema => Format.Schema;

    /// <summary>Writes <paramref name="plan"/> as indented JSON that <see cref="Read(string)"/> reads back to an equal plan.</summary>
    public static string Write(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Format.Write(PlanDocument.Of(plan));
    }

    /// <summary>Writes <paramref name="changes"/> as an indented array, each as in a plan's <c>changes</c>.</summary>
    public static string Write(IEnumerable<PlanChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return JsonSerializer.Serialize(changes.Select(PlanChangeJson.Of).ToArray(), AlkaJson.TypeInfo<PlanChangeJson[]>());
    }

    /// <summary>Reads and validates a plan from JSON text.</summary>
    /// <returns>The plan, or every problem found (see <see cref="SerializationErrors"/> and the domain's error codes).</returns>
    public static Result<Plan> Read(string json) => Format.Read(json).Map(d => d.ToPlan());

    /// <summary>Reads and validates a plan from a stream of UTF-8 JSON, reading at most <see cref="AlkaJson.MaxBytes"/> + 1 bytes.</summary>
    /// <returns>The plan, or every problem found.</returns>
    public static Result<Plan> Read(Stream utf8Json) => Format.Read(utf8Json).Map(d => d.ToPlan());

    /// <summary>Reads and validates a plan from UTF-8 JSON (a leading byte-order mark is allowed).</summary>
    /// <returns>The plan, or every problem found.</returns>
    public static Result<Plan> Read(ReadOnlySpan<byte> utf8Json) => Format.Read(utf8Json).Map(d => d.ToPlan());
}

/// <summary>
/// A plan as JSON, the root of the plan document: <c>{"schemaVersion", "program", "from", "to", "communities", "hosts",
/// "meetings", "changes", "rules"}</c>. Read, it is validated (<see cref="Validate"/>) before it becomes a
/// <see cref="Plan"/> (<see cref="ToPlan"/>).
/// </summary>
internal sealed record PlanDocument(
    int SchemaVersion,
    string Program,
    LocalDate From,
    LocalDate To,
    CommunityMix Communities,
    IReadOnlyList<Host> Hosts,
    IReadOnlyList<MeetingJson> Meetings,
    IReadOnlyList<PlanChangeJson> Changes,
    IReadOnlyList<PlanRuleJson> Rules)
{
    public static PlanDocument Of(Plan plan) => new(
        PlanJson.SchemaVersion,
        plan.ProgramId,
        plan.From,
        plan.To,
        plan.Communities,
        plan.Hosts,
        [.. plan.Meetings.Select(MeetingJson.Of)],
        [.. plan.Changes.Select(PlanChangeJson.Of)],
        [.. plan.Rules.Select(r => new PlanRuleJson(r.Id, r.Strength, r.Text, r.IsLibraryRule, [.. r.Parameters.Select(p => new RuleParameterJson(p.Name, p.Value, p.IsDefault))], r.ProgramId))]);

    /// <summary>Adds every broken rule at its JSON path under <paramref name="path"/>.</summary>
    internal void Validate(Problems problems, string path)
    {
        SchemaVersions.Check(SchemaVersion, PlanJson.SchemaVersion, problems, path);
        problems.Id(Program, At.Member(path, "program"));
        if (To < From)
        {
            problems.Add(At.Member(path, "to"), CommonErrors.EndBeforeStart, "The period ends before it starts.");
        }

        if (Communities.IsEmpty)
        {
            problems.Add(At.Member(path, "communities"), CommonErrors.Required, "Name at least one community.");
        }

        problems.Entries(Hosts, At.Member(path, "hosts"), h => h.Id, (h, p, at) => h.Validate(p, at, council: false));
        var hosts = Hosts.Where(h => h is not null).Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
        var ruleIds = PlanRules.All.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        void Rule(string rule, string at)
        {
            if (!ruleIds.Contains(rule))
            {
                problems.Add(at, CommonErrors.UnknownReference, $"'{rule}' is not a planning rule.");
            }
        }

        problems.Entries(Meetings, At.Member(path, "meetings"), m => m.Id, (meeting, p, at) =>
        {
            p.Id(meeting.Id, At.Member(at, "id"));
            p.Defined(meeting.Kind, At.Member(at, "kind"));
            p.OptionalId(meeting.Series, At.Member(at, "series"));
            if (meeting.Host is { } host && !hosts.Contains(host))
            {
                p.Add(At.Member(at, "host"), CommonErrors.UnknownReference, $"'{host}' is not one of the plan's hosts.");
            }

            BilingualText.ValidateOptional(meeting.Name, p, At.Member(at, "name"));
            if (meeting.Days.Count == 0)
            {
                p.Add(At.Member(at, "days"), PlanningErrors.InvalidMeeting, "A meeting has at least one day.");
            }

            for (var i = 0; i < meeting.Days.Count; i++)
            {
                var day = meeting.Days[i];
                var dayAt = At.Index(At.Member(at, "days"), i);
                var ok = day.Start.Date == day.Date && day.End.Date == day.Date && day.End.ToInstant() > day.Start.ToInstant()
                    && (i == 0 || day.Date == meeting.Days[i - 1].Date.PlusDays(1));
                if (!ok)
                {
                    p.Add(dayAt, PlanningErrors.InvalidMeeting, "A day's start and end are on its date, the end after the start, and the days consecutive.");
                }
                else if (!HebrewDate.IsSupported(day.Date) || !HebrewDates.Text(HebrewDate.FromLocalDate(day.Date)).Equals(day.HebrewDate))
                {
                    p.Add(At.Member(dayAt, "hebrewDate"), PlanningErrors.InvalidMeeting, $"'{day.HebrewDate.English}' is not the Hebrew date of {day.Date:uuuu-MM-dd}.");
                }
            }

            for (var i = 0; i < meeting.Considered.Count; i++)
            {
                var considered = At.Index(At.Member(at, "considered"), i);
                Rule(meeting.Considered[i].Rule, At.Member(considered, "rule"));
                p.Defined(meeting.Considered[i].Verdict, At.Member(considered, "verdict"));
            }

            for (var i = 0; i < meeting.GivenUp.Count; i++)
            {
                Rule(meeting.GivenUp[i].Rule, At.Member(At.Index(At.Member(at, "givenUp"), i), "rule"));
            }
        });
        for (var i = 0; i < Changes.Count; i++)
        {
            var at = At.Index(At.Member(path, "changes"), i);
            problems.Id(Changes[i].Meeting, At.Member(at, "meeting"));
            problems.Defined(Changes[i].Change, At.Member(at, "change"));
            Rule(Changes[i].Rule, At.Member(at, "rule"));
        }

        for (var i = 0; i < Rules.Count; i++)
        {
            var at = At.Index(At.Member(path, "rules"), i);
            Rule(Rules[i].Id, At.Member(at, "id"));
            problems.Defined(Rules[i].Strength, At.Member(at, "strength"));
        }
    }

    /// <summary>The plan of a document that <see cref="Validate"/> found valid.</summary>
    internal Plan ToPlan()
    {
        var meetings = Meetings.Select(m => new PlannedMeeting(
            m.Id,
            m.Kind,
            m.Group,
            m.Series,
            m.Name,
            m.Host,
            [.. m.Days.Select(d => new MeetingDay(d.Date, d.Start, d.End))],
            [.. m.Considered.Select(c => DateRejection.Given(c.Date, c.Rule, c.Verdict, c.Message))],
            [.. m.GivenUp.Select(g => new WaivedRule(g.Rule, g.Message))])).ToList();
        meetings.Sort(PlanEngine.PlanOrder);
        return new Plan(
            Program,
            From,
            To,
            Communities,
            [.. Hosts],
            meetings,
            [.. Changes.Select(c => new PlanChange(c.Meeting, c.Change, c.DateBefore, c.DateAfter, c.HostBefore, c.HostAfter, c.Rule, c.Message))],
            [.. Rules.Select(r => new PlanRule(r.Id, r.Strength, r.Program, r.Text, [.. r.Parameters.Select(p => new RuleParameter(p.Name, p.Value, p.Default))], r.LibraryRule))]);
    }
}

/// <summary>A planned meeting as JSON; its days one entry each; its series, name and host only where they apply.</summary>
internal sealed record MeetingJson(
    [property: JsonPropertyOrder(0)] string Id,
    [property: JsonPropertyOrder(1)] MeetingKind Kind,
    [property: JsonPropertyOrder(2)] MeetingGroup Group,
    [property: JsonPropertyOrder(6)] IReadOnlyList<MeetingDayJson> Days,
    [property: JsonPropertyOrder(7)] IReadOnlyList<DateRejectionJson> Considered,
    [property: JsonPropertyOrder(8)] IReadOnlyList<WaivedRuleJson> GivenUp,
    [property: JsonPropertyOrder(3)] string? Series = null,
    [property: JsonPropertyOrder(4)] BilingualText? Name = null,
    [property: JsonPropertyOrder(5)] string? Host = null)
{
    public static MeetingJson Of(PlannedMeeting meeting) => new(
        meeting.Id,
        meeting.Kind,
        meeting.Group,
        [.. meeting.Days.Select(d => new MeetingDayJson(d.Date, HebrewDates.Text(d.HebrewDate), d.Start, d.End))],
        [.. meeting.Considered.Select(c => new DateRejectionJson(c.Date, c.RuleId, c.Verdict, c.Message))],
        [.. meeting.GivenUp.Select(g => new WaivedRuleJson(g.RuleId, g.Message))],
        meeting.SeriesId,
        meeting.Name,
        meeting.HostId);
}

/// <summary>A meeting day as JSON: its date, its Hebrew date in English and Hebrew, and its times with their offset.</summary>
internal sealed record MeetingDayJson(LocalDate Date, BilingualText HebrewDate, ZonedDateTime Start, ZonedDateTime End);

/// <summary>A considered date as JSON: the rule that rejected it.</summary>
internal sealed record DateRejectionJson(LocalDate Date, string Rule, DayVerdict Verdict, string Message);

/// <summary>A given-up soft rule as JSON.</summary>
internal sealed record WaivedRuleJson(string Rule, string Message);

/// <summary>A change from the previous plan as JSON; the dates and hosts only where they apply.</summary>
internal sealed record PlanChangeJson(
    [property: JsonPropertyOrder(0)] string Meeting,
    [property: JsonPropertyOrder(1)] PlanChangeKind Change,
    [property: JsonPropertyOrder(6)] string Rule,
    [property: JsonPropertyOrder(7)] string Message,
    [property: JsonPropertyOrder(2)] LocalDate? DateBefore = null,
    [property: JsonPropertyOrder(3)] LocalDate? DateAfter = null,
    [property: JsonPropertyOrder(4)] string? HostBefore = null,
    [property: JsonPropertyOrder(5)] string? HostAfter = null)
{
    public static PlanChangeJson Of(PlanChange change) =>
        new(change.MeetingId, change.Kind, change.RuleId, change.Message, change.DateBefore, change.DateAfter, change.HostBefore, change.HostAfter);
}

/// <summary>A rule in force as JSON; the program only for a program's rule.</summary>
internal sealed record PlanRuleJson(
    [property: JsonPropertyOrder(0)] string Id,
    [property: JsonPropertyOrder(1)] RuleStrength Strength,
    [property: JsonPropertyOrder(3)] string Text,
    [property: JsonPropertyOrder(4)] bool LibraryRule,
    [property: JsonPropertyOrder(5)] IReadOnlyList<RuleParameterJson> Parameters,
    [property: JsonPropertyOrder(2)] string? Program = null);

/// <summary>A rule's number as JSON.</summary>
internal sealed record RuleParameterJson(string Name, string Value, bool Default);
