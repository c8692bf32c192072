using Alka.Domain.Programs;
using Alka.Domain.Selection;
using Alka.Domain.Sources;
using BenchmarkDotNet.Attributes;

namespace Alka.Domain.Benchmarks.Selection;

/// <summary>
/// A cohort of 40 from 10,000 eligible council heads under the council heads' six quotas (the built-in policy with
/// 40 seats): the whole selection with every candidate's reasons, and the optimal cohort alone. Target: ≤ 50 ms.
/// Also Merhav's "at most 4 from one organization" over 997 councils, and an audit of the chosen cohort.
/// </summary>
[MemoryDiagnoser]
public class CohortSelectionBenchmarks
{
    private SelectionPolicy _councilHeads = null!;
    private SelectionPolicy _organizations = null!;
    private CandidatePool _pool = null!;
    private string[] _cohort = [];

    [GlobalSetup]
    public void Setup()
    {
        var builtIn = BuiltInCatalog.Instance.Find(BuiltInCatalog.ProgramIds.CouncilHeadsForum)!.Selection!;
        _councilHeads = SelectionPolicy.Create(
            builtIn.Source, builtIn.Eligibility, builtIn.Criteria, SeatRange.Between(40, 40, Provenance.Default), builtIn.Quotas, builtIn.Waitlist).Value;
        _organizations = SelectionPolicy.Create(
            Provenance.Default, builtIn.Eligibility, builtIn.Criteria, SeatRange.Between(40, 40, Provenance.Default),
            [Quota.ForEachValue("organization-max", MixDimension.Organization, QuotaBound.OfCount(4)).Value]).Value;
        _pool = CandidatePool.Create(SyntheticPool.CouncilHeads(10_000, allEligible: true)).Value;
        _cohort = [.. _councilHeads.Select(_pool).Value.Admitted.Select(c => c.Id)];
    }

    [Benchmark(Baseline = true)]
    public int SelectWithReasons() => _councilHeads.Select(_pool).Value.Size;

    [Benchmark]
    public int OptimalCohortOnly()
    {
        var model = SelectionModel.Build(_councilHeads, _pool);
        return Selector.Choose(model, _councilHeads.Seats!.Value).Size;
    }

    [Benchmark]
    public int SelectAtMostFourPerOrganization() => _organizations.Select(_pool).Value.Size;

    [Benchmark]
    public bool Audit() => _councilHeads.Audit(_pool, _cohort).Value.IsValid;
}
