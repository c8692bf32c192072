using System.Reflection;
using System.Text;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Alka.Domain.Tests.Support;

/// <summary>Writes <c>docs/ids.md</c>: every id of the library's enums, by area and enum, with the member's summary.</summary>
internal static partial class IdsPage
{
    public static string Write(IEnumerable<Type> enums)
    {
        var docs = XDocument.Load(Path.ChangeExtension(typeof(Ids).Assembly.Location, ".xml"))
            .Descendants("member").ToDictionary(m => (string)m.Attribute("name")!, m => m.Element("summary"));
        var withIds = enums.Where(e => Fields(e).Any(f => IdOf(f) is not null)).ToList();
        var text = new StringBuilder(
            """
            # Ids

            Every stable text id of the library's enums, as JSON, files and the command line write them, with the meaning
            of its member. An id is public API: never renamed once released. Code reads and writes them through `Ids`
            (`kind.ToId()`, `Ids.TryParse(text, out MeetingKind kind)`, `Ids.All<MeetingKind>()`); each member declares its
            id once, as `[JsonStringEnumMemberName("…")]`.

            This page is generated from the code and its XML documentation: after changing an enum, run the tests with
            `ALKA_UPDATE_DOCS=1` (a test fails while it is stale).

            """);
        foreach (var area in withIds.GroupBy(e => e.Namespace!).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.Append($"\n## {area.Key}\n");
            foreach (var type in area.OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                text.Append($"\n### {type.Name}\n\n{Markdown(docs[$"T:{type.FullName}"])}\n");
                if (type.IsDefined(typeof(FlagsAttribute)))
                {
                    text.Append("\nA flags enum: a value is written as the ids of its flags, `a|b` in files, `[\"a\", \"b\"]` in JSON.\n");
                }

                text.Append("\n| Id | Member | Meaning |\n| --- | --- | --- |\n");
                foreach (var field in Fields(type).Where(f => IdOf(f) is not null))
                {
                    text.Append($"| `{IdOf(field)}` | `{field.Name}` | {Markdown(docs[$"F:{type.FullName}.{field.Name}"])} |\n");
                }
            }
        }

        var without = enums.Except(withIds).Select(e => $"`{e.Name}`");
        text.Append($"\nEnums without ids (never written as text): {string.Join(", ", without)}.\n");
        return text.ToString();
    }

    private static FieldInfo[] Fields(Type type) => type.GetFields(BindingFlags.Public | BindingFlags.Static);

    private static string? IdOf(FieldInfo field) => field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name;

    // The summary as one line of Markdown: <c> and <see> as code, whitespace collapsed, table pipes escaped.
    private static string Markdown(XElement? summary)
    {
        var text = string.Concat(summary?.Nodes().Select(Markdown) ?? []);
        return Whitespace().Replace(text, " ").Trim().Replace("|", "\\|", StringComparison.Ordinal);
    }

    private static string Markdown(XNode node) => node switch
    {
        XText text => text.Value,
        XElement { Name.LocalName: "c" } code => $"`{code.Value}`",
        XElement { Name.LocalName: "see" } see when !see.IsEmpty => string.Concat(see.Nodes().Select(Markdown)),
        XElement { Name.LocalName: "see" } see when see.Attribute("langword") is { } word => $"`{word.Value}`",
        XElement { Name.LocalName: "see" } see => $"`{Name((string)see.Attribute("cref")!)}`",
        XElement { Name.LocalName: "paramref" or "typeparamref" } reference => $"`{(string)reference.Attribute("name")!}`",
        XElement other => string.Concat(other.Nodes().Select(Markdown)),
        _ => "",
    };

    // "T:Alka.Domain.Calendar.CommunityDay" → "CommunityDay"; "P:Alka.Domain.Calendar.CommunityDay.IsPossible" → "CommunityDay.IsPossible".
    private static string Name(string cref)
    {
        var name = cref[(cref.IndexOf(':', StringComparison.Ordinal) + 1)..].Split('(')[0];
        var parts = name.Split('.');
        return cref.StartsWith("T:", StringComparison.Ordinal) ? parts[^1] : $"{parts[^2]}.{parts[^1]}";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
