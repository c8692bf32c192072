using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Alka.Domain.Validation;

namespace Alka.Domain.Tests.Docs;

/// <summary>
/// Every error code of the library is declared once, in a public <c>*Errors</c> class, and listed once in
/// <c>docs/errors.md</c>: the page is generated from the classes and their XML documentation; this test fails when it
/// is stale and rewrites it when <c>ALKA_UPDATE_DOCS=1</c>.
/// </summary>
public partial class ErrorCodesTests
{
    private const string PagePath = "docs/errors.md";

    private static readonly Assembly Library = typeof(CommonErrors).Assembly;

    private static readonly IReadOnlyList<(Type Type, FieldInfo Field, string Code)> Codes =
    [
        .. Library.GetExportedTypes()
            .Where(t => t.Name.EndsWith("Errors", StringComparison.Ordinal))
            .OrderBy(t => t == typeof(CommonErrors) ? "" : t.Namespace + "." + t.Name, StringComparer.Ordinal)
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.IsLiteral && f.FieldType == typeof(string))
                .OrderBy(f => f.MetadataToken)
                .Select(f => (t, f, (string)f.GetRawConstantValue()!))),
    ];

    [Fact]
    public void ErrorsClasses_AreStaticAndHoldOnlyCodes()
    {
        var classes = Codes.Select(c => c.Type).Distinct().ToList();

        classes.Should().HaveCountGreaterThan(5).And.OnlyContain(t => t.IsAbstract && t.IsSealed, "an *Errors class is static");
        classes.SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Should().OnlyContain(m => m is FieldInfo && ((FieldInfo)m).IsLiteral, "an *Errors class declares codes and nothing else");
    }

    [Fact]
    public void Codes_AreKebabCaseAndEachIsDeclaredOnce()
    {
        Codes.Should().OnlyContain(c => KebabCase().IsMatch(c.Code), "codes are kebab-case");
        Codes.GroupBy(c => c.Code).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(Member))}")
            .Should().BeEmpty("a code string is declared once, the shared ones in CommonErrors");
    }

    [Fact]
    public void Page_ListsEveryCodeOnceAndNoOther()
    {
        var listed = CodeCell().Matches(File.ReadAllText(Path.Combine(RepositoryRoot(), PagePath))).Select(m => m.Groups[1].Value).ToList();

        listed.Should().OnlyHaveUniqueItems().And.BeEquivalentTo(Codes.Select(c => c.Code), "docs/errors.md lists every code once and no other");
    }

    [Fact]
    public void Page_IsTheOneGeneratedFromTheClasses()
    {
        var path = Path.Combine(RepositoryRoot(), PagePath);
        var page = Generate();
        if (Environment.GetEnvironmentVariable("ALKA_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, page, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }

        File.ReadAllText(path).ReplaceLineEndings("\n").Should().Be(page, $"{PagePath} is stale: run the tests with ALKA_UPDATE_DOCS=1");
    }

    [Fact]
    public void Documentation_DescribesEveryCodeAndWhereItArises()
    {
        var docs = Documentation();

        Codes.Where(c => string.IsNullOrWhiteSpace(Doc(docs, c.Field, "summary")) || string.IsNullOrWhiteSpace(Doc(docs, c.Field, "remarks")))
            .Select(Member).Should().BeEmpty("every code says what it means (summary) and where it arises (remarks)");
    }

    private static string Generate()
    {
        var docs = Documentation();
        var page = new StringBuilder("""
            # Error codes

            Every expected failure is a `Result` that lists each problem as a `ValidationError`: an **identifier** that
            says where (a path in the names of the JSON format, such as `programs[2].cohorts[0].endDate`, or the name of
            a parameter, such as `from`), a **message** for people, and an **error code**. The codes are public API and
            never change once released: switch on the code, never on the message, whose words may change.

            The problems any value can have — a missing value, a malformed or repeated id, a number or a date out of
            range, an end before its start, a reference to nothing — have one code each, shared by every area
            (`CommonErrors`). An area's own class holds only the codes of its rules: that a cohort has a coordinator,
            that elections are held on weekdays.

            This page is generated from the `*Errors` classes and their documentation, and a test keeps it current
            (`ErrorCodesTests`). After changing a code or its documentation, rewrite it with
            `ALKA_UPDATE_DOCS=1 dotnet test tests/Alka.Domain.Tests --filter FullyQualifiedName~ErrorCodes`.

            """);

        foreach (var type in Codes.Select(c => c.Type).Distinct())
        {
            page.Append($"\n## {Heading(type)}: `{type.Name}`\n\n")
                .Append(Doc(docs, type, "summary")).Append("\n\n")
                .Append("| Code | Member | Meaning | Where it arises |\n")
                .Append("|---|---|---|---|\n");
            foreach (var (_, field, code) in Codes.Where(c => c.Type == type))
            {
                page.Append($"| `{code}` | `{Member((type, field, code))}` | {Cell(Doc(docs, field, "summary"))} | {Cell(Doc(docs, field, "remarks"))} |\n");
            }
        }

        return page.ToString();
    }

    private static string Heading(Type type) => type == typeof(CommonErrors) ? "Common" : type.Namespace![(type.Namespace!.LastIndexOf('.') + 1)..];

    private static string Member((Type Type, FieldInfo Field, string Code) code) => $"{code.Type.Name}.{code.Field.Name}";

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static Dictionary<string, XElement> Documentation()
    {
        var file = Path.ChangeExtension(Library.Location, ".xml");
        return XDocument.Load(file).Descendants("member").ToDictionary(m => (string)m.Attribute("name")!);
    }

    private static string Doc(Dictionary<string, XElement> docs, MemberInfo member, string tag)
    {
        var id = member is Type type ? "T:" + type.FullName : $"F:{member.DeclaringType!.FullName}.{member.Name}";
        var element = docs.GetValueOrDefault(id)?.Element(tag);
        return element is null ? "" : Whitespace().Replace(Render(element), " ").Trim();
    }

    // Markdown of a documentation element: <c> and references as code, references by their short name.
    private static string Render(XElement element) => string.Concat(element.Nodes().Select(node => node switch
    {
        XText text => text.Value,
        XElement { Name.LocalName: "c" } c => $"`{c.Value}`",
        XElement { Name.LocalName: "see" or "seealso" } see when see.Attribute("langword") is { } word => $"`{word.Value}`",
        XElement { Name.LocalName: "see" or "seealso" } see => $"`{ShortName((string)see.Attribute("cref")!)}`",
        XElement { Name.LocalName: "paramref" or "typeparamref" } name => $"`{(string)name.Attribute("name")!}`",
        XElement other => Render(other),
        _ => "",
    }));

    // T:Alka.Domain.Calendar.IsraeliCalendar → IsraeliCalendar; M:….CallerDay.RunOff(…) → CallerDay.RunOff.
    private static string ShortName(string cref)
    {
        var name = cref[2..];
        var parameters = name.IndexOf('(', StringComparison.Ordinal);
        var parts = (parameters < 0 ? name : name[..parameters]).Split('.');
        return cref[0] == 'T' ? parts[^1] : $"{parts[^2]}.{parts[^1]}";
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Alka.Domain.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Alka.Domain.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"^\| `([a-z0-9-]+)` \|", RegexOptions.Multiline)]
    private static partial Regex CodeCell();

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
