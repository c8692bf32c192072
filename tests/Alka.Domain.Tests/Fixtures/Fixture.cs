using System.Text;

namespace Alka.Domain.Tests.Fixtures;

/// <summary>
/// Reads the shared reference data (<c>../shared/fixtures/*.csv</c>) and the spec tables (<c>../shared/spec/*.csv</c>)
/// relative to the repository root. Only tests read <c>../shared</c>.
/// </summary>
internal static class Fixture
{
    private static readonly Lazy<string> SharedDirectory = new(FindShared);

    /// <summary>Reads <c>../shared/fixtures/<paramref name="name"/></c> as records keyed by header.</summary>
    public static IReadOnlyList<FixtureRow> ReadFixture(string name) => Read(Path.Combine(SharedDirectory.Value, "fixtures", name));

    /// <summary>Reads <c>../shared/spec/<paramref name="name"/></c> as records keyed by header.</summary>
    public static IReadOnlyList<FixtureRow> ReadSpec(string name) => Read(Path.Combine(SharedDirectory.Value, "spec", name));

    /// <summary>Reads the source document <c>../shared/seeds/<paramref name="name"/></c> as text.</summary>
    public static string ReadSeed(string name) => File.ReadAllText(Path.Combine(SharedDirectory.Value, "seeds", name), Encoding.UTF8);

    private static IReadOnlyList<FixtureRow> Read(string path)
    {
        var records = ParseCsv(File.ReadAllText(path, Encoding.UTF8));
        var header = records[0];
        var index = header.Select((column, i) => (column, i)).ToDictionary(p => p.column, p => p.i, StringComparer.Ordinal);
        return records.Skip(1).Select((fields, i) => new FixtureRow(index, fields, LineNumber: i + 2)).ToList();
    }

    /// <summary>RFC 4180: fields separated by commas, quoted fields may hold commas, quotes (doubled) and line breaks.</summary>
    internal static List<string[]> ParseCsv(string text)
    {
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

    private static string FindShared()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Alka.Domain.sln")))
            {
                var shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
                return Directory.Exists(shared)
                    ? shared
                    : throw new DirectoryNotFoundException($"The shared reference data is expected at {shared}.");
            }
        }

        throw new DirectoryNotFoundException("Alka.Domain.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>One record of a CSV file, with its line number for messages.</summary>
internal sealed record FixtureRow(IReadOnlyDictionary<string, int> Index, string[] Fields, int LineNumber)
{
    /// <summary>The field of <paramref name="column"/>.</summary>
    public string this[string column] => Fields[Index[column]];

    /// <inheritdoc/>
    public override string ToString() => $"line {LineNumber}: {string.Join(',', Fields)}";
}
