using System.Reflection;
using Alka.Domain.Programs;

namespace Alka.Domain.Tests.Programs;

/// <summary>
/// How public types are shaped (STYLE.md): sealed, abstract, static, enums or structs; classes are built through
/// factories, so that no public constructor bypasses validation.
/// </summary>
public class TypeShapeTests
{
    private static readonly Type[] PublicTypes = typeof(InstituteProgram).Assembly.GetExportedTypes();

    [Fact]
    public void PublicTypes_AreSealedAbstractStaticEnumsOrStructs() =>
        PublicTypes.Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract).Should().BeEmpty();

    [Fact]
    public void PublicClasses_HaveNoPublicConstructor() =>
        PublicTypes.Where(t => t.IsClass && !t.IsAbstract && t.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Length > 0)
            .Should().BeEmpty();

    [Fact]
    public void PublicProperties_HaveNoPublicSetter() =>
        PublicTypes.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true })
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .Should().BeEmpty();
}
