namespace Alka.Domain.Tests.Support;

/// <summary>The checkout the tests run in, for the files they compare with what the code generates (<c>docs/</c>).</summary>
internal static class Repository
{
    /// <summary>The directory that holds <c>Alka.Domain.sln</c>, above the test assembly.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
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
}
