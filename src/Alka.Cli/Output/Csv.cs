using System.Buffers;
using System.Text;

namespace Alka.Cli.Output;

/// <summary>
/// Writes RFC 4180 records with <c>\n</c> line ends: a header row, then one record per row, streaming; reads them back
/// (<c>alka plan --hosts</c>, <c>--previous</c>, <c>--check</c>).
/// </summary>
internal static class Csv
{
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");

    /// <summary>Writes the header and one record per row of <paramref name="rows"/>, enumerated once.</summary>
    public static void Write<T>(OutputWriter output, IReadOnlyList<Column<T>> columns, IEnumerable<T> rows)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        for (var i = 0; i < columns.Count; i++)
        {
            WriteField(output, columns[i].Header, i);
        }

        output.Write('\n');
        var scratch = new CellText();
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                WriteField(output, columns[i].Cell(row, scratch.Clear()), i);
            }

            output.Write('\n');
        }
    }

    // A field after a comma unless first, quoted when it holds a comma, a quote or a line break.
    private static void WriteField(TextWriter output, ReadOnlySpan<char> field, int index)
    {
        if (index > 0)
        {
            output.Write(',');
        }

        if (!field.ContainsAny(NeedsQuotes))
        {
            output.Write(field);
            return;
        }

        output.Write('"');
        for (int quote; (quote = field.IndexOf('"')) >= 0; field = field[(quote + 1)..])
        {
            output.Write(field[..(quote + 1)]);
            output.Write('"');
        }

        output.Write(field);
        output.Write('"');
    }

    /// <summary>
    /// Reads RFC 4180 records: fields separated by commas; a quoted field may hold commas, doubled quotes and line breaks;
    /// <c>\r\n</c> or <c>\n</c> ends a record; a byte-order mark and a last empty line are ignored. Each record comes
    /// with the line it starts on.
    /// </summary>
    /// <returns>The records; or the line of a quote left open, as the error.</returns>
    public static (List<(int Line, string[] Fields)> Records, int? UnclosedQuoteLine) Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = new List<(int, string[])>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var (line, start, quoted, quoteLine) = (1, 1, false, 0);
        for (var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                (quoted, quoteLine) = (true, line);
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n' || (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n'))
            {
                i += c == '\r' ? 1 : 0;
                fields.Add(field.ToString());
                field.Clear();
                records.Add((start, [.. fields]));
                fields.Clear();
                start = ++line;
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            return (records, quoteLine);
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add((start, [.. fields]));
        }

        return (records, null);
    }
}
