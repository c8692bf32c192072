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
    public void EveryPublicType_IsInAnAreaNamespace()
    {
        PublicTypes.Where(t => t.Namespace is null || !t.Namespace.StartsWith("Alka.Domain.", StringComparison.Ordinal) || t.Namespace.Count(c => c == '.') != 2)
            .Should().BeEmpty("a public type lives in Alka.Domain.<Area>, the folder it is in");
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
