using Alka.Domain.Programs;
using Alka.Domain.Serialization;
using BenchmarkDotNet.Attributes;

namespace Alka.Domain.Benchmarks.Serialization;

/// <summary>Writing the built-in catalog to JSON, and reading it back with every rule checked.</summary>
[MemoryDiagnoser]
public class CatalogJsonBenchmarks
{
    private string _json = string.Empty;

    [GlobalSetup]
    public void Setup() => _json = CatalogJson.Write(BuiltInCatalog.Instance);

    [Benchmark(Baseline = true)]
    public string Write() => CatalogJson.Write(BuiltInCatalog.Instance);

    [Benchmark]
    public ProgramCatalog Read() => CatalogJson.Read(_json).Value;

    [Benchmark]
    public bool Validate() => ProgramCatalog.Create(BuiltInCatalog.Instance.Institute, BuiltInCatalog.Instance.Organizations, BuiltInCatalog.Instance.Programs).IsSuccess;
}
