using System.Globalization;
using System.Text;
using Alka.Domain.Validation;

namespace Alka.Domain.Serialization;

/// <summary>
/// An RFC 4180 CSV file with a header (the library's CSV readers read through it): fields separated by commas; a
/// quoted field may hold commas, doubled quotes and line breaks; <c>\n</c> or <c>\r\n</c> ends a record; a byte-order
/// mark and empty lines at the very end are ignored (an empty line anywhere else is a row of one empty field).
/// </summary>
/// <remarks>
/// Rows are numbered from the header, row 1; a problem is at <see cref="HeaderIdentifier"/>, <see cref="Row"/> or
/// <see cref="Cell"/>. The header holds each of the file's columns exactly once, in any order; <see cref="Fields"/> gives
/// a row's fields in the order of the columns.
/// </remarks>
internal sealed class CsvText
{
    /// <summary>The identifier of a problem of the header row.</summary>
    public const string HeaderIdentifier = "header";

    private readonly List<string[]> records;
    private readonly int[] positions;

    private CsvText(List<string[]> records, int[] positions) => (this.records, this.positions) = (records, positions);

    /// <summary>The number of the last row (1 when the file is only its header).</summary>
    public int LastRow => records.Count;

    /// <summary>Reads <paramref name="text"/> as a file of <paramref name="columns"/>; <paramref name="file"/> says what file it is (<c>a candidates file</c>).</summary>
    /// <returns>
    /// The file, or null with its problems: <see cref="SerializationErrors.CsvMalformed"/> at the row that is not CSV
    /// (reading stops there), or <see cref="SerializationErrors.CsvHeader"/> for each missing, unknown or repeated column.
    /// </returns>
    public static CsvText? Read(string text, IReadOnlyList<string> columns, string file, Problems problems)
    {
        ArgumentNullException.ThrowIfNull(text);
        var count = problems.Errors.Count;
        var records = Parse(text, problems);
        if (problems.Errors.Count > count)
        {
            return null;
        }

        var positions = HeaderPositions(records, columns, file, problems);
        return problems.Errors.Count > count ? null : new CsvText(records, positions);
    }

    /// <summary>The identifier of a row: <c>row N</c>.</summary>
    public static string Row(int row) => string.Create(CultureInfo.InvariantCulture, $"row {row}");

    /// <summary>The identifier of a cell: <c>row N, COLUMN</c>.</summary>
    public static string Cell(int row, string column) => string.Create(CultureInfo.InvariantCulture, $"row {row}, {column}");

    /// <summary>
    /// The fields of <paramref name="row"/> (2 to <see cref="LastRow"/>) in the order of the columns; or null, with
    /// <see cref="SerializationErrors.CsvFieldCount"/> at the row, when it has more or fewer fields than the header.
    /// </summary>
    public string[]? Fields(int row, Problems problems)
    {
        var record = records[row - 1];
        if (record.Length != positions.Length)
        {
            problems.Add(Row(row), SerializationErrors.CsvFieldCount, $"The row has {record.Length} fields; the header has {positions.Length}.");
            return null;
        }

        return Array.ConvertAll(positions, p => record[p]);
    }

    // Where each column is in the header; a problem for each column missing, unknown or repeated.
    private static int[] HeaderPositions(List<string[]> records, IReadOnlyList<string> columns, string file, Problems problems)
    {
        var positions = new int[columns.Count];
        Array.Fill(positions, -1);
        if (records.Count == 0)
        {
            problems.Add(HeaderIdentifier, SerializationErrors.CsvHeader, $"The file is empty; it starts with the header {string.Join(',', columns)}.");
            return positions;
        }

        var header = records[0];
        for (var i = 0; i < header.Length; i++)
        {
            var column = Enumerable.Range(0, columns.Count).FirstOrDefault(c => columns[c] == header[i], -1);
            if (column < 0)
            {
                problems.Add(HeaderIdentifier, SerializationErrors.CsvHeader, $"'{header[i]}' is not a column of {file}.");
            }
            else if (positions[column] >= 0)
            {
                problems.Add(HeaderIdentifier, SerializationErrors.CsvHeader, $"The column '{header[i]}' appears more than once.");
            }
            else
            {
                positions[column] = i;
            }
        }

        for (var c = 0; c < columns.Count; c++)
        {
            if (positions[c] < 0)
            {
                problems.Add(HeaderIdentifier, SerializationErrors.CsvHeader, $"The column '{columns[c]}' is missing.");
            }
        }

        return positions;
    }

    // The records; at the first place that is not CSV, a problem and the records before it.
    private static List<string[]> Parse(string text, Problems problems)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var row = 1;
        var i = text.StartsWith('\uFEFF') ? 1 : 0;
        while (i <= text.Length)
        {
            if (i < text.Length && text[i] == '"' && field.Length == 0)
            {
                for (i++; ; i++)
                {
                    if (i == text.Length)
                    {
                        problems.Add(Row(row), SerializationErrors.CsvMalformed, "A quoted field is not closed.");
                        return records;
                    }

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
                        i++;
                        break;
                    }
                }

                if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    problems.Add(Row(row), SerializationErrors.CsvMalformed, "A quoted field is followed by more than a comma or a line end.");
                    return records;
                }

                continue;
            }

            if (i == text.Length || text[i] is '\n' or '\r')
            {
                if (i < text.Length && text[i] == '\r' && !(i + 1 < text.Length && text[i + 1] == '\n'))
                {
                    problems.Add(Row(row), SerializationErrors.CsvMalformed, "A carriage return without a line feed.");
                    return records;
                }

                fields.Add(field.ToString());
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
                i += i < text.Length && text[i] == '\r' ? 2 : 1;
                row++;
                continue;
            }

            if (text[i] == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (text[i] == '"')
            {
                problems.Add(Row(row), SerializationErrors.CsvMalformed, "A quote inside an unquoted field.");
                return records;
            }
            else
            {
                field.Append(text[i]);
            }

            i++;
        }

        // Empty lines at the very end hold nothing; anywhere else they are rows (and errors).
        while (records.Count > 0 && records[^1] is [""])
        {
            records.RemoveAt(records.Count - 1);
        }

        return records;
    }
}
