using System.Globalization;
using Alka.Domain.Budget;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Alka.Domain.Benchmarks.Budget;

/// <summary>
/// Money as the tool uses it: amounts written to UTF-8 (CSV rows), read back, and an amount allocated to weights.
/// Formatting and parsing run over 1,000 amounts per invocation, against <see cref="decimal"/> doing the same.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class MoneyBenchmarks
{
    private const int Count = 1_000;
    private readonly byte[] _utf8 = new byte[64];
    private Money[] _amounts = [];
    private decimal[] _decimals = [];
    private string[] _invariant = [];
    private string[] _english = [];
    private int[] _weights = [];
    private decimal[] _decimalWeights = [];
    private Money _million;

    [GlobalSetup]
    public void Setup()
    {
        // Amounts from agorot to millions, as budgets hold them (a fixed seed: the same amounts every run).
        var random = new Random(20_260_101);
        _amounts = [.. Enumerable.Range(0, Count).Select(_ => Money.FromAgorot(random.NextInt64(-100_000_000, 1_000_000_000)))];
        _decimals = [.. _amounts.Select(m => m.Amount)];
        _invariant = [.. _amounts.Select(m => m.ToString(MoneyFormat.Invariant))];
        _english = [.. _amounts.Select(m => m.ToString(MoneyFormat.English))];
        _weights = [.. Enumerable.Range(1, 40).Select(i => (i * 37) % 101)];
        _decimalWeights = [.. _weights.Select(w => w / 100m)];
        _million = Money.Of(1_000_000m);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count, Description = "decimal.TryFormat UTF-8 F2")]
    [BenchmarkCategory("Format UTF-8")]
    public int DecimalToUtf8()
    {
        var total = 0;
        foreach (var amount in _decimals)
        {
            amount.TryFormat(_utf8, out var written, "F2", CultureInfo.InvariantCulture);
            total += written;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "Money.TryFormat UTF-8 I (CSV)")]
    [BenchmarkCategory("Format UTF-8")]
    public int InvariantToUtf8()
    {
        var total = 0;
        foreach (var amount in _amounts)
        {
            amount.TryFormat(_utf8, out var written, "I", null);
            total += written;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "Money.TryFormat UTF-8 H (Hebrew)")]
    [BenchmarkCategory("Format UTF-8")]
    public int HebrewToUtf8()
    {
        var total = 0;
        foreach (var amount in _amounts)
        {
            amount.TryFormat(_utf8, out var written, "H", null);
            total += written;
        }

        return total;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count, Description = "decimal.Parse invariant")]
    [BenchmarkCategory("Parse")]
    public decimal DecimalParse()
    {
        var total = 0m;
        foreach (var text in _invariant)
        {
            total += decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "Money.Parse invariant")]
    [BenchmarkCategory("Parse")]
    public long ParseInvariant()
    {
        var total = 0L;
        foreach (var text in _invariant)
        {
            total += Money.Parse(text, MoneyFormat.Invariant).Value.Agorot;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "Money.Parse English")]
    [BenchmarkCategory("Parse")]
    public long ParseEnglish()
    {
        var total = 0L;
        foreach (var text in _english)
        {
            total += Money.Parse(text, MoneyFormat.English).Value.Agorot;
        }

        return total;
    }

    [Benchmark(Baseline = true, Description = "₪1,000,000 to 40 int weights")]
    [BenchmarkCategory("Allocate")]
    public int AllocateToIntWeights() => _million.Allocate(_weights, AllocationMode.LargestRemainder).Value.Count;

    [Benchmark(Description = "₪1,000,000 to 40 decimal weights")]
    [BenchmarkCategory("Allocate")]
    public int AllocateToDecimalWeights() => _million.Allocate(_decimalWeights, AllocationMode.LargestRemainder).Value.Count;

    [Benchmark(Description = "₪1,000,000 to 40 equal shares")]
    [BenchmarkCategory("Allocate")]
    public int AllocateToShares() => _million.Allocate(40, AllocationMode.LargestRemainder).Value.Count;
}
