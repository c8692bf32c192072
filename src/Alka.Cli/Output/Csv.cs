using System.Buffers;

namespace Alka.Cli.Output;

/// <summary>Writes RFC 4180 records with <c>\n</c> line ends: a header row, then one record per row, streaming.</summary>
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
}
