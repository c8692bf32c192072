using System.Text;

namespace Alka.Cli.Output;

/// <summary>Writes RFC 4180 records with <c>\n</c> line ends.</summary>
internal static class Csv
{
    /// <summary>Writes one record, quoting each field that needs it.</summary>
    public static void WriteRecord(TextWriter writer, params ReadOnlySpan<string> fields)
    {
        ArgumentNullException.ThrowIfNull(writer);
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(Quote(fields[i]));
        }

        writer.Write('\n');
    }

    /// <summary>Returns <paramref name="field"/> as an RFC 4180 field: quoted when it holds a comma, a quote or a line break.</summary>
    public static string Quote(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return field;
        }

        var quoted = new StringBuilder(field.Length + 2).Append('"');
        foreach (var c in field)
        {
            quoted.Append(c == '"' ? "\"\"" : c);
        }

        return quoted.Append('"').ToString();
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
