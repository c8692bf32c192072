using System.CommandLine;
using System.Text.Json.Nodes;
using Alka.Cli.Output;
using Alka.Domain;
using Alka.Domain.Programs;
using Alka.Domain.Serialization;
using Ardalis.Result;

namespace Alka.Cli.Commands;

/// <summary>
/// <c>alka catalog list | show ID | export | validate FILE</c>: the built-in catalog of the institute's programs and
/// the validation of catalog files.
/// </summary>
internal static class CatalogCommand
{
    /// <summary>The header of <c>alka catalog list</c>.</summary>
    public static readonly string[] ListHeader = ["id", "kind", "name_en", "name_he"];

    /// <summary>The header of <c>alka catalog show</c> as a table or CSV: one row per leaf of the entry's JSON.</summary>
    public static readonly string[] ShowHeader = ["field", "value"];

    /// <summary>Builds the <c>catalog</c> command and its subcommands.</summary>
    public static Command Create() => new("catalog", "The built-in catalog of the institute's programs, forums, bodies and partners.")
    {
        List(),
        Show(),
        Export(),
        Validate(),
    };

    private static Command List()
    {
        var format = FormatOption("table", "table", "csv");
        var command = new Command("list", "One row per program: id,kind,name_en,name_he, in catalog order.") { format };
        command.SetAction(parse =>
        {
            var rows = BuiltInCatalog.Instance.Programs
                .Select(p => (IReadOnlyList<string>)[p.Id, p.Kind.ToId(), p.Name.English, p.Name.Hebrew]);
            WriteRows(parse.InvocationConfiguration.Output, parse.GetValue(format)!, ListHeader, rows);
            return AlkaCommandLine.Success;
        });
        return command;
    }

    private static Command Show()
    {
        var id = new Argument<string>("ID") { Description = "The program's id, e.g. district-managers-forum." };
        var format = FormatOption("table", "table", "csv", "json");
        var command = new Command("show", "One program, whole: every field of its JSON (table, csv), or the JSON itself.") { id, format };
        command.SetAction(parse =>
        {
            var program = BuiltInCatalog.Instance.Find(parse.GetValue(id)!);
            if (program is null)
            {
                parse.InvocationConfiguration.Error.WriteLine($"alka: catalog show: no program '{parse.GetValue(id)}'; see 'alka catalog list'.");
                return AlkaCommandLine.BadInput;
            }

            var json = CatalogJson.Write(program);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == "json")
            {
                output.Write(json + "\n");
            }
            else
            {
                WriteRows(output, parse.GetValue(format)!, ShowHeader, Flatten(JsonNode.Parse(json), "$"));
            }

            return AlkaCommandLine.Success;
        });
        return command;
    }

    private static Command Export()
    {
        var format = FormatOption("json", "json");
        var command = new Command("export", "The whole built-in catalog as JSON that 'catalog validate' accepts.") { format };
        command.SetAction(parse =>
        {
            parse.InvocationConfiguration.Output.Write(CatalogJson.Write(BuiltInCatalog.Instance) + "\n");
            return AlkaCommandLine.Success;
        });
        return command;
    }

    private static Command Validate()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A catalog in the library's JSON format." };
        var command = new Command("validate", "Prints 'valid', or one line per problem on standard error: JSON-PATH: ERROR-CODE: message.") { file };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var error = parse.InvocationConfiguration.Error;
            Result<ProgramCatalog> read;
            try
            {
                using var stream = path.OpenRead();
                read = CatalogJson.Read(stream);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"alka: catalog validate: cannot read '{path}': {e.Message}");
                return AlkaCommandLine.BadInput;
            }

            if (read.IsSuccess)
            {
                parse.InvocationConfiguration.Output.Write("valid\n");
                return AlkaCommandLine.Success;
            }

            foreach (var problem in read.ValidationErrors)
            {
                error.WriteLine($"{problem.Identifier}: {problem.ErrorCode}: {problem.ErrorMessage}");
            }

            return AlkaCommandLine.BadInput;
        });
        return command;
    }

    private static Option<string> FormatOption(string defaultFormat, params string[] formats)
    {
        var option = new Option<string>("--format")
        {
            Description = $"Output format: {string.Join(", ", formats)} (default {defaultFormat}).",
            DefaultValueFactory = _ => defaultFormat,
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    private static void WriteRows(TextWriter output, string format, string[] header, IEnumerable<IReadOnlyList<string>> rows)
    {
        if (format == "csv")
        {
            Csv.WriteRecord(output, header);
            foreach (var row in rows)
            {
                Csv.WriteRecord(output, [.. row]);
            }
        }
        else
        {
            Table.Write(output, header, rows);
        }
    }

    // Every leaf of the entry's JSON, with its JSON path: the entry, whole, one fact per row.
    private static IEnumerable<IReadOnlyList<string>> Flatten(JsonNode? node, string path) => node switch
    {
        JsonObject o => o.SelectMany(p => Flatten(p.Value, $"{path}.{p.Key}")),
        JsonArray a => a.Count == 0 ? [[path, "[]"]] : a.SelectMany((item, i) => Flatten(item, $"{path}[{i}]")),
        null => [[path, "null"]],
        _ => [[path, node.ToString()]],
    };
}
