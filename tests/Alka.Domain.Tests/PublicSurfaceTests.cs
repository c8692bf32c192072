using System.Reflection;
using Alka.Domain.Calendar;

namespace Alka.Domain.Tests;

/// <summary>The shape every public type of the package keeps (as NodaTime's MutabilityTest does).</summary>
public class PublicSurfaceTests
{
    private static readonly Type[] PublicTypes = typeof(HebrewDate).Assembly.GetExportedTypes();

    [Fact]
    public void EveryPublicClass_IsSealedAbstractOrStatic()
    {
        PublicTypes.Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract).Should().BeEmpty();
    }

    [Fact]
    public void EveryPublicStruct_IsReadOnly_ButEnumerators()
    {
        PublicTypes.Where(t => t.IsValueType && !t.IsEnum && t.Name != "Enumerator" && !t.IsDefined(typeof(System.Runtime.CompilerServices.IsReadOnlyAttribute)))
            .Should().BeEmpty();
    }

    [Fact]
    public void EveryPublicType_IsInTheRootOrAnAreaNamespace()
    {
        PublicTypes.Where(t => t.Namespace != "Alka.Domain" && (t.Namespace?.StartsWith("Alka.Domain.", StringComparison.Ordinal) != true || t.Namespace.Count(c => c == '.') != 2))
            .Should().BeEmpty("a public type lives in Alka.Domain.<Area>, the folder it is in (shared small values in the root)");
    }

    [Fact]
    public void NoPublicClass_HasAPublicConstructor_ButOptions()
    {
        PublicTypes.Where(t => t.IsClass && !t.IsAbstract && !t.Name.EndsWith("Options", StringComparison.Ordinal)
                               && t.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Length > 0)
            .Should().BeEmpty("classes are built through factories, so no constructor bypasses validation");
    }

    [Fact]
    public void NoPublicType_HasAPublicSettableProperty_ButOptions()
    {
        PublicTypes
            .Where(t => !t.Name.EndsWith("Options", StringComparison.Ordinal))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true })
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .Should().BeEmpty("values are immutable; only options are set by their callers (init-only)");
    }
}
