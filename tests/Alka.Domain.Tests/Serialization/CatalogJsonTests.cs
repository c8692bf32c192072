using System.Text;
using Alka.Domain.Programs;
using Alka.Domain.Serialization;
using Alka.Domain.Tests.Support;

namespace Alka.Domain.Tests.Serialization;

public class CatalogJsonTests
{
    private static readonly string BuiltInJson = CatalogJson.Write(BuiltInCatalog.Instance);

    [Fact]
    public void Read_WrittenBuiltInCatalog_IsAnEqualCatalog()
    {
        var read = CatalogJson.Read(BuiltInJson);

        read.IsSuccess.Should().BeTrue(Describe(read));
        read.Value.Should().NotBeSameAs(BuiltInCatalog.Instance);
        EqualityContract.Check(read.Value, BuiltInCatalog.Instance);
        CatalogJson.Write(read.Value).Should().Be(BuiltInJson);
    }

    [Fact]
    public void Read_Stream_IsTheSameAsText()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(BuiltInJson));

        CatalogJson.Read(stream).Value.Should().Be(BuiltInCatalog.Instance);
    }

    [Fact]
    public void Write_BuiltInCatalog_HasSchemaVersionIdsAndHebrewAsIs()
    {
        BuiltInJson.Should().StartWith("{\n  \"schemaVersion\": 1,");
        BuiltInJson.Should().Contain("\"kind\": \"regional-forum\"").And.Contain("פורום מנהלי מחוזות").And.NotContain("\r");
    }

    internal static string Describe<T>(Ardalis.Result.Result<T> result) =>
        string.Join("\n", result.ValidationErrors.Select(e => $"{e.Identifier}: {e.ErrorCode}: {e.ErrorMessage}"));
}
