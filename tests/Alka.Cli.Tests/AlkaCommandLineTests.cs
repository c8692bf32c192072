using Alka.Cli.Output;
using Alka.Domain.Programs;
using Alka.Domain.Serialization;

namespace Alka.Cli.Tests;

/// <summary>The contract under hostile use: exit 2 and one line per problem for bad input, 1 and one line for a failure, never a trace.</summary>
public sealed class AlkaCommandLineTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("alka-cli-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Help_ListsEveryCommand()
    {
        var run = Cli.Run("--help");

        run.Status.Should().Be(0);
        run.Error.Should().BeEmpty();
        foreach (var command in new[] { "authorities", "budget", "calendar", "catalog", "days", "plan", "select" })
        {
            run.OutputLines.Should().Contain(line => line.StartsWith($"  {command} ", StringComparison.Ordinal), command);
        }
    }

    // Every command and subcommand: its help names each of its arguments and options.
    [Fact]
    public void CommandHelp_DescribesEveryArgumentAndOption()
    {
        foreach (var (path, command) in Commands(AlkaCommandLine.CreateRoot(), []))
        {
            var run = Cli.Run([.. path, "--help"]);

            run.Status.Should().Be(0, string.Join(' ', path));
            command.Description.Should().NotBeNullOrWhiteSpace();
            run.Output.Should().Contain(command.Description!);
            foreach (var symbol in command.Options.Cast<System.CommandLine.Symbol>().Concat(command.Arguments))
            {
                run.Output.Should().Contain(symbol is System.CommandLine.Argument ? $"<{symbol.Name}>" : symbol.Name, string.Join(' ', path));
                symbol.Description.Should().NotBeNullOrWhiteSpace($"{string.Join(' ', path)} {symbol.Name}");
            }
        }

        static IEnumerable<(string[] Path, System.CommandLine.Command Command)> Commands(System.CommandLine.Command command, string[] path) =>
            command.Subcommands.SelectMany(sub => Commands(sub, [.. path, sub.Name]).Prepend(([.. path, sub.Name], sub)));
    }

    [Fact]
    public void Version_PrintsThePackageVersionAlone()
    {
        var version = System.Xml.Linq.XDocument.Load(Path.Combine(TestData.RepositoryRoot, "src", "Alka.Cli", "Alka.Cli.csproj"))
            .Descendants("Version").Single().Value;

        var run = Cli.Run("--version");

        (run.Status, run.Output, run.Error).Should().Be((0, version + "\n", ""));
    }

    [Theory]
    [InlineData("@/tmp")]
    [InlineData("@/dev/zero")]
    [InlineData("@/no/such/file")]
    public void ResponseFile_IsAnUnknownArgument_NeverRead(string argument) =>
        Cli.Run(argument).ShouldFailWith("alka: Required command was not provided.", $"alka: Unrecognized command or argument '{argument}'.");

    [Fact]
    public void ResponseFile_ThatExists_IsNotRead()
    {
        var file = Path.Combine(_directory, "args.rsp");
        File.WriteAllText(file, "--version");

        Cli.Run("@" + file).ShouldFailWith("alka: Required command was not provided.", $"alka: Unrecognized command or argument '@{file}'.");
    }

    [Theory]
    [InlineData("[suggest]")]
    [InlineData("[diagram]")]
    [InlineData("[env:DOTNET_gcServer=1]")]
    public void Directive_IsAnUnknownArgument(string directive)
    {
        Cli.Run(directive).ShouldFailWith("alka: Required command was not provided.", $"alka: Unrecognized command or argument '{directive}'.");
        Cli.Run(directive, "calendar", "--from", "2026-09-11", "--to", "2026-09-11").ShouldFailWith($"alka: Unrecognized command or argument '{directive}'.");
    }

    [Theory]
    [InlineData("calendar", "--from", "2026-01-01", "--to", "2026-12-31", "--format", "csv")]
    [InlineData("calendar", "--from", "2026-01-01", "--to", "2026-12-31", "--format", "json")]
    [InlineData("days", "--from", "2026-01-01", "--to", "2026-12-31")]
    [InlineData("catalog", "export")]
    [InlineData("--version")]
    [InlineData("--help")]
    public void FailedWrite_IsOneLineAndExit1(params string[] args)
    {
        var (status, error) = Cli.Run(new FailingStream(() => new IOException("No space left on device")), args);

        status.Should().Be(1);
        error.Should().Be("alka: cannot write to standard output: No space left on device\n");
    }

    [Fact]
    public void ClosedStandardOutput_IsOneLineAndExit1()
    {
        var output = new MemoryStream();
        output.Dispose();

        var (status, error) = Cli.Run(output, "calendar", "--from", "2026-01-01", "--to", "2026-01-31");

        status.Should().Be(1);
        error.Should().StartWith("alka: cannot write to standard output: ").And.EndWith("\n");
        error.Count(c => c == '\n').Should().Be(1);
    }

    [Fact]
    public void ClosedStandardError_KeepsTheExitStatus()
    {
        var failing = new FailingStream(() => new IOException("Bad file descriptor"));

        AlkaCommandLine.Run(["calendar", "--from", "2026-13-01", "--to", "2026-01-31"], new MemoryStream(), failing).Should().Be(2);
        AlkaCommandLine.Run(["calendar", "--from", "2026-01-01", "--to", "2026-01-31"], failing, failing).Should().Be(1);
        AlkaCommandLine.Run(["--version"], new MemoryStream(), failing).Should().Be(0);
    }

    [Fact]
    public void Bug_IsOneLineAndExit1_WithoutATrace()
    {
        var (status, error) = Cli.Run(new FailingStream(() => new InvalidOperationException("broken\n   at Somewhere()")), "catalog", "list");

        status.Should().Be(1);
        error.Should().Be("alka: internal error, please report it: InvalidOperationException: broken\\n   at Somewhere()\n");
    }

    [Theory]
    [InlineData(new[] { "catalog", "list", "--format", "xml" }, "alka: --format: 'xml' is not one of table, csv.")]
    [InlineData(new[] { "catalog", "show", "merhav", "--format", "xml" }, "alka: --format: 'xml' is not one of table, csv, json.")]
    [InlineData(new[] { "catalog", "export", "--format", "csv" }, "alka: --format: 'csv' is not one of json.")]
    [InlineData(new[] { "catalog", "list", "--format", "--format" }, "alka: --format: '--format' is not one of table, csv.")]
    [InlineData(new[] { "catalog", "validate", "" }, "alka: catalog validate: FILE is empty; name a catalog file.")]
    [InlineData(new[] { "calendar", "--from", "2026-01-01", "--to", "2026-01-31", "--format" }, "alka: Required argument missing for option: '--format'.")]
    public void OneProblem_IsOneLine(string[] args, string line) => Cli.Run(args).ShouldFailWith(line);

    [Fact]
    public void EchoedInput_HasItsControlCharactersEscaped()
    {
        Cli.Run("days", "--from", "2026\u001b[31m\n", "--to", "2026-01-01").ShouldFailWith(@"alka: --from: '2026\x1B[31m\n' is not a date (YYYY-MM-DD).");
        Cli.Run("calendar\u202e\r").ShouldFailWith("alka: Required command was not provided.", @"alka: Unrecognized command or argument 'calendar\u202E\r'.");
        Cli.Run("catalog", "show", "x\u0007\u009b").ShouldFailWith(@"alka: catalog show: no program 'x\x07\x9B'; see 'alka catalog list'.");
    }

    [Fact]
    public void EchoedJsonPath_HasItsControlCharactersEscaped()
    {
        var file = Path.Combine(_directory, "catalog.json");
        File.WriteAllText(file, "{\"schemaVersion\": 1, \"a\\nb\\u001b[2J\": 0}");

        Cli.Run("catalog", "validate", file).ShouldFailWith(
            @"$['a\nb\x1B[2J']: json-invalid: Unknown member; expected one of: schemaVersion, institute, organizations, programs.");
    }

    [Fact]
    public void ManyProblems_AreCappedWithACountOfTheRest()
    {
        var json = CatalogJson.Write(BuiltInCatalog.Instance);
        var references = string.Join(",", Enumerable.Range(0, 300_000).Select(i => $"\"p{i}\""));
        var at = json.IndexOf("\"relatedProgramIds\": [", StringComparison.Ordinal) + "\"relatedProgramIds\": [".Length;
        var broken = json[..at] + references + "," + json[at..];
        var problems = CatalogJson.Read(broken).ValidationErrors.Count();
        var file = Path.Combine(_directory, "broken.json");
        File.WriteAllText(file, broken);

        var run = Cli.Run("catalog", "validate", file);

        problems.Should().Be(300_000);
        run.Status.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.ErrorLines.Should().HaveCount(ErrorWriter.MaxLines + 1);
        run.ErrorLines[^1].Should().Be($"alka: … and {problems - ErrorWriter.MaxLines} more problems");
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("table")]
    [InlineData("json")]
    public void LongRange_IsWrittenAPieceAtATime(string format)
    {
        using var output = new RecordingStream();

        var (status, error) = Cli.Run(output, "days", "--from", "1900-01-01", "--to", "2099-12-31", "--communities", "jewish,muslim,druze", "--format", format);

        (status, error).Should().Be((0, ""));
        output.Writes.Should().HaveCountGreaterThan(10);
        output.Writes.Max().Should().BeLessThanOrEqualTo(64 * 1024);
        output.Length.Should().BeGreaterThan(2_000_000);
    }

    // Fails every write with the exception made by fail.
    private sealed class FailingStream(Func<Exception> fail) : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count) => throw fail();

        public override void Write(ReadOnlySpan<byte> buffer) => throw fail();
    }

    // Records the size of each write.
    private sealed class RecordingStream : MemoryStream
    {
        public List<int> Writes { get; } = [];

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes.Add(count);
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer) => Write(buffer.ToArray(), 0, buffer.Length);
    }
}
