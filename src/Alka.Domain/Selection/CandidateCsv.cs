using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using Alka.Domain.Calendar;
using Alka.Domain.Geography;
using Alka.Domain.Organizations;
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
    public const string HeaderIdentifier = "header";

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
    /// The pool, or every problem: <see cref="SelectionErrors.CsvMalformed"/>, <see cref="SelectionErrors.CsvHeader"/>,
    /// <see cref="SelectionErrors.CsvFieldCount"/>, <see cref="SelectionErrors.CsvValue"/>, and the candidates' and
    /// the pool's own (<see cref="Candidate.Create"/>, <see cref="CandidatePool.Create"/>).
    /// </returns>
    public static Result<CandidatePool> Read(string text, ILocalityDirectory? localities = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var problems = new Problems();
        var records = Parse(text, problems);
        if (problems.Any)
        {
            return Result<CandidatePool>.Invalid([.. problems.Errors]);
        }

        var positions = HeaderPositions(records, problems);
        if (positions is null)
        {
            return Result<CandidatePool>.Invalid([.. problems.Errors]);
        }

        var candidates = new List<Candidate>(records.Count);
        var rows = new List<int>(records.Count);
        for (var r = 1; r < records.Count; r++)
        {
            var row = r + 1;
            if (records[r].Length != Columns.Length)
            {
                problems.Add(Row(row), SelectionErrors.CsvFieldCount, $"The row has {records[r].Length} fields; the header has {Columns.Length}.");
                continue;
            }

            var fields = new Fields(records[r], positions, row, problems);
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
        }

        var pool = new CandidatePool(CandidatePool.CurrentSchemaVersion, candidates);
        pool.Validate(problems, (i, member) => member.Length == 0 ? Row(rows[i]) : Cell(rows[i], member), localities, validateCandidates: false);
        return problems.ToResult(pool);
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
        var records = Parse(text, problems);
        if (!problems.Any && (records.Count == 0 || records[0] is not [CohortColumn]))
        {
            problems.Add(HeaderIdentifier, SelectionErrors.CsvHeader, $"A cohort file's header is the one column '{CohortColumn}'.");
        }

        var ids = new List<string>();
        for (var r = 1; !problems.Any && r < records.Count; r++)
        {
            if (records[r].Length != 1)
            {
                problems.Add(Row(r + 1), SelectionErrors.CsvFieldCount, $"The row has {records[r].Length} fields; the header has 1.");
            }
            else if (problems.Required(records[r][0], Cell(r + 1, CohortColumn, isMember: false)))
            {
                ids.Add(records[r][0]);
            }
        }

        return problems.Any ? Result<IReadOnlyList<string>>.Invalid([.. problems.Errors]) : ids.AsReadOnly();
    }

    private static string Row(int row) => string.Create(CultureInfo.InvariantCulture, $"row {row}");

    // The identifier of a cell: its row and column (a candidate member turned into its column).
    private static string Cell(int row, string member, bool isMember = true) =>
        string.Create(CultureInfo.InvariantCulture, $"row {row}, {(isMember ? Columns.First(c => c.Member == member).Column : member)}");

    private static int[]? HeaderPositions(List<string[]> records, Problems problems)
    {
        if (records.Count == 0)
        {
            problems.Add(HeaderIdentifier, SelectionErrors.CsvHeader, "The file is empty; it starts with the header " + string.Join(',', Header) + ".");
            return null;
        }

        var header = records[0];
        var positions = new int[Columns.Length];
        Array.Fill(positions, -1);
        for (var i = 0; i < header.Length; i++)
        {
            var column = Array.FindIndex(Columns, c => c.Column == header[i]);
            if (column < 0)
            {
                problems.Add(HeaderIdentifier, SelectionErrors.CsvHeader, $"'{header[i]}' is not a column of a candidates file.");
            }
            else if (positions[column] >= 0)
            {
                problems.Add(HeaderIdentifier, SelectionErrors.CsvHeader, $"The column '{header[i]}' appears more than once.");
            }
            else
            {
                positions[column] = i;
            }
        }

        for (var c = 0; c < Columns.Length; c++)
        {
            if (positions[c] < 0)
            {
                problems.Add(HeaderIdentifier, SelectionErrors.CsvHeader, $"The column '{Columns[c].Column}' is missing.");
            }
        }

        return problems.Any ? null : positions;
    }

    // RFC 4180: fields separated by commas; a quoted field may hold commas, doubled quotes and line breaks; CRLF or LF.
    private static List<string[]> Parse(string text, Problems problems)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var row = 1;
        var i = start;
        while (i < text.Length)
        {
            if (text[i] == '"' && field.Length == 0)
            {
                var closed = false;
                for (i++; i < text.Length; i++)
                {
                    if (text[i] != '"')
                    {
                        field.Append(text[i]);
                    }
                    else if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        closed = true;
                        i++;
                        break;
                    }
                }

                if (!closed)
                {
                    problems.Add(Row(row), SelectionErrors.CsvMalformed, "A quoted field is not closed.");
                    return records;
                }

                if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    problems.Add(Row(row), SelectionErrors.CsvMalformed, "A quoted field is followed by more than a comma or a line end.");
                    return records;
                }

                continue;
            }

            var c = text[i++];
            if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n' || (c == '\r' && i < text.Length && text[i] == '\n'))
            {
                i += c == '\r' ? 1 : 0;
                fields.Add(field.ToString());
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
                row++;
            }
            else if (c == '"')
            {
                problems.Add(Row(row), SelectionErrors.CsvMalformed, "A quote inside an unquoted field.");
                return records;
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || fields.Count > 0 || (i > start && text[^1] == '"'))
        {
            fields.Add(field.ToString());
            records.Add([.. fields]);
        }

        // Empty lines at the very end hold nothing; anywhere else they are rows (and errors).
        while (records.Count > 0 && records[^1] is [""])
        {
            records.RemoveAt(records.Count - 1);
        }

        return records;
    }

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
    private sealed class Fields(string[] record, int[] positions, int row, Problems problems)
    {
        /// <summary>The identifiers of the cells that did not parse.</summary>
        public HashSet<string> Failed { get; } = [];

        public string Text(int column) => record[positions[column]];

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
            problems.Add(cell, Text(column).Length == 0 ? CommonErrors.Required : SelectionErrors.CsvValue, message);
            Failed.Add(cell);
            return default!;
        }
    }
}
