using System.Reflection;
using System.Text;

namespace Alka.Testing;

/// <summary>
/// The repository's test data (<c>tests/TestData</c>, see its README) and the repository itself, found through the
/// path this assembly was built from, so that tests read the same files wherever their output directory is.
/// </summary>
public static class TestData
{
    private static readonly Lazy<string> Root = new(FindRepositoryRoot);

    /// <summary>The root of the repository (the folder of <c>Alka.Domain.sln</c>).</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>The full path of <paramref name="path"/>, relative to <c>tests/TestData</c> (e.g. <c>cbs/local-authorities-2021.csv</c>).</summary>
    public static string PathOf(string path) => Path.Combine(RepositoryRoot, "tests", "TestData", path);

    /// <summary>Reads the CSV file <paramref name="path"/> of <c>tests/TestData</c> as records keyed by its header.</summary>
    public static IReadOnlyList<CsvRow> ReadCsv(string path)
    {
        var records = ParseCsv(File.ReadAllText(PathOf(path), Encoding.UTF8));
        var header = records[0];
        var index = header.Select((column, i) => (column, i)).ToDictionary(p => p.column, p => p.i, StringComparer.Ordinal);
        return records.Skip(1).Select((fields, i) => new CsvRow(index, fields, LineNumber: i + 2)).ToList();
    }

    /// <summary>RFC 4180: fields separated by commas, quoted fields may hold commas, quotes (doubled) and line breaks.</summary>
    public static List<string[]> ParseCsv(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
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
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
            }
            else if (c != '\r')
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add([.. fields]);
        }

        return records;
    }

    private static string FindRepositoryRoot()
    {
        var root = typeof(TestData).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "Alka.RepositoryRoot").Value!;
        return File.Exists(Path.Combine(root, "Alka.Domain.sln"))
            ? root
            : throw new DirectoryNotFoundException($"Alka.Testing was built from {root}, which no longer holds Alka.Domain.sln: rebuild the tests.");
    }
}

/// <summary>One record of a CSV file, with its line number for messages.</summary>
/// <param name="Index">The column index of each header name.</param>
/// <param name="Fields">The record's fields.</param>
/// <param name="LineNumber">The line the record starts on (the header is line 1).</param>
public sealed record CsvRow(IReadOnlyDictionary<string, int> Index, string[] Fields, int LineNumber)
{
    /// <summary>The field of <paramref name="column"/>.</summary>
    public string this[string column] => Fields[Index[column]];

    /// <inheritdoc/>
    public override string ToString() => $"line {LineNumber}: {string.Join(',', Fields)}";
}
