using System.Text.Json;
using System.Text.Json.Serialization;
using Alka.Domain.Calendar;
using Alka.Domain.Planning;
using Alka.Domain.Programs;
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

    private static readonly Lazy<string> SchemaText = new(() => JsonSchemas.Export(
        AlkaJson.TypeInfo<PlanDocument>(), "Alka.Domain meeting plan", $"A plan of a program's meetings, schema version {SchemaVersion}."));

    /// <summary>The JSON Schema (draft 2020-12) of the plan format, indented, with <c>\n</c> line ends.</summary>
    public static string Schema => SchemaText.Value;

    /// <summary>Writes <paramref name="plan"/> as indented JSON that <see cref="Read(string)"/> reads back to an equal plan.</summary>
    public static string Write(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var document = new PlanDocument(
            SchemaVersion,
            plan.ProgramId,
            plan.From,
            plan.To,
            plan.Communities,
            [.. plan.Hosts],
            [.. plan.Meetings.Select(ToJson)],
            [.. plan.Changes.Select(ToJson)],
            [.. plan.Rules.Select(r => new PlanRuleJson(r.Id, r.Strength, r.Text, r.IsLibraryRule, [.. r.Parameters.Select(p => new PlanRuleParameterJson(p.Name, p.Value, p.IsDefault))], r.ProgramId))]);
        return JsonSerializer.Serialize(document, AlkaJson.TypeInfo<PlanDocument>());
    }

    /// <summary>Writes <paramref name="changes"/> as an indented array, each as in a plan's <c>changes</c>.</summary>
    public static string Write(IEnumerable<PlanChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return JsonSerializer.Serialize(changes.Select(ToJson).ToArray(), AlkaJson.TypeInfo<PlanChangeJson[]>());
    }

    /// <summary>Reads and validates a plan from JSON text.</summary>
    /// <returns>The plan, or every problem found (see <see cref="SerializationErrors"/> and the domain's error codes).</returns>
    public static Result<Plan> Read(string json) => GuardedJson.Read(json, AlkaJson.TypeInfo<PlanDocument>()).Bind(ToPlan);

    /// <summary>Reads and validates a plan from a stream of UTF-8 JSON, reading at most <see cref="AlkaJson.MaxBytes"/> + 1 bytes.</summary>
    /// <returns>The plan, or every problem found.</returns>
    public static Result<Plan> Read(Stream utf8Json) => GuardedJson.Read(utf8Json, AlkaJson.TypeInfo<PlanDocument>()).Bind(ToPlan);

    /// <summary>Reads and validates a plan from UTF-8 JSON (a leading byte-order mark is allowed).</summary>
    /// <returns>The plan, or every problem found.</returns>
    public static Result<Plan> Read(ReadOnlySpan<byte> utf8Json) => GuardedJson.Read(utf8Json, AlkaJson.TypeInfo<PlanDocument>()).Bind(ToPlan);

    private static PlanMeetingJson ToJson(PlannedMeeting meeting) => new(
        meeting.Id,
        meeting.Kind,
        meeting.Group,
        [.. meeting.Days.Select(d => new PlanDayJson(d.Date, d.HebrewDate.ToString(), d.HebrewDate.ToHebrewString(), d.Start, d.End))],
        [.. meeting.Considered.Select(c => new PlanRejectionJson(c.Date, c.RuleId, c.Verdict, c.Message))],
        [.. meeting.GivenUp.Select(g => new PlanWaiverJson(g.RuleId, g.Message))],
        meeting.SeriesId,
        meeting.Name,
        meeting.HostId);

    private static PlanChangeJson ToJson(PlanChange change) =>
        new(change.MeetingId, change.Kind, change.RuleId, change.Message, change.DateBefore, change.DateAfter, change.HostBefore, change.HostAfter);

    private static Result<Plan> ToPlan(PlanDocument document)
    {
        var problems = new Problems();
        if (document.SchemaVersion != SchemaVersion)
        {
            problems.Add("$.schemaVersion", ProgramErrors.UnsupportedSchemaVersion, $"Schema version {document.SchemaVersion} is not {SchemaVersion}, the version this library reads.");
        }

        problems.Id(document.Program, "$.program");
        if (document.To < document.From)
        {
            problems.Add("$.to", CommonErrors.EndBeforeStart, "The period ends before it starts.");
        }

        if (document.Communities.IsEmpty)
        {
            problems.Add("$.communities", CommonErrors.Required, "Name at least one community.");
        }

        problems.Entries(document.Hosts, "$.hosts", h => h.Id, (h, p, at) => h.Validate(p, at, council: false));
        var hosts = document.Hosts.Where(h => h is not null).Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
        var ruleIds = PlanRules.All.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        void Rule(string rule, string at)
        {
            if (!ruleIds.Contains(rule))
            {
                problems.Add(at, CommonErrors.UnknownReference, $"'{rule}' is not a planning rule.");
            }
        }

        var meetings = new List<PlannedMeeting>();
        problems.Entries(document.Meetings, "$.meetings", m => m.Id, (meeting, p, at) =>
        {
            p.Id(meeting.Id, At.Member(at, "id"));
            p.Defined(meeting.Kind, At.Member(at, "kind"));
            p.OptionalId(meeting.Series, At.Member(at, "series"));
            if (meeting.Host is { } host && !hosts.Contains(host))
            {
                p.Add(At.Member(at, "host"), CommonErrors.UnknownReference, $"'{host}' is not one of the plan's hosts.");
            }

            BilingualText.ValidateOptional(meeting.Name, p, At.Member(at, "name"));
            var days = new List<MeetingDay>();
            if (meeting.Days.Length == 0)
            {
                p.Add(At.Member(at, "days"), PlanningErrors.InvalidMeeting, "A meeting has at least one day.");
            }

            for (var i = 0; i < meeting.Days.Length; i++)
            {
                var day = meeting.Days[i];
                var dayAt = At.Index(At.Member(at, "days"), i);
                var ok = day.Start.Date == day.Date && day.End.Date == day.Date && day.End.ToInstant() > day.Start.ToInstant()
                    && (i == 0 || day.Date == meeting.Days[i - 1].Date.PlusDays(1));
                if (!ok)
                {
                    p.Add(dayAt, PlanningErrors.InvalidMeeting, "A day's start and end are on its date, the end after the start, and the days consecutive.");
                }
                else if (!HebrewDate.IsSupported(day.Date) || day.HebrewDate != HebrewDate.FromLocalDate(day.Date).ToString())
                {
                    p.Add(At.Member(dayAt, "hebrewDate"), PlanningErrors.InvalidMeeting, $"'{day.HebrewDate}' is not the Hebrew date of {day.Date:uuuu-MM-dd}.");
                }
                else
                {
                    days.Add(new MeetingDay(day.Date, day.Start, day.End));
                }
            }

            for (var i = 0; i < meeting.Considered.Length; i++)
            {
                Rule(meeting.Considered[i].Rule, At.Member(At.Index(At.Member(at, "considered"), i), "rule"));
                p.Defined(meeting.Considered[i].Verdict, At.Member(At.Index(At.Member(at, "considered"), i), "verdict"));
            }

            for (var i = 0; i < meeting.GivenUp.Length; i++)
            {
                Rule(meeting.GivenUp[i].Rule, At.Member(At.Index(At.Member(at, "givenUp"), i), "rule"));
            }

            meetings.Add(new PlannedMeeting(
                meeting.Id,
                meeting.Kind,
                meeting.Group,
                meeting.Series,
                meeting.Name,
                meeting.Host,
                days,
                [.. meeting.Considered.Select(c => DateRejection.Given(c.Date, c.Rule, c.Verdict, c.Message))],
                [.. meeting.GivenUp.Select(g => new WaivedRule(g.Rule, g.Message))]));
        });
        for (var i = 0; i < document.Changes.Length; i++)
        {
            var change = document.Changes[i];
            var at = At.Index("$.changes", i);
            problems.Id(change.Meeting, At.Member(at, "meeting"));
            problems.Defined(change.Change, At.Member(at, "change"));
            Rule(change.Rule, At.Member(at, "rule"));
        }

        for (var i = 0; i < document.Rules.Length; i++)
        {
            Rule(document.Rules[i].Id, At.Member(At.Index("$.rules", i), "id"));
            problems.Defined(document.Rules[i].Strength, At.Member(At.Index("$.rules", i), "strength"));
        }

        if (problems.Any)
        {
            return Result<Plan>.Invalid([.. problems.Errors]);
        }

        meetings.Sort(Planning.PlanEngine.PlanOrder);
        return new Plan(
            document.Program,
            document.From,
            document.To,
            document.Communities,
            [.. document.Hosts],
            meetings,
            [.. document.Changes.Select(c => new PlanChange(c.Meeting, c.Change, c.DateBefore, c.DateAfter, c.HostBefore, c.HostAfter, c.Rule, c.Message))],
            [.. document.Rules.Select(r => new PlanRule(r.Id, r.Strength, r.Program, r.Text, [.. r.Parameters.Select(p => new RuleParameter(p.Name, p.Value, p.Default))], r.LibraryRule))]);
    }
}

/// <summary>A plan as JSON.</summary>
internal sealed record PlanDocument(
    int SchemaVersion,
    string Program,
    LocalDate From,
    LocalDate To,
    CommunityMix Communities,
    Host[] Hosts,
    PlanMeetingJson[] Meetings,
    PlanChangeJson[] Changes,
    PlanRuleJson[] Rules);

/// <summary>A planned meeting as JSON; its days one entry each; its series, name and host only where they apply.</summary>
internal sealed record PlanMeetingJson(
    [property: JsonPropertyOrder(0)] string Id,
    [property: JsonPropertyOrder(1)] MeetingKind Kind,
    [property: JsonPropertyOrder(2)] MeetingGroup Group,
    [property: JsonPropertyOrder(6)] PlanDayJson[] Days,
    [property: JsonPropertyOrder(7)] PlanRejectionJson[] Considered,
    [property: JsonPropertyOrder(8)] PlanWaiverJson[] GivenUp,
    [property: JsonPropertyOrder(3)] string? Series = null,
    [property: JsonPropertyOrder(4)] BilingualText? Name = null,
    [property: JsonPropertyOrder(5)] string? Host = null);

/// <summary>A meeting day as JSON: its date in both calendars and its times with their offset.</summary>
internal sealed record PlanDayJson(LocalDate Date, string HebrewDate, string HebrewDateHe, ZonedDateTime Start, ZonedDateTime End);

/// <summary>A considered date as JSON.</summary>
internal sealed record PlanRejectionJson(LocalDate Date, string Rule, DayVerdict Verdict, string Message);

/// <summary>A given-up soft rule as JSON.</summary>
internal sealed record PlanWaiverJson(string Rule, string Message);

/// <summary>A change from the previous plan as JSON; the dates and hosts only where they apply.</summary>
internal sealed record PlanChangeJson(
    [property: JsonPropertyOrder(0)] string Meeting,
    [property: JsonPropertyOrder(1)] PlanChangeKind Change,
    [property: JsonPropertyOrder(6)] string Rule,
    [property: JsonPropertyOrder(7)] string Message,
    [property: JsonPropertyOrder(2)] LocalDate? DateBefore = null,
    [property: JsonPropertyOrder(3)] LocalDate? DateAfter = null,
    [property: JsonPropertyOrder(4)] string? HostBefore = null,
    [property: JsonPropertyOrder(5)] string? HostAfter = null);

/// <summary>A rule in force as JSON; the program only for a program's rule.</summary>
internal sealed record PlanRuleJson(
    [property: JsonPropertyOrder(0)] string Id,
    [property: JsonPropertyOrder(1)] RuleStrength Strength,
    [property: JsonPropertyOrder(3)] string Text,
    [property: JsonPropertyOrder(4)] bool LibraryRule,
    [property: JsonPropertyOrder(5)] PlanRuleParameterJson[] Parameters,
    [property: JsonPropertyOrder(2)] string? Program = null);

/// <summary>A rule's number as JSON.</summary>
internal sealed record PlanRuleParameterJson(string Name, string Value, bool Default);
