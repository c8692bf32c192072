using Alka.Domain.Geography;
using Alka.Domain.Selection;
using Alka.Domain.Serialization;
using Alka.Domain.Tests.Support;
using Alka.Domain.Validation;

namespace Alka.Domain.Tests.Selection;

/// <summary>The pool, and the locality seam: a table of localities (here a test double) a candidate must agree with.</summary>
public class CandidatePoolTests
{
    [Fact]
    public void Create_RepeatedIdsAndMissingCandidates_AreEachAnError() =>
        CandidatePool.Create([Candidates.Make("a"), Candidates.Make("b"), Candidates.Make("a"), null!])
            .Should().HaveError("[2].id", SelectionErrors.DuplicateCandidate)
            .And.HaveError("[3]", CommonErrors.Required);

    [Fact]
    public void Find_ById_Ordinal()
    {
        var pool = Candidates.Pool(Candidates.Make("a"), Candidates.Make("A"));

        pool.Find("A")!.Id.Should().Be("A");
        pool.Find("b").Should().BeNull();
        pool.Find(null).Should().BeNull();
        pool.Count.Should().Be(2);
        pool.Span.Length.Should().Be(2);
        pool.ToString().Should().Be("2 candidates");
    }

    [Fact]
    public void Equality_ComparesTheCandidatesInOrder() =>
        EqualityContract.Check(
            Candidates.Pool(Candidates.Make("a"), Candidates.Make("b")),
            Candidates.Pool(Candidates.Make("a"), Candidates.Make("b")),
            Candidates.Pool(Candidates.Make("b"), Candidates.Make("a")),
            Candidates.Pool(Candidates.Make("a")));

    [Fact]
    public void Create_WithLocalities_ContradictingPopulationClusterAndRegion_AreErrors()
    {
        var candidates = new[]
        {
            Candidates.Make("a", locality: "0031", population: 33_999, cluster: 3, district: Region.South),
            Candidates.Make("b", locality: "0031", population: 19_000, cluster: 4, district: Region.North),
            Candidates.Make("c", locality: "nowhere", population: 5),
        };

        CandidatePool.Create(candidates, new LocalityTable()).Should()
            .HaveError("[1].localityPopulation", SelectionErrors.LocalityContradiction)
            .And.HaveError("[1].socioeconomicCluster", SelectionErrors.LocalityContradiction)
            .And.HaveError("[1].district", SelectionErrors.LocalityContradiction);
        CandidatePool.Create(candidates, new LocalityTable()).ValidationErrors.Should().HaveCount(3, "a and c agree or are not in the table");
        CandidatePool.Create(candidates, LocalityDirectory.None).IsSuccess.Should().BeTrue("without a table nothing is matched");
    }

    [Fact]
    public void Readers_WithLocalities_NameTheRowAndColumnOrTheJsonPath()
    {
        var pool = CandidatePool.Create([Candidates.Make("a", locality: "0031", population: 30_000, cluster: 3, district: Region.South)], LocalityDirectory.None).Value;

        CandidateCsv.Read(CandidateCsv.Write(pool), new LocalityTable()).Should().HaveError("row 2, locality_population", SelectionErrors.LocalityContradiction);
        SelectionJson.ReadCandidates(SelectionJson.Write(pool), new LocalityTable()).Should().HaveError("$.candidates[0].localityPopulation", SelectionErrors.LocalityContradiction);
        SelectionJson.ReadCandidates(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(SelectionJson.Write(pool))), new LocalityTable())
            .Should().HaveError("$.candidates[0].localityPopulation", SelectionErrors.LocalityContradiction);
    }

    /// <summary>A test double of the CBS table: Ofakim (0031) only, matched by code or by name.</summary>
    private sealed class LocalityTable : ILocalityDirectory
    {
        public bool TryFind(string locality, out LocalityFacts facts)
        {
            facts = new LocalityFacts("0031", population: 33_999, socioeconomicCluster: 3, region: Region.South);
            return locality is "0031" or "OFAQIM";
        }
    }
}
