using System.Globalization;

namespace Alka.Cli.Output;

/// <summary>
/// Writes rows as left-aligned columns separated by two spaces, for people: a header, a rule of dashes, the rows; each
/// line without trailing spaces. A column is as wide as its widest cell, counted in what a terminal shows (Hebrew
/// points take no column).
/// </summary>
/// <remarks>
/// Streaming in two passes over the rows, not over the output: the first measures the columns, the second writes the
/// lines. The rows are enumerated twice — a query over the library, which computes them again — so that memory does
/// not grow with their number and a range of any length gives the same table as a short one.
/// </remarks>
internal static class Table
{
    private const string Gap = "  ";

    /// <summary>Writes the header, the rule and the rows of <paramref name="rows"/>, enumerated twice.</summary>
    public static void Write<T>(OutputWriter output, IReadOnlyList<Column<T>> columns, IEnumerable<T> rows)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);

        var widths = new int[columns.Count];
        for (var i = 0; i < widths.Length; i++)
        {
            widths[i] = Width(columns[i].Header);
        }

        var scratch = new CellText();
        foreach (var row in rows)
        {
            for (var i = 0; i < widths.Length; i++)
            {
                widths[i] = Math.Max(widths[i], Width(columns[i].Cell(row, scratch.Clear())));
            }
        }

        var line = new CellText();
        for (var i = 0; i < widths.Length; i++)
        {
            Pad(line, columns[i].Header, widths[i], i);
        }

        WriteLine(output, line);
        for (var i = 0; i < widths.Length; i++)
        {
            Pad(line, "", 0, i).Append(new string('-', widths[i]));
        }

        WriteLine(output, line);
        foreach (var row in rows)
        {
            for (var i = 0; i < widths.Length; i++)
            {
                Pad(line, columns[i].Cell(row, scratch.Clear()), widths[i], i);
            }

            WriteLine(output, line);
        }
    }

    /// <summary>Writes the header, the rule and <paramref name="rows"/>, each a list of cells.</summary>
    public static void Write(OutputWriter output, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows) =>
        Write(output, Columns.Of(header), rows);

    private static CellText Pad(CellText line, ReadOnlySpan<char> cell, int width, int index)
    {
        if (index > 0)
        {
            line.Append(Gap);
        }

        line.Append(cell);
        for (var pad = width - Width(cell); pad > 0; pad--)
        {
            line.Append(' ');
        }

        return line;
    }

    private static void WriteLine(OutputWriter output, CellText line)
    {
        output.Write(line.Span.TrimEnd());
        output.Write('\n');
        line.Clear();
    }

    // Combining marks (Hebrew points; geresh and gershayim are not combining) take no column.
    private static int Width(ReadOnlySpan<char> text)
    {
        if (!text.ContainsAnyExceptInRange('\0', '\u007F'))
        {
            return text.Length;
        }

        var width = 0;
        foreach (var c in text)
        {
            width += CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark ? 0 : 1;
        }

        return width;
    }
}
