using Alka.Domain.Programs;
using Alka.Domain.Selection;
using BenchmarkDotNet.Attributes;

namespace Alka.Domain.Benchmarks.Selection;

/// <summary>
/// The hot path: eligibility and score of 1,000,000 candidates (about one in five ineligible) under the council heads'
/// built-in policy, written into a caller's buffer (<see cref="SelectionPolicy.Assess(ReadOnlySpan{Candidate}, Span{Assessment})"/>);
/// one candidate at a time for comparison. Target: ≤ 300 ms, nothing allocated per candidate.
/// </summary>
[MemoryDiagnoser]
public class SelectionPolicyBenchmarks
{
    private const int Count = 1_000_000;

    private SelectionPolicy _policy = null!;
    private Candidate[] _candidates = [];
    private Assessment[] _assessments = [];

    [GlobalSetup]
    public void Setup()
    {
        _policy = BuiltInCatalog.Instance.Find(BuiltInCatalog.ProgramIds.CouncilHeadsForum)!.Selection!;
        _candidates = SyntheticPool.CouncilHeads(Count, allEligible: false);
        _assessments = new Assessment[Count];
    }

    [Benchmark(Baseline = true)]
    public int AssessIntoBuffer()
    {
        _policy.Assess(_candidates, _assessments);
        return _assessments[^1].FailureCount;
    }

    [Benchmark]
    public int AssessOneByOne()
    {
        var eligible = 0;
        foreach (var candidate in _candidates)
        {
            eligible += _policy.Assess(candidate).IsEligible ? 1 : 0;
        }

        return eligible;
    }
}
