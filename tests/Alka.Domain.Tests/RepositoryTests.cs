namespace Alka.Domain.Tests;

/// <summary>The repository stands on its own: a clone builds and tests with nothing beside it.</summary>
public class RepositoryTests
{
    // Build outputs and tool folders (.gitignore), not the repository's files.
    private static readonly HashSet<string> NotSources = new(StringComparer.Ordinal)
    {
        ".git", "bin", "obj", "artifacts", "BenchmarkDotNet.Artifacts", "TestResults", ".vs", ".idea",
    };

    [Fact]
    public void Files_NeverReferToAFolderBesideTheRepository()
    {
        // Written in pieces so that this file does not match itself.
        string[] beside = [string.Join('/', "..", "shared"), string.Join('\\', "..", "shared")];

        var referring = Files(TestData.RepositoryRoot)
            .Where(path => File.ReadAllText(path) is var text && beside.Any(b => text.Contains(b, StringComparison.Ordinal)))
            .Select(path => Path.GetRelativePath(TestData.RepositoryRoot, path));

        referring.Should().BeEmpty("everything the build and the tests need is in the repository (tests/TestData)");
    }

    [Fact]
    public void TestData_EveryFolderSaysWhereItsDataComesFrom()
    {
        var folders = Directory.GetDirectories(TestData.PathOf("."));

        folders.Should().NotBeEmpty().And.OnlyContain(folder => File.Exists(Path.Combine(folder, "README.md")));
    }

    private static IEnumerable<string> Files(string directory) =>
        Directory.EnumerateFiles(directory).Concat(Directory.EnumerateDirectories(directory)
            .Where(d => !NotSources.Contains(Path.GetFileName(d)))
            .SelectMany(Files));
}
