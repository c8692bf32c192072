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
        var format = new FormatOption(OutputFormat.Table, OutputFormat.Csv);
        var command = new Command("list", "One row per program: id,kind,name_en,name_he, in catalog order.") { format };
        command.SetAction(parse =>
        {
            var rows = BuiltInCatalog.Instance.Programs
                .Select(p => (IReadOnlyList<string>)[p.Id, p.Kind.ToId(), p.Name.English, p.Name.Hebrew]);
            WriteRows(parse.Output(), format.ValueOf(parse), ListHeader, rows);
            return AlkaCommandLine.Success;
        });
        return command;
    }

    private static Command Show()
    {
        var id = new Argument<string>("ID") { Description = "The program's id, e.g. district-managers-forum." };
        var format = new FormatOption(OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json);
        var command = new Command("show", "One program, whole: every field of its JSON (table, csv), or the JSON itself.") { id, format };
        command.SetAction(parse =>
        {
            var program = BuiltInCatalog.Instance.Find(parse.GetValue(id)!);
            if (program is null)
            {
                return CommandLineInput.Fail(parse, $"catalog show: no program '{parse.GetValue(id)}'; see 'alka catalog list'.");
            }

            var json = CatalogJson.Write(program);
            var output = parse.Output();
            if (format.ValueOf(parse) == OutputFormat.Json)
            {
                output.Write(json);
                output.Write('\n');
            }
            else
            {
                WriteRows(output, format.ValueOf(parse), ShowHeader, Flatten(JsonNode.Parse(json), "$"));
            }

            return AlkaCommandLine.Success;
        });
        return command;
    }

    private static Command Export()
    {
        var format = new FormatOption(OutputFormat.Json);
        var command = new Command("export", "The whole built-in catalog as JSON that 'catalog validate' accepts.") { format };
        command.SetAction(parse =>
        {
            var output = parse.Output();
            output.Write(CatalogJson.Write(BuiltInCatalog.Instance));
            output.Write('\n');
            return AlkaCommandLine.Success;
        });
        return command;
    }

    private static Command Validate()
    {
        var file = new Argument<string>("FILE") { Description = "A catalog in the library's JSON format." };
        var command = new Command("validate", "Prints 'valid', or one line per problem on standard error: JSON-PATH: ERROR-CODE: message.") { file };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (path.Length == 0)
            {
                return CommandLineInput.Fail(parse, "catalog validate: FILE is empty; name a catalog file.");
            }

            Result<ProgramCatalog> read;
            try
            {
                using var stream = File.OpenRead(path);
                read = CatalogJson.Read(stream);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                return CommandLineInput.Fail(parse, $"catalog validate: cannot read '{path}': {e.Message}");
            }

            if (read.IsSuccess)
            {
                parse.Output().Write("valid\n");
                return AlkaCommandLine.Success;
            }

            var error = parse.Errors();
            foreach (var problem in read.ValidationErrors)
            {
                error.Line($"{problem.Identifier}: {problem.ErrorCode}: {problem.ErrorMessage}");
            }

            return AlkaCommandLine.BadInput;
        });
        return command;
    }

    private static void WriteRows(OutputWriter output, OutputFormat format, string[] header, IEnumerable<IReadOnlyList<string>> rows)
    {
        if (format == OutputFormat.Csv)
        {
            Csv.Write(output, Columns.Of(header), rows);
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
