using System.Reflection;

namespace Alka.Domain.Tests;

/// <summary>
/// The ids of every public enum are public API: <c>ids.csv</c> (<c>enum,member,id</c>, an empty id for a member without
/// one) was generated once and is never regenerated; any change of an id, a member or an enum fails here.
/// </summary>
public class IdsTests
{
    private static readonly Type[] Enums =
        [.. typeof(Quantity).Assembly.GetExportedTypes().Where(t => t.IsEnum).OrderBy(t => t.Name, StringComparer.Ordinal)];

    [Fact]
    public void EveryEnumMember_HasTheIdOfTheCommittedTable()
    {
        var table = File.ReadAllLines(Path.Combine(RepositoryRoot(), "tests", "Alka.Domain.Tests", "ids.csv"));

        string[] actual =
        [
            "enum,member,id",
            .. Enums.SelectMany(e => e.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => $"{e.Name},{f.Name},{IdOf(e, f.GetValue(null)!)}")),
        ];

        actual.Should().Equal(table, "an id is public API: ids.csv is never regenerated");
    }

    // Today's ids: each enum's *Ids.ToId (ObservanceCategoryIds.ToIds for a single category); "" for none.
    private static string IdOf(Type type, object value)
    {
        var toId = typeof(Quantity).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .SingleOrDefault(m => m.Name is "ToId" or "ToIds" && m.GetParameters() is [var p] && p.ParameterType == type);
        return toId is null || Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) == 0 && type.IsDefined(typeof(FlagsAttribute))
            ? ""
            : (string)toId.Invoke(null, [value])!;
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
}
