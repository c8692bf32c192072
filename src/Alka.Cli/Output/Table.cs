using System.Globalization;

namespace Alka.Cli.Output;

/// <summary>Writes rows as left-aligned columns separated by two spaces, for people.</summary>
internal static class Table
{
    /// <summary>Writes a header, a rule and the rows.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);

        var all = rows.ToList();
        var widths = header.Select(h => Width(h)).ToArray();
        foreach (var row in all)
        {
            for (var i = 0; i < widths.Length; i++)
            {
                widths[i] = Math.Max(widths[i], Width(row[i]));
            }
        }

        WriteRow(writer, header, widths);
        WriteRow(writer, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var row in all)
        {
            WriteRow(writer, row, widths);
        }
    }

    private static void WriteRow(TextWriter writer, IReadOnlyList<string> cells, int[] widths)
    {
        var line = string.Join("  ", cells.Select((cell, i) => cell + new string(' ', widths[i] - Width(cell))));
        writer.Write(line.TrimEnd());
        writer.Write('\n');
    }

    // Combining marks (Hebrew points, geresh are not combining) take no column.
    private static int Width(string text) =>
        text.Count(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark);
}
