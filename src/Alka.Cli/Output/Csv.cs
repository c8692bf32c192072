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
}
