using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using Alka.Domain.Calendar;
using Alka.Domain.Geography;
using Alka.Domain.Organizations;
using Alka.Domain.Serialization;
using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Selection;

/// <summary>
/// The candidates file of <c>alka select</c> (RFC 4180 CSV, UTF-8) read into a <see cref="CandidatePool"/> and written
/// back; and the cohort file of <c>alka select --audit</c> (one column, <c>candidate</c>).
/// </summary>
/// <remarks>
/// Reading is a trust boundary: it never throws for bad input and drops nothing. Every problem is one error whose
/// identifier names the row (the header is row 1) and the column, e.g. <c>row 7, leadership</c>; the header's problems
/// are at <c>header</c>. Columns may come in any order, but each of <see cref="Header"/> exactly once and no other.
/// Thread-safe.
/// </remarks>
public static class CandidateCsv
{
    /// <summary>The identifier of a problem of the header row.</summary>
    public const string HeaderIdentifier = CsvText.HeaderIdentifier;

    /// <summary>The single column of a cohort file: <c>candidate</c>.</summary>
    public const string CohortColumn = "candidate";

    // Each column with the candidate's JSON member it fills: errors found on the candidate name the column.
    private static readonly (string Column, string Member)[] Columns =
    [
        ("id", "id"), ("name", "name"), ("role", "role"), ("organization", "organization"), ("sector", "sector"),
        ("district", "district"), ("locality", "locality"), ("locality_population", "localityPopulation"),
        ("community", "community"), ("periphery", "periphery"), ("socioeconomic_cluster", "socioeconomicCluster"),
        ("serving", "serving"), ("nominated_by_director_general", "nominatedByDirectorGeneral"),
        ("recommended_by_steering", "recommendedBySteering"), ("leadership", "scores.leadership"),
        ("leads_change", "scores.leadsChange"), ("teamwork", "scores.teamwork"),
        ("social_awareness", "scores.socialAwareness"), ("affinity", "scores.affinity"), ("commitment", "scores.commitment"),
    ];

    /// <summary>The columns, in the order of the contract and of <see cref="Write"/>.</summary>
    public static IReadOnlyList<string> Header { get; } = Array.AsReadOnly(Columns.Select(c => c.Column).ToArray());

    /// <summary>
    /// Reads a candidates file; each candidate whose locality <paramref name="localities"/> finds must agree with it
    /// (by default Israel's local authorities: see <see cref="CandidatePool.Create"/>).
    /// </summary>
    /// <returns>
    /// The pool, or every problem: <see cref="SerializationErrors.CsvMalformed"/>, <see cref="SerializationErrors.CsvHeader"/>,
    /// <see cref="SerializationErrors.CsvFieldCount"/>, <see cref="SerializationErrors.CsvValue"/>, and the candidates' and
    /// the pool's own (<see cref="Candidate.Create"/>, <see cref="CandidatePool.Create"/>).
    /// </returns>
    public static Result<CandidatePool> Read(string text, ILocalityDirectory? localities = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var problems = new Problems();
        var csv = CsvText.Read(text, Header, "a candidates file", problems);
        if (csv is null)
        {
            return problems.Invalid<CandidatePool>();
        }

        var candidates = new List<Candidate>(csv.LastRow);
        var rows = new List<int>(csv.LastRow);
        var ids = new List<(int Row, string Id, bool Kept)>(csv.LastRow);
        for (var row = 2; row <= csv.LastRow; row++)
        {
            if (csv.Fields(row, problems) is not { } record)
            {
                continue;
            }

            var fields = new Fields(record, row, problems);
            var candidate = new Candidate(
                fields.Text(0), fields.Text(1), fields.Id<ParticipantRole>(2), fields.Text(3),
                fields.Id<Sector>(4), fields.Id<Region>(5), fields.Text(6), fields.Number(7),
                fields.Id<Community>(8), fields.Id<PeripheryStatus>(9), fields.Number(10),
                fields.Flag(11), fields.Flag(12), fields.Flag(13),
                new CriterionScores(fields.Number(14), fields.Number(15), fields.Number(16), fields.Number(17), fields.Number(18), fields.Number(19)));
            // Every cell is checked; a cell that did not parse is reported once, as unparsable.
            var checks = new Problems();
            candidate.Validate(checks, member => Cell(row, member));
            problems.AddRange(checks.Errors.Where(e => !fields.Failed.Contains(e.Identifier)));
            if (fields.Failed.Count == 0)
            {
                candidates.Add(candidate);
                rows.Add(row);
            }

            ids.Add((row, record[0], fields.Failed.Count == 0));
        }

        var pool = new CandidatePool(CandidatePool.CurrentSchemaVersion, candidates);
        pool.Validate(problems, (i, member) => member.Length == 0 ? CsvText.Row(rows[i]) : Cell(rows[i], member), localities, validateCandidates: false);
        RepeatedIdsOfRejectedRows(ids, problems);
        return problems.ToResult(pool);
    }

    // A row with a value that did not parse is no candidate, yet its id is taken: a row repeating it is reported too
    // (the pool reports an id repeated between rows it holds).
    private static void RepeatedIdsOfRejectedRows(List<(int Row, string Id, bool Kept)> ids, Problems problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (row, id, isKept) in ids)
        {
            if (id.Length > 0 && seen.Contains(id) && !(isKept && kept.Contains(id)))
            {
                problems.Add(Cell(row, "id"), SelectionErrors.DuplicateCandidate, $"The candidate '{id}' appears more than once.");
            }

            seen.Add(id);
            if (isKept)
            {
                kept.Add(id);
            }
        }
    }

    /// <summary>Writes <paramref name="pool"/> as a candidates file (<see cref="Header"/>, then one row per candidate, <c>\n</c> line ends) that <see cref="Read"/> reads back to an equal pool.</summary>
    public static string Write(CandidatePool pool)
    {
        ArgumentNullException.ThrowIfNull(pool);
        var text = new StringBuilder();
        WriteRecord(text, Header);
        foreach (var c in pool.Candidates)
        {
            var s = c.Scores;
            WriteRecord(text,
            [
                c.Id, c.Name, c.Role.ToId(), c.Organization, c.Sector.ToId(), c.District.ToId(), c.Locality, Invariant(c.LocalityPopulation),
                c.Community.ToId(), c.Periphery.ToId(), Invariant(c.SocioeconomicCluster), Flag(c.IsServing), Flag(c.IsNominatedByDirectorGeneral),
                Flag(c.IsRecommendedBySteering), Invariant(s.Leadership), Invariant(s.LeadsChange), Invariant(s.Teamwork),
                Invariant(s.SocialAwareness), Invariant(s.Affinity), Invariant(s.Commitment),
            ]);
        }

        return text.ToString();
    }

    /// <summary>Reads a cohort file: the header <c>candidate</c>, then one candidate id a row.</summary>
    /// <returns>The ids in order (unchecked against any pool: <see cref="SelectionPolicy.Audit"/> does that), or every problem.</returns>
    public static Result<IReadOnlyList<string>> ReadCohort(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var problems = new Problems();
        var csv = CsvText.Read(text, [CohortColumn], "a cohort file", problems);
        var ids = new List<string>();
        for (var row = 2; csv is not null && row <= csv.LastRow; row++)
        {
            if (csv.Fields(row, problems) is [var id] && problems.Required(id, CsvText.Cell(row, CohortColumn)))
            {
                ids.Add(id);
            }
        }

        return problems.ToResult<IReadOnlyList<string>>(ids.AsReadOnly());
    }

    // The identifier of a cell from a candidate's member: its row and the member's column.
    private static string Cell(int row, string member) => CsvText.Cell(row, Columns.First(c => c.Member == member).Column);

    private static void WriteRecord(StringBuilder text, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            var field = fields[i];
            if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
            {
                text.Append(field);
            }
            else
            {
                text.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
        }

        text.Append('\n');
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Flag(bool value) => value ? "true" : "false";

    /// <summary>The fields of one row by column, parsed; each unparsable field is one problem at its cell.</summary>
    private sealed class Fields(string[] record, int row, Problems problems)
    {
        /// <summary>The identifiers of the cells that did not parse.</summary>
        public HashSet<string> Failed { get; } = [];

        public string Text(int column) => record[column];

        public int Number(int column)
        {
            var text = Text(column);
            if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            return Fail<int>(column, $"'{text}' is not a whole number.");
        }

        public bool Flag(int column) => Text(column) switch
        {
            "true" => true,
            "false" => false,
            var text => Fail<bool>(column, $"'{text}' is not true or false."),
        };

        public T Id<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T>(int column)
            where T : struct, Enum
        {
            var text = Text(column);
            return Ids.TryParse<T>(text, out var value)
                ? value
                : Fail<T>(column, text.Length == 0 ? "A value is required." : $"'{text}' is not a {Columns[column].Column} id.");
        }

        private T Fail<T>(int column, string message)
        {
            var cell = Cell(row, Columns[column].Member);
            problems.Add(cell, Text(column).Length == 0 ? CommonErrors.Required : SerializationErrors.CsvValue, message);
            Failed.Add(cell);
            return default!;
        }
    }
}
